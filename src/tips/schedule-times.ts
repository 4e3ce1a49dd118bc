// When a schedule posts: the post instant of a local date, whether a date is a posting day, the next post time.
import { addDays, dayOfWeek, formatLocalDate, parseLocalDate, type LocalDate } from './calendar-dates.js';
import { cronAllowsDay, type CronFields } from './cron-fields.js';
import { cronFieldsOf, timeOfDay, type ScheduleTiming } from './schedule.js';
import { instantOfWallClock, wallClockOf } from './zone-clock.js';

/** How far ahead nextPostTime looks: 29 years covers every date a valid cron expression can name. */
const SEARCH_DAYS = 29 * 366;

const cronCache = new Map<string, CronFields>();

/** The local date ("YYYY-MM-DD") in `timeZone` at `instant`. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  return formatLocalDate(wallClockOf(instant, timeZone));
}

/**
 * The instant of the post time of `localDate` in the schedule's zone, whether or not that date is a posting day.
 * Daylight-saving time moves nothing: 09:00 Warsaw stays 09:00 Warsaw. A time the clocks skip (02:30 on the
 * spring-forward day) gives the first instant after it (the jump, 03:00); a time shown twice gives the first.
 */
export function scheduledInstantOn(
  localDate: LocalDate,
  schedule: Pick<ScheduleTiming, 'time' | 'timeZone'>,
): Date {
  const { hour, minute } = timeOfDay(schedule.time);
  return instantOfWallClock({ ...parseLocalDate(localDate), hour, minute, second: 0 }, schedule.timeZone);
}

/** Whether the schedule posts on `localDate`: any day, Monday to Friday, or the cron's day fields allow it. */
export function isPostingDay(localDate: LocalDate, schedule: Pick<ScheduleTiming, 'days'>): boolean {
  if (schedule.days === 'daily') return true;
  const weekday = dayOfWeek(localDate);
  if (schedule.days === 'weekdays') return weekday >= 1 && weekday <= 5;
  return cronAllowsDay(cachedCronFields(schedule.days), parseLocalDate(localDate), weekday);
}

/**
 * The next post instant strictly after `now`, or null if the schedule never posts again.
 * Looks at times only: `enabled` and what was already posted are the business of decideDailyPost.
 */
export function nextPostTime(schedule: ScheduleTiming, now: Date): Date | null {
  return nextPostAfter(schedule, now)?.instant ?? null;
}

/** The next post strictly after `now` whose local date comes after `afterLocalDate` (when given). */
export function nextPostAfter(
  schedule: ScheduleTiming,
  now: Date,
  afterLocalDate?: LocalDate,
): { localDate: LocalDate; instant: Date } | null {
  // Start a day early: a post time in a gap just before midnight can fall on the next local date.
  let localDate = addDays(localDateOf(now, schedule.timeZone), -1);
  for (let day = 0; day < SEARCH_DAYS; day++, localDate = addDays(localDate, 1)) {
    if (afterLocalDate !== undefined && localDate <= afterLocalDate) continue;
    if (!isPostingDay(localDate, schedule)) continue;
    const instant = scheduledInstantOn(localDate, schedule);
    if (instant.getTime() > now.getTime()) return { localDate, instant };
  }
  return null;
}

/** The latest post at or before `now`, looking back at most `lookBackDays` local dates; null if none. */
export function latestPostAtOrBefore(
  schedule: ScheduleTiming,
  now: Date,
  lookBackDays: number,
): { localDate: LocalDate; instant: Date } | null {
  let localDate = addDays(localDateOf(now, schedule.timeZone), 1);
  for (let day = 0; day <= lookBackDays + 1; day++, localDate = addDays(localDate, -1)) {
    if (!isPostingDay(localDate, schedule)) continue;
    const instant = scheduledInstantOn(localDate, schedule);
    if (instant.getTime() <= now.getTime()) return { localDate, instant };
  }
  return null;
}

function cachedCronFields(days: string): CronFields {
  let fields = cronCache.get(days);
  if (!fields) {
    fields = cronFieldsOf(days);
    if (cronCache.size > 500) cronCache.clear();
    cronCache.set(days, fields);
  }
  return fields;
}
