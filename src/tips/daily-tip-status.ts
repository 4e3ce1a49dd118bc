// What /daily-tip show reports, as plain data: the schedule in force and where it comes from, next and last post.
import type { DailyTipSchedule } from './schedule.js';

export interface EffectiveSchedule {
  schedule: DailyTipSchedule;
  /** Set with /daily-tip set, or the environment's default for its channel's server. */
  source: 'server' | 'default';
}

export interface DailyTipStatus {
  effective?: EffectiveSchedule;
  /** The next post time, or null when paused, unscheduled or never again. */
  next: Date | null;
  lastPost?: { at: Date; tipId?: string };
  lastError?: { at: Date; message: string };
  /** Whether the post carries the "Quiz me" button (on unless a server turned it off). */
  quizButton?: boolean;
}
