// Post times: the team's local time across daylight-saving changes, posting days, and the next post time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  isPostingDay,
  localDateOf,
  nextPostTime,
  scheduledInstantOn,
} from '../../src/tips/schedule-times.js';
import type { ScheduleTiming } from '../../src/tips/schedule.js';

const warsaw: ScheduleTiming = { time: '09:00', timeZone: 'Europe/Warsaw', days: 'daily' };
const newYork: ScheduleTiming = { time: '09:00', timeZone: 'America/New_York', days: 'daily' };

function wallClock(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the post instant of a local date', () => {
  it('is 09:00 Warsaw winter time (08:00 UTC) the day before summer time begins', () => {
    expect(scheduledInstantOn('2026-03-28', warsaw).toISOString()).toBe('2026-03-28T08:00:00.000Z');
  });

  it('is 09:00 Warsaw summer time (07:00 UTC) on 29 March 2026, when summer time begins', () => {
    expect(scheduledInstantOn('2026-03-29', warsaw).toISOString()).toBe('2026-03-29T07:00:00.000Z');
  });

  it('is 09:00 Warsaw summer time (07:00 UTC) the day before winter time returns', () => {
    expect(scheduledInstantOn('2026-10-24', warsaw).toISOString()).toBe('2026-10-24T07:00:00.000Z');
  });

  it('is 09:00 Warsaw winter time (08:00 UTC) on 25 October 2026, when winter time returns', () => {
    expect(scheduledInstantOn('2026-10-25', warsaw).toISOString()).toBe('2026-10-25T08:00:00.000Z');
  });

  it('is 09:00 New York time (13:00 UTC) on 8 March 2026, when daylight time begins there', () => {
    expect(scheduledInstantOn('2026-03-07', newYork).toISOString()).toBe('2026-03-07T14:00:00.000Z');
    expect(scheduledInstantOn('2026-03-08', newYork).toISOString()).toBe('2026-03-08T13:00:00.000Z');
  });

  it('is 09:00 New York time (14:00 UTC) on 1 November 2026, when standard time returns there', () => {
    expect(scheduledInstantOn('2026-10-31', newYork).toISOString()).toBe('2026-10-31T13:00:00.000Z');
    expect(scheduledInstantOn('2026-11-01', newYork).toISOString()).toBe('2026-11-01T14:00:00.000Z');
  });

  it('moves 02:30, which Warsaw skips on 29 March 2026, to the first valid instant after it, 03:00', () => {
    const instant = scheduledInstantOn('2026-03-29', { ...warsaw, time: '02:30' });
    expect(instant.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(wallClock(instant, 'Europe/Warsaw')).toBe('03:00');
  });

  it('moves 02:30, which New York skips on 8 March 2026, to 03:00', () => {
    const instant = scheduledInstantOn('2026-03-08', { ...newYork, time: '02:30' });
    expect(wallClock(instant, 'America/New_York')).toBe('03:00');
  });

  it('takes the first of the two 02:30s Warsaw shows on 25 October 2026', () => {
    expect(scheduledInstantOn('2026-10-25', { ...warsaw, time: '02:30' }).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('takes the first of the two 01:30s New York shows on 1 November 2026', () => {
    expect(scheduledInstantOn('2026-11-01', { ...newYork, time: '01:30' }).toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });

  it('refuses a date that does not exist', () => {
    expect(() => scheduledInstantOn('2026-02-30', warsaw)).toThrow('"2026-02-30" is not a date');
  });
});

describe('every post of 2026', () => {
  it.each([
    ['Europe/Warsaw', '09:00'],
    ['America/New_York', '09:00'],
    ['Europe/Warsaw', '00:00'],
    ['America/New_York', '23:59'],
  ])('in %s at %s falls at that local time, once on each of the 365 days', (timeZone, time) => {
    const schedule: ScheduleTiming = { time, timeZone, days: 'daily' };
    const dates = new Set<string>();
    let post = nextPostTime(schedule, scheduledInstantOn('2025-12-31', schedule));
    while (post && localDateOf(post, timeZone) <= '2026-12-31') {
      expect(wallClock(post, timeZone)).toBe(time);
      dates.add(localDateOf(post, timeZone));
      post = nextPostTime(schedule, post);
    }
    expect(dates.size).toBe(365);
  });
});

describe('the local date of an instant', () => {
  it('is already Sunday in Warsaw at 23:30 UTC on Saturday, and still Saturday in New York', () => {
    const instant = new Date('2026-03-28T23:30:00Z');
    expect([localDateOf(instant, 'Europe/Warsaw'), localDateOf(instant, 'America/New_York')]).toEqual([
      '2026-03-29',
      '2026-03-28',
    ]);
  });
});

describe('posting days', () => {
  const weekdays: ScheduleTiming = { ...warsaw, days: 'weekdays' };

  it('with "weekdays" skip Saturday and Sunday', () => {
    expect(['2026-03-28', '2026-03-29'].map((date) => isPostingDay(date, weekdays))).toEqual([false, false]);
  });

  it('with "weekdays" include Monday to Friday', () => {
    const week = ['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27'];
    expect(week.map((date) => isPostingDay(date, weekdays))).toEqual([true, true, true, true, true]);
  });

  it('with a custom cron "30 8 1-7 * 1" are the first Monday of each month only', () => {
    const firstMonday: ScheduleTiming = { time: '08:30', timeZone: 'Europe/Warsaw', days: '30 8 1-7 * 1' };
    const april = ['2026-04-01', '2026-04-06', '2026-04-13', '2026-05-04'];
    expect(april.map((date) => isPostingDay(date, firstMonday))).toEqual([false, true, false, true]);
  });

  it('with a custom cron read day of week 7 as Sunday', () => {
    const sundays: ScheduleTiming = { ...warsaw, days: '0 9 * * 7' };
    expect(['2026-03-29', '2026-03-30'].map((date) => isPostingDay(date, sundays))).toEqual([true, false]);
  });

  it('with a custom cron follow its months', () => {
    const summer: ScheduleTiming = { ...warsaw, days: '0 9 * jun-aug *' };
    expect(
      ['2026-05-31', '2026-06-01', '2026-08-31', '2026-09-01'].map((d) => isPostingDay(d, summer)),
    ).toEqual([false, true, true, false]);
  });
});

describe('the next post time', () => {
  const weekdays: ScheduleTiming = { ...warsaw, days: 'weekdays' };

  it('is later the same day when the post time is still ahead', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-27T07:59:00Z'));
    expect(nextPostTime(weekdays, new Date())?.toISOString()).toBe('2026-03-27T08:00:00.000Z');
  });

  it('is strictly after now: at Friday 09:00 itself it is Monday 09:00', () => {
    expect(nextPostTime(weekdays, new Date('2026-03-27T08:00:00Z'))?.toISOString()).toBe(
      '2026-03-30T07:00:00.000Z',
    );
  });

  it('crosses the spring change at 09:00 Warsaw time', () => {
    expect(nextPostTime(warsaw, new Date('2026-03-28T10:00:00Z'))?.toISOString()).toBe(
      '2026-03-29T07:00:00.000Z',
    );
  });

  it('with a custom cron for 29 February waits for the next leap year', () => {
    const leapDay: ScheduleTiming = { ...warsaw, days: '0 9 29 2 *' };
    expect(nextPostTime(leapDay, new Date('2026-03-01T00:00:00Z'))?.toISOString()).toBe(
      '2028-02-29T08:00:00.000Z',
    );
  });
});
