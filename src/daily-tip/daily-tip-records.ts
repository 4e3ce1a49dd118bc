// What the daily tip reports from its record in the state store, as plain data for /daily-tip show.
import type { GuildDailyTip } from '../state/daily-tip-state.js';
import type { DailyTipStatus, EffectiveSchedule } from '../tips/daily-tip-status.js';
import { nextPostTime } from '../tips/schedule-times.js';

/** What /daily-tip show reports, from the schedule in force and the server's record. */
export function statusOf(
  effective: EffectiveSchedule | undefined,
  record: GuildDailyTip | undefined,
  now: Date,
): DailyTipStatus {
  const next = effective?.schedule.enabled ? nextPostTime(effective.schedule, now) : null;
  const lastPost = record?.lastPostAt
    ? { at: new Date(record.lastPostAt), ...(record.lastTipId ? { tipId: record.lastTipId } : {}) }
    : undefined;
  const lastError = record?.lastError
    ? { at: new Date(record.lastError.at), message: record.lastError.message }
    : undefined;
  return {
    ...(effective ? { effective } : {}),
    next,
    ...(lastPost ? { lastPost } : {}),
    ...(lastError ? { lastError } : {}),
    quizButton: record?.quizButton !== false,
  };
}
