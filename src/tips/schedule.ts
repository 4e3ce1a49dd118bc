// A server's daily-tip schedule: its type, its zod schema, and its translation to and from cron expressions.
import { z } from 'zod';
import { LANGS } from '../kb/schema.js';
import { Cron } from 'croner';
import { catalog } from '../i18n/catalog.js';
import type { ScheduleProblem } from './validate-schedule.js';

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
  const problem = daysProblemText(days);
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
    const cronTime = daysProblem(schedule.days) ? undefined : customCronTime(schedule.days);
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
  const problem = daysProblemText(expression);
  if (problem) throw new Error(problem);
  const parts = expression.trim().split(/\s+/);
  const time = customCronTime(expression) ?? '';
  const [, , dayOfMonth, month, dayOfWeek = ''] = parts;
  const everyDate = dayOfMonth === '*' && month === '*';
  if (everyDate && ['*', '?', '0-6', '0-7', '1-7'].includes(dayOfWeek)) return { time, days: 'daily' };
  if (everyDate && ['1-5', 'mon-fri', '1,2,3,4,5'].includes(dayOfWeek.toLowerCase()))
    return { time, days: 'weekdays' };
  return { time, days: parts.join(' ') };
}

/** Hour and minute of an "HH:MM" time; throws a RangeError for anything else. */
export function timeOfDay(time: string): { hour: number; minute: number } {
  const match = TIME_OF_DAY.exec(time);
  if (!match) throw new RangeError(`time "${time}" is not a time of day: write "HH:MM" from 00:00 to 23:59`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** The runs of custom days in UTC (croner reads the pattern); undefined when croner cannot read it. */
function patternOf(days: string): Cron | undefined {
  try {
    return new Cron(days, { paused: true, mode: '5-part', domAndDow: true, timezone: 'Etc/UTC' });
  } catch {
    return undefined;
  }
}

/** Why `days` is not a valid days value, or undefined when it is. */
export function daysProblem(days: string): ScheduleProblem | undefined {
  if (days === 'daily' || days === 'weekdays') return undefined;
  const cron = days.trim().split(/\s+/).length === 5 ? patternOf(days) : undefined;
  if (!cron) return { code: 'days', input: days };
  const [first] = cron.nextRuns(1, new Date(Date.UTC(2000, 0, 1)));
  if (!first) return { code: 'days-never', input: days };
  if (!customCronTime(days)) {
    const dayEnd = new Date(first.getTime() + 86_400_000);
    const times = cron.nextRuns(1440, new Date(first.getTime() - 1)).filter((t) => t < dayEnd).length;
    return { code: 'days-many-times', input: days, times };
  }
  return undefined;
}

/** The problem of `days` in English, for the logs and the environment's DAILY_TIP_CRON. */
function daysProblemText(days: string): string | undefined {
  const problem = daysProblem(days);
  if (!problem) return undefined;
  const words = catalog('en').admin.schedule;
  if (problem.code === 'days-many-times') return words.daysManyTimes(problem.input, problem.times);
  if (problem.code === 'days-never') return words.daysNever(problem.input);
  return words.days(days);
}

/** "HH:MM" of custom cron days that name one minute and one hour as plain numbers; undefined otherwise. */
function customCronTime(days: string): string | undefined {
  if (days === 'daily' || days === 'weekdays') return undefined;
  const [minute = '', hour = ''] = days.trim().split(/\s+/);
  if (!/^\d{1,2}$/.test(minute) || !/^\d{1,2}$/.test(hour) || Number(minute) > 59 || Number(hour) > 23)
    return undefined;
  return `${hour.padStart(2, '0')}:${minute.padStart(2, '0')}`;
}
