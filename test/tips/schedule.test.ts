// The schedule: validation with clear messages, and translation to and from cron expressions.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATCH_UP_HOURS,
  catchUpHoursSchema,
  cronExpressionFor,
  dailyTipScheduleSchema,
  isValidTimeZone,
  parseDailyTipCron,
  type DailyTipSchedule,
} from '../../src/tips/schedule.js';
import { nextPostTime } from '../../src/tips/schedule-times.js';
import { validateSchedule } from '../../src/tips/validate-schedule.js';

const valid: DailyTipSchedule = {
  channelId: '123456789012345678',
  time: '09:00',
  timeZone: 'Europe/Warsaw',
  days: 'weekdays',
  language: 'pl',
  enabled: true,
};

function messagesFor(input: unknown): string[] {
  const result = dailyTipScheduleSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the daily tip schedule', () => {
  it('accepts a complete schedule', () => {
    expect(dailyTipScheduleSchema.parse(valid)).toEqual(valid);
  });

  it('accepts a custom cron expression whose time agrees with the time field', () => {
    expect(messagesFor({ ...valid, time: '08:30', days: '30 8 1-7 * mon' })).toEqual([]);
  });

  it('rejects an unknown time zone such as Mars/Olympus and names it', () => {
    expect(messagesFor({ ...valid, timeZone: 'Mars/Olympus' })).toEqual([
      'timeZone: time zone "Mars/Olympus" is unknown: use an IANA name such as "Europe/Warsaw" or "America/New_York"',
    ]);
  });

  it('rejects the time 25:00 and says how to write a time', () => {
    expect(messagesFor({ ...valid, time: '25:00' })).toEqual([
      'time: time "25:00" is not a time of day: write "HH:MM" from 00:00 to 23:59, e.g. "09:00"',
    ]);
  });

  it.each(['24:00', '9:00', '09:60', '0900', ''])('rejects the time "%s"', (time) => {
    expect(messagesFor({ ...valid, time })).toHaveLength(1);
  });

  it.each(['00:00', '23:59'])('accepts the time "%s"', (time) => {
    expect(messagesFor({ ...valid, time })).toEqual([]);
  });

  it('rejects days that are neither daily, weekdays nor a cron expression, naming what was typed', () => {
    expect(validateSchedule({ ...valid, days: 'weekends' })).toEqual({
      ok: false,
      problems: [{ code: 'days', input: 'weekends' }],
    });
    expect(messagesFor({ ...valid, days: 'weekends' })[0]).toContain('"weekends"');
  });

  it('rejects a cron expression with a seconds field', () => {
    expect(validateSchedule({ ...valid, days: '0 0 9 * * 1-5' })).toMatchObject({
      problems: [{ code: 'days' }],
    });
  });

  it('rejects a cron expression with a value out of range', () => {
    expect(validateSchedule({ ...valid, days: '0 9 * 13 *' })).toMatchObject({
      problems: [{ code: 'days' }],
    });
  });

  it('rejects a cron expression that would post several times a day', () => {
    expect(messagesFor({ ...valid, days: '0 9,15 * * *' })[0]).toContain(
      'runs 2 times a day; a daily tip posts once a day',
    );
  });

  it('rejects a cron expression that never falls on a real date', () => {
    expect(messagesFor({ ...valid, days: '0 9 31 2 *' })).toEqual([
      'days: cron expression "0 9 31 2 *" never falls on a real date',
    ]);
  });

  it("accepts croner's L (the last day of the month), since croner both checks and schedules the days", () => {
    const lastDay = { ...valid, days: '0 9 L * *' };
    expect(validateSchedule(lastDay).ok).toBe(true);
    expect(nextPostTime(lastDay, new Date('2026-02-10T12:00:00Z'))).toEqual(new Date('2026-02-28T08:00:00Z'));
  });

  it('rejects a time that differs from the time in a custom cron expression', () => {
    expect(messagesFor({ ...valid, time: '09:00', days: '30 8 * * 1' })).toEqual([
      'time: time "09:00" differs from the cron expression "30 8 * * 1", which posts at 08:30: make them agree',
    ]);
  });

  it('rejects a language the bot does not speak', () => {
    expect(messagesFor({ ...valid, language: 'de' })).toEqual([
      'language: language must be one of "pl", "en", "ru"',
    ]);
  });

  it('rejects a channel id that is not a Discord id', () => {
    expect(messagesFor({ ...valid, channelId: '#general' })).toEqual([
      'channelId: channel id must be a Discord id: 17 to 20 digits',
    ]);
  });
});

describe('time zones', () => {
  it('knows Europe/Warsaw, America/New_York and UTC', () => {
    expect(['Europe/Warsaw', 'America/New_York', 'UTC'].map(isValidTimeZone)).toEqual([true, true, true]);
  });

  it('does not know Mars/Olympus, an empty name or a bare offset', () => {
    expect(['Mars/Olympus', '', '+01:00'].map(isValidTimeZone)).toEqual([false, false, false]);
  });
});

describe('cron expressions for node-cron', () => {
  it('gives "0 9 * * 1-5" for 09:00 on weekdays', () => {
    expect(cronExpressionFor({ time: '09:00', days: 'weekdays' })).toBe('0 9 * * 1-5');
  });

  it('gives "45 7 * * *" for 07:45 daily', () => {
    expect(cronExpressionFor({ time: '07:45', days: 'daily' })).toBe('45 7 * * *');
  });

  it('uses a custom cron expression as given', () => {
    expect(cronExpressionFor({ time: '08:30', days: '30 8 1-7 * mon' })).toBe('30 8 1-7 * mon');
  });

  it('reads the env default "0 9 * * 1-5" as 09:00 on weekdays', () => {
    expect(parseDailyTipCron('0 9 * * 1-5')).toEqual({ time: '09:00', days: 'weekdays' });
  });

  it('reads "15 8 * * *" and "15 8 * * 0-6" as 08:15 daily', () => {
    expect([parseDailyTipCron('15 8 * * *'), parseDailyTipCron('15 8 * * 0-6')]).toEqual([
      { time: '08:15', days: 'daily' },
      { time: '08:15', days: 'daily' },
    ]);
  });

  it('reads "0 9 * * mon-fri" as weekdays', () => {
    expect(parseDailyTipCron('0 9 * * mon-fri')).toEqual({ time: '09:00', days: 'weekdays' });
  });

  it('keeps any other day pattern as a custom cron expression', () => {
    expect(parseDailyTipCron('0 10 1 * *')).toEqual({ time: '10:00', days: '0 10 1 * *' });
  });

  it('refuses an env default that would post every five minutes', () => {
    expect(() => parseDailyTipCron('*/5 * * * *')).toThrow('a daily tip posts once a day');
  });

  it('refuses an env default that is not cron at all', () => {
    expect(() => parseDailyTipCron('every morning')).toThrow('"every morning" must be "daily", "weekdays"');
  });
});

describe('the catch-up window', () => {
  it('defaults to 3 hours', () => {
    expect(DEFAULT_CATCH_UP_HOURS).toBe(3);
  });

  it('reads hours written as text, as in an env variable', () => {
    expect(catchUpHoursSchema.parse('1.5')).toBe(1.5);
  });

  it('refuses a negative window', () => {
    expect(catchUpHoursSchema.safeParse(-1).error?.issues[0]?.message).toBe(
      'the catch-up window cannot be negative',
    );
  });
});
