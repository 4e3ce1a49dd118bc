// When a schedule posts: occurrences in the team's zone come from croner (which runs a fixed-time job in a DST gap
// at the first valid time after it, and a repeated time once, at its first occurrence); calendar dates and the
// local day of an instant come from Luxon. Nothing here reads cron fields or offsets by hand.
import { Cron } from 'croner';
import { DateTime } from 'luxon';
import { cronExpressionFor, timeOfDay, type ScheduleTiming } from './schedule.js';

/** A day on a team's local calendar, written "YYYY-MM-DD", e.g. "2026-03-29". Compares correctly as a string. */
export type LocalDate = string;

export interface Post {
  localDate: LocalDate;
  instant: Date;
}

/** A stopped croner job, used only to compute occurrences of a 5-field pattern (day of month AND day of week). */
export function occurrencesOf(pattern: string, timeZone: string): Cron {
  return new Cron(pattern, { timezone: timeZone, paused: true, mode: '5-part', domAndDow: true });
}

/** The local date ("YYYY-MM-DD") in `timeZone` at `instant`. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate() ?? '';
}

function startOfLocalDay(localDate: LocalDate, timeZone: string): Date {
  const day = DateTime.fromISO(localDate, { zone: timeZone });
  if (!day.isValid)
    throw new RangeError(`"${localDate}" is not a date written "YYYY-MM-DD", e.g. "2026-03-29"`);
  return day.startOf('day').toJSDate();
}

function addDays(localDate: LocalDate, days: number): LocalDate {
  return DateTime.fromISO(localDate).plus({ days }).toISODate() ?? localDate;
}

/**
 * The instant of the post time of `localDate` in the schedule's zone, whether or not that date is a posting day.
 * 09:00 Warsaw stays 09:00 Warsaw across DST; a skipped time (02:30 on the spring-forward day) gives the jump
 * (03:00); a time shown twice gives the first.
 */
export function scheduledInstantOn(
  localDate: LocalDate,
  schedule: Pick<ScheduleTiming, 'time' | 'timeZone'>,
): Date {
  const { hour, minute } = timeOfDay(schedule.time);
  const daily = occurrencesOf(`${minute} ${hour} * * *`, schedule.timeZone);
  const instant = daily.nextRun(new Date(startOfLocalDay(localDate, schedule.timeZone).getTime() - 1));
  if (!instant) throw new RangeError(`no ${schedule.time} on ${localDate} in ${schedule.timeZone}`);
  return instant;
}

/** Whether the schedule posts on `localDate`. */
export function isPostingDay(localDate: LocalDate, schedule: ScheduleTiming): boolean {
  const start = startOfLocalDay(localDate, schedule.timeZone);
  const first = occurrencesOf(cronExpressionFor(schedule), schedule.timeZone).nextRun(
    new Date(start.getTime() - 1),
  );
  return first !== null && localDateOf(first, schedule.timeZone) === localDate;
}

/** The next post instant strictly after `now`, or null if the schedule never posts again. */
export function nextPostTime(schedule: ScheduleTiming, now: Date): Date | null {
  return nextPostAfter(schedule, now)?.instant ?? null;
}

/** The next post strictly after `now` whose local date comes after `afterLocalDate` (when given). */
export function nextPostAfter(schedule: ScheduleTiming, now: Date, afterLocalDate?: LocalDate): Post | null {
  const cron = occurrencesOf(cronExpressionFor(schedule), schedule.timeZone);
  let from = now;
  if (afterLocalDate !== undefined) {
    const dayAfter = startOfLocalDay(addDays(afterLocalDate, 1), schedule.timeZone);
    if (dayAfter > from) from = new Date(dayAfter.getTime() - 1);
  }
  const instant = cron.nextRun(from);
  return instant ? { localDate: localDateOf(instant, schedule.timeZone), instant } : null;
}

/** The latest post at or before `now`, no earlier than `lookBackDays` local dates back; null if none. */
export function latestPostAtOrBefore(schedule: ScheduleTiming, now: Date, lookBackDays: number): Post | null {
  const cron = occurrencesOf(cronExpressionFor(schedule), schedule.timeZone);
  // previousRuns looks strictly before its reference: a millisecond later includes `now` itself.
  const [instant] = cron.previousRuns(1, new Date(now.getTime() + 1));
  if (!instant) return null;
  const localDate = localDateOf(instant, schedule.timeZone);
  return localDate >= addDays(localDateOf(now, schedule.timeZone), -lookBackDays)
    ? { localDate, instant }
    : null;
}
