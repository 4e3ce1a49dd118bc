// A server's daily-tip schedule: its type, its zod schema, and its translation to and from cron expressions.
import { z } from 'zod';
import { LANGS } from '../kb/schema.js';
import { cronAllowsSomeDay, readCronExpression, type CronFields } from './cron-fields.js';

/** How many hours after a missed post time the bot still posts when it comes back. */
export const DEFAULT_CATCH_UP_HOURS = 3;

/**
 * "daily", "weekdays" (Monday to Friday) or, for advanced users, a 5-field cron expression naming one minute
 * and one hour, e.g. "30 8 1-7 * 1" (08:30 on the first Monday of the month).
 */
export type DailyTipDays = string;

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether `timeZone` is a time-zone name this runtime knows, e.g. "Europe/Warsaw" (not "+01:00"). */
export function isValidTimeZone(timeZone: string): boolean {
  if (!/^[A-Za-z]/.test(timeZone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export const timeOfDaySchema = z.string().regex(TIME_OF_DAY, {
  error: (issue) =>
    `time ${JSON.stringify(issue.input)} is not a time of day: write "HH:MM" from 00:00 to 23:59, e.g. "09:00"`,
});

export const timeZoneSchema = z.string().refine(isValidTimeZone, {
  error: (issue) =>
    `time zone ${JSON.stringify(issue.input)} is unknown: use an IANA name such as "Europe/Warsaw" or "America/New_York"`,
});

export const dailyTipDaysSchema = z.string().superRefine((days, ctx) => {
  const problem = daysProblem(days);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Hours of catch-up after a missed post time; 0 posts only on time. Accepts numbers written as text (env). */
export const catchUpHoursSchema = z.coerce
  .number({ error: 'the catch-up window must be a number of hours, e.g. 3' })
  .min(0, 'the catch-up window cannot be negative')
  .max(24, 'the catch-up window is at most 24 hours');

export const dailyTipScheduleSchema = z
  .object({
    /** The Discord channel the tip goes to. */
    channelId: z.string().regex(/^\d{17,20}$/, 'channel id must be a Discord id: 17 to 20 digits'),
    /** Local time of day of the post, "HH:MM". */
    time: timeOfDaySchema,
    /** IANA time zone of the team, e.g. "Europe/Warsaw". */
    timeZone: timeZoneSchema,
    days: dailyTipDaysSchema,
    language: z.enum(LANGS, { error: 'language must be one of "pl", "en", "ru"' }),
    /** Off pauses the tips without forgetting the schedule. */
    enabled: z.boolean({ error: 'enabled must be true or false' }),
  })
  .strict()
  .superRefine((schedule, ctx) => {
    const cronTime = customCronTime(schedule.days);
    if (cronTime && TIME_OF_DAY.test(schedule.time) && cronTime !== schedule.time) {
      ctx.addIssue({
        code: 'custom',
        path: ['time'],
        message: `time "${schedule.time}" differs from the cron expression "${schedule.days}", which posts at ${cronTime}: make them agree`,
      });
    }
  }) satisfies z.ZodType<DailyTipSchedule>;

export interface DailyTipSchedule {
  /** The Discord channel the tip goes to. */
  channelId: string;
  /** Local time of day of the post, "HH:MM" (with custom cron days, the cron's own minute and hour). */
  time: string;
  /** IANA time zone of the team, e.g. "Europe/Warsaw". */
  timeZone: string;
  days: DailyTipDays;
  language: (typeof LANGS)[number];
  /** Off pauses the tips without forgetting the schedule. */
  enabled: boolean;
}

/** The part of a schedule that says when it posts. */
export type ScheduleTiming = Pick<DailyTipSchedule, 'time' | 'timeZone' | 'days'>;

/**
 * The node-cron expression for a schedule (run it with the schedule's time zone):
 * 09:00 on weekdays gives "0 9 * * 1-5"; custom cron days are used as given.
 */
export function cronExpressionFor(schedule: Pick<DailyTipSchedule, 'time' | 'days'>): string {
  const { hour, minute } = timeOfDay(schedule.time);
  if (schedule.days === 'daily') return `${minute} ${hour} * * *`;
  if (schedule.days === 'weekdays') return `${minute} ${hour} * * 1-5`;
  return schedule.days.trim().split(/\s+/).join(' ');
}

/**
 * Reads a cron expression such as the env default "0 9 * * 1-5" into a time and days:
 * "daily" or "weekdays" when the expression says just that, else the expression itself as custom days.
 * Throws an Error with a readable message when the expression is invalid or posts more than once a day.
 */
export function parseDailyTipCron(expression: string): Pick<DailyTipSchedule, 'time' | 'days'> {
  const problem = daysProblem(expression);
  if (problem) throw new Error(problem);
  const fields = cronFieldsOf(expression);
  const time = customCronTime(expression) ?? '';
  const everyDate = fields.daysOfMonth.size === 31 && fields.months.size === 12;
  const weekdays = [...fields.daysOfWeek].sort((a, b) => a - b).join(',');
  if (everyDate && weekdays === '0,1,2,3,4,5,6') return { time, days: 'daily' };
  if (everyDate && weekdays === '1,2,3,4,5') return { time, days: 'weekdays' };
  return { time, days: expression.trim().split(/\s+/).join(' ') };
}

/** Hour and minute of an "HH:MM" time; throws a RangeError for anything else. */
export function timeOfDay(time: string): { hour: number; minute: number } {
  const match = TIME_OF_DAY.exec(time);
  if (!match) throw new RangeError(`time "${time}" is not a time of day: write "HH:MM" from 00:00 to 23:59`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** The cron fields of custom days; throws an Error with a readable message when they are invalid. */
export function cronFieldsOf(days: string): CronFields {
  const reading = readCronExpression(days);
  if (!reading.ok) throw new Error(reading.message);
  return reading.fields;
}

/** Why `days` is not a valid days value, or undefined when it is. */
function daysProblem(days: string): string | undefined {
  if (days === 'daily' || days === 'weekdays') return undefined;
  const reading = readCronExpression(days);
  if (!reading.ok) {
    return `days must be "daily", "weekdays" or a 5-field cron expression; the ${reading.message}`;
  }
  const { minutes, hours } = reading.fields;
  if (minutes.size !== 1 || hours.size !== 1) {
    return `cron expression "${days}" runs ${minutes.size * hours.size} times a day; a daily tip posts once a day, so give one minute and one hour, e.g. "30 8 * * 1-5"`;
  }
  if (!cronAllowsSomeDay(reading.fields)) {
    return `cron expression "${days}" never falls on a real date`;
  }
  return undefined;
}

/** "HH:MM" of custom cron days that name one minute and one hour; undefined for daily/weekdays or invalid. */
function customCronTime(days: string): string | undefined {
  if (days === 'daily' || days === 'weekdays') return undefined;
  const reading = readCronExpression(days);
  if (!reading.ok || reading.fields.minutes.size !== 1 || reading.fields.hours.size !== 1) return undefined;
  const [minute = 0] = reading.fields.minutes;
  const [hour = 0] = reading.fields.hours;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
