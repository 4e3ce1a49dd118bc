// Decides at any moment whether the daily tip is due: at most one post per local day, with catch-up after downtime.
//
// The adapter calls decideDailyPost on every cron tick and once at start-up. When it says post, the adapter
// records `localDate` as the last posted date in the state BEFORE sending the tip. So the guarantee is
// at-most-once per local day: a crash between recording and sending loses that day's tip rather than ever
// posting it twice (a restart sees the recorded date and answers 'already-posted').
import {
  localDateOf,
  isPostingDay,
  latestPostAtOrBefore,
  nextPostAfter,
  scheduledInstantOn,
  type LocalDate,
} from './schedule-times.js';
import type { DailyTipSchedule } from './schedule.js';

/**
 * However small the catch-up window, a tick this late after the post time still posts: timers and cron ticks
 * fire a little after their time.
 */
export const ON_TIME_GRACE_MS = 60_000;

const HOUR_MS = 3_600_000;

export type NoPostReason =
  /** The schedule is switched off. */
  | 'paused'
  /** Today's tip (or the latest due one) is already recorded as posted. */
  | 'already-posted'
  /** The schedule does not post today (a weekend with "weekdays", a day the cron does not name). */
  | 'not-a-posting-day'
  /** Today's post time is still ahead. */
  | 'not-yet'
  /** Today's post time passed longer ago than the catch-up window: wait for the next posting day. */
  | 'missed-window';

export type DailyPostDecision =
  { post: true; localDate: LocalDate } | { post: false; reason: NoPostReason; next?: Date };

export interface DailyPostQuestion {
  schedule: Pick<DailyTipSchedule, 'time' | 'timeZone' | 'days' | 'enabled'>;
  now: Date;
  /** The local date last recorded as posted for this server, if any. */
  lastPostedLocalDate?: LocalDate;
  /** Hours after a missed post time during which the bot still posts (DEFAULT_CATCH_UP_HOURS). */
  catchUpHours: number;
}

/**
 * Whether to post now, and for which local date. Posts when the latest post time at or before `now` is not
 * yet recorded as posted and lies within the catch-up window (at least ON_TIME_GRACE_MS). Only that latest
 * post time counts: after a long downtime one tip is posted, not one per missed day. `next` (when not paused)
 * is the next post time for a date not yet posted.
 */
export function decideDailyPost({
  schedule,
  now,
  lastPostedLocalDate,
  catchUpHours,
}: DailyPostQuestion): DailyPostDecision {
  if (!Number.isFinite(catchUpHours) || catchUpHours < 0) {
    throw new RangeError(`catchUpHours must be a number of hours, 0 or more; got ${catchUpHours}`);
  }
  if (!schedule.enabled) return { post: false, reason: 'paused' };

  const windowMs = Math.max(catchUpHours * HOUR_MS, ON_TIME_GRACE_MS);
  const latest = latestPostAtOrBefore(schedule, now, Math.ceil(windowMs / (24 * HOUR_MS)) + 1);
  const alreadyPosted = (localDate: LocalDate) =>
    lastPostedLocalDate !== undefined && localDate <= lastPostedLocalDate;
  if (latest && !alreadyPosted(latest.localDate) && now.getTime() - latest.instant.getTime() <= windowMs) {
    return { post: true, localDate: latest.localDate };
  }

  const next = nextPostAfter(schedule, now, lastPostedLocalDate)?.instant;
  const withNext = (reason: NoPostReason): DailyPostDecision =>
    next ? { post: false, reason, next } : { post: false, reason };
  const today = localDateOf(now, schedule.timeZone);
  if (alreadyPosted(today)) return withNext('already-posted');
  if (!isPostingDay(today, schedule)) return withNext('not-a-posting-day');
  if (scheduledInstantOn(today, schedule).getTime() > now.getTime()) return withNext('not-yet');
  return withNext('missed-window');
}
