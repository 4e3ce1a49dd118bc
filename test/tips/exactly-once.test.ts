// Deciding whether to post now: on time, once a day, with catch-up after downtime, across daylight-saving changes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decideDailyPost, type DailyPostDecision } from '../../src/tips/exactly-once.js';
import type { DailyTipSchedule } from '../../src/tips/schedule.js';

type Schedule = Pick<DailyTipSchedule, 'time' | 'timeZone' | 'days' | 'enabled'>;

const warsaw: Schedule = { time: '09:00', timeZone: 'Europe/Warsaw', days: 'daily', enabled: true };
const newYork: Schedule = { time: '09:00', timeZone: 'America/New_York', days: 'daily', enabled: true };

function decide(
  schedule: Schedule,
  now: string,
  lastPostedLocalDate?: string,
  catchUpHours = 3,
): DailyPostDecision {
  return decideDailyPost({ schedule, now: new Date(now), lastPostedLocalDate, catchUpHours });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('on time', () => {
  it('posts at 09:00 Warsaw time on 29 March 2026, the day summer time begins', () => {
    expect(decide(warsaw, '2026-03-29T07:00:00Z', '2026-03-28')).toEqual({
      post: true,
      localDate: '2026-03-29',
    });
  });

  it('does not post at 08:00 UTC on 29 March 2026, an hour after 09:00 Warsaw time, when already posted', () => {
    expect(decide(warsaw, '2026-03-29T08:00:00Z', '2026-03-29')).toMatchObject({
      post: false,
      reason: 'already-posted',
    });
  });

  it('waits at 07:00 UTC on 25 October 2026, still 08:00 in Warsaw after winter time returns', () => {
    expect(decide(warsaw, '2026-10-25T07:00:00Z', '2026-10-24')).toEqual({
      post: false,
      reason: 'not-yet',
      next: new Date('2026-10-25T08:00:00Z'),
    });
  });

  it('posts at 09:00 Warsaw time on 25 October 2026, the day winter time returns', () => {
    expect(decide(warsaw, '2026-10-25T08:00:00Z', '2026-10-24')).toEqual({
      post: true,
      localDate: '2026-10-25',
    });
  });

  it('posts at 09:00 New York time on 8 March and 1 November 2026, its daylight-saving days', () => {
    expect([
      decide(newYork, '2026-03-08T13:00:00Z', '2026-03-07'),
      decide(newYork, '2026-11-01T14:00:00Z', '2026-10-31'),
    ]).toEqual([
      { post: true, localDate: '2026-03-08' },
      { post: true, localDate: '2026-11-01' },
    ]);
  });

  it('posts at the current system time under fake timers', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-06-15T07:00:05Z'));
    expect(decideDailyPost({ schedule: warsaw, now: new Date(), catchUpHours: 3 })).toEqual({
      post: true,
      localDate: '2026-06-15',
    });
  });

  it('posts a time Warsaw skips in spring, 02:30 on 29 March 2026, at 03:00', () => {
    const early = { ...warsaw, time: '02:30' };
    expect([
      decide(early, '2026-03-29T00:59:59Z', '2026-03-28'),
      decide(early, '2026-03-29T01:00:00Z', '2026-03-28'),
    ]).toEqual([
      { post: false, reason: 'not-yet', next: new Date('2026-03-29T01:00:00Z') },
      { post: true, localDate: '2026-03-29' },
    ]);
  });

  it('posts a time Warsaw shows twice in autumn, 02:30 on 25 October 2026, only at the first', () => {
    const early = { ...warsaw, time: '02:30' };
    const first = decide(early, '2026-10-25T00:30:00Z', '2026-10-24');
    const second = decide(early, '2026-10-25T01:30:00Z', first.post ? first.localDate : undefined);
    expect([first.post, second]).toEqual([
      true,
      { post: false, reason: 'already-posted', next: new Date('2026-10-26T01:30:00Z') },
    ]);
  });
});

describe('exactly once a day', () => {
  it('does not post again after a restart later the same day', () => {
    expect(decide(warsaw, '2026-06-15T07:10:00Z', '2026-06-15')).toEqual({
      post: false,
      reason: 'already-posted',
      next: new Date('2026-06-16T07:00:00Z'),
    });
  });

  it('does not post again after a restart a second after posting', () => {
    expect(decide(warsaw, '2026-06-15T07:00:01Z', '2026-06-15')).toMatchObject({ reason: 'already-posted' });
  });

  it('posts the first tip ever when the bot is up at the post time', () => {
    expect(decide(warsaw, '2026-06-15T07:00:00Z')).toEqual({ post: true, localDate: '2026-06-15' });
  });

  it('posts once, for today, after a downtime of several days', () => {
    expect(decide(warsaw, '2026-06-18T08:00:00Z', '2026-06-14')).toEqual({
      post: true,
      localDate: '2026-06-18',
    });
  });

  it('says paused, with no next time, when the schedule is off', () => {
    expect(decide({ ...warsaw, enabled: false }, '2026-06-15T07:00:00Z')).toEqual({
      post: false,
      reason: 'paused',
    });
  });

  it('refuses a negative catch-up window', () => {
    expect(() => decide(warsaw, '2026-06-15T07:00:00Z', undefined, -1)).toThrow('catchUpHours must be');
  });
});

describe('catch-up after downtime', () => {
  it('posts when the bot starts 2 hours 59 minutes after the post time, inside the 3-hour window', () => {
    expect(decide(warsaw, '2026-06-15T09:59:00Z', '2026-06-14')).toEqual({
      post: true,
      localDate: '2026-06-15',
    });
  });

  it('posts when the bot starts exactly 3 hours after the post time', () => {
    expect(decide(warsaw, '2026-06-15T10:00:00Z', '2026-06-14')).toEqual({
      post: true,
      localDate: '2026-06-15',
    });
  });

  it('waits for the next day when the bot starts 3 hours and 1 minute after the post time', () => {
    expect(decide(warsaw, '2026-06-15T10:01:00Z', '2026-06-14')).toEqual({
      post: false,
      reason: 'missed-window',
      next: new Date('2026-06-16T07:00:00Z'),
    });
  });

  it('follows a configured window of 1 hour', () => {
    expect([
      decide(warsaw, '2026-06-15T07:59:00Z', '2026-06-14', 1).post,
      decide(warsaw, '2026-06-15T08:01:00Z', '2026-06-14', 1).post,
    ]).toEqual([true, false]);
  });

  it('with a window of 0 still posts a tick that comes a few seconds late, but not minutes late', () => {
    expect([
      decide(warsaw, '2026-06-15T07:00:30Z', '2026-06-14', 0).post,
      decide(warsaw, '2026-06-15T07:05:00Z', '2026-06-14', 0).post,
    ]).toEqual([true, false]);
  });

  it('posts the 23:30 tip of yesterday after midnight, inside the window, and the tip of today at 23:30', () => {
    const late = { ...warsaw, time: '23:30' };
    expect([
      decide(late, '2026-06-14T22:30:00Z', '2026-06-13'),
      decide(late, '2026-06-14T23:00:00Z', '2026-06-14'),
      decide(late, '2026-06-15T21:30:00Z', '2026-06-14'),
    ]).toEqual([
      { post: true, localDate: '2026-06-14' },
      { post: false, reason: 'not-yet', next: new Date('2026-06-15T21:30:00Z') },
      { post: true, localDate: '2026-06-15' },
    ]);
  });

  it('catches up across the spring change in New York, 2 hours after 09:00 on 8 March 2026', () => {
    expect(decide(newYork, '2026-03-08T15:00:00Z', '2026-03-07')).toEqual({
      post: true,
      localDate: '2026-03-08',
    });
  });
});

describe('posting days', () => {
  const weekdays = { ...warsaw, days: 'weekdays' };

  it('skips Saturday with weekdays, naming Monday as the next post', () => {
    expect(decide(weekdays, '2026-06-13T07:00:00Z', '2026-06-12')).toEqual({
      post: false,
      reason: 'not-a-posting-day',
      next: new Date('2026-06-15T07:00:00Z'),
    });
  });

  it('skips Sunday with weekdays', () => {
    expect(decide(weekdays, '2026-06-14T07:00:00Z', '2026-06-12')).toMatchObject({
      reason: 'not-a-posting-day',
    });
  });

  it('does not catch up a missed Friday tip on Saturday', () => {
    expect(decide(weekdays, '2026-06-13T01:00:00Z', '2026-06-11', 24)).toMatchObject({ post: true });
    expect(decide(weekdays, '2026-06-13T08:00:00Z', '2026-06-11', 3)).toMatchObject({
      reason: 'not-a-posting-day',
    });
  });

  it('posts on the days of a custom cron, 08:30 on the first Monday of the month', () => {
    const firstMonday = { ...warsaw, time: '08:30', days: '30 8 1-7 * 1' };
    expect([
      decide(firstMonday, '2026-04-06T06:30:00Z', '2026-03-02'),
      decide(firstMonday, '2026-04-13T06:30:00Z', '2026-04-06'),
    ]).toEqual([
      { post: true, localDate: '2026-04-06' },
      { post: false, reason: 'not-a-posting-day', next: new Date('2026-05-04T06:30:00Z') },
    ]);
  });
});
