// The daily-tip core's public API, for the cron, Discord and lowdb adapters.
export type { LocalDate } from './calendar-dates.js';
export {
  DEFAULT_CATCH_UP_HOURS,
  catchUpHoursSchema,
  cronExpressionFor,
  dailyTipDaysSchema,
  dailyTipScheduleSchema,
  isValidTimeZone,
  parseDailyTipCron,
  timeOfDaySchema,
  timeZoneSchema,
  type DailyTipDays,
  type DailyTipSchedule,
  type ScheduleTiming,
} from './schedule.js';
export { isPostingDay, localDateOf, nextPostTime, scheduledInstantOn } from './schedule-times.js';
export {
  ON_TIME_GRACE_MS,
  decideDailyPost,
  type DailyPostDecision,
  type DailyPostQuestion,
  type NoPostReason,
} from './exactly-once.js';
export {
  newTipRotation,
  nextTip,
  peekNextTip,
  tipRotationStateSchema,
  type TipPick,
  type TipRotationState,
} from './rotation.js';
export type { RandomSource } from './shuffle.js';
