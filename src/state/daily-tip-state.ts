// What the state keeps per server for the daily tip: its schedule, rotation, last post and last error.
import { z } from 'zod';
import { tipRotationStateSchema } from '../tips/rotation.js';
import { dailyTipScheduleSchema } from '../tips/schedule.js';

export const guildDailyTipSchema = z.object({
  /** Set with /daily-tip set; absent means the environment's default applies (if any). */
  schedule: dailyTipScheduleSchema.optional(),
  /** The server's local date of the last scheduled post, recorded before sending: at most one post a day. */
  lastPostedLocalDate: z.string().optional(),
  lastPostAt: z.iso.datetime().optional(),
  lastTipId: z.string().optional(),
  lastError: z.object({ at: z.iso.datetime(), message: z.string() }).optional(),
  rotation: tipRotationStateSchema.optional(),
  /** The daily post's "Quiz me" button; absent (every state written before it existed) means on. */
  quizButton: z.boolean().optional(),
});
export type GuildDailyTip = z.infer<typeof guildDailyTipSchema>;
