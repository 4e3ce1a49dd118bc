// Property-style simulation: a bot restarted at random moments over months never posts twice a day nor misses one.
import { beforeAll, describe, expect, it } from 'vitest';
import { decideDailyPost, ON_TIME_GRACE_MS } from '../../src/tips/exactly-once.js';
import { nextPostTime, localDateOf, scheduledInstantOn } from '../../src/tips/schedule-times.js';
import type { DailyTipSchedule } from '../../src/tips/schedule.js';
import { seededRandom } from './seeded-random.js';

type Schedule = Pick<DailyTipSchedule, 'time' | 'timeZone' | 'days' | 'enabled'>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const FROM = Date.parse('2026-03-01T00:00:00Z');
const TO = Date.parse('2026-11-15T00:00:00Z');

interface Run {
  /** Periods the bot was up, [start, end). */
  upTimes: [number, number][];
  /** Local dates recorded as posted, each with the moment of the decision. */
  recorded: { localDate: string; at: number }[];
  /** Local dates whose tip was actually sent. */
  sent: string[];
}

/**
 * The adapter as specified: decide at start-up and at every post time while up; on "post", record the date
 * first, then send (and sometimes crash in between). Extra stray ticks come at random moments.
 */
function simulate(schedule: Schedule, catchUpHours: number, seed: number): Run {
  const random = seededRandom(seed);
  const run: Run = { upTimes: [], recorded: [], sent: [] };
  let lastPostedLocalDate: string | undefined;
  let start = FROM;
  while (start < TO) {
    const upFor = [() => random() * 30 * MINUTE, () => random() * 12 * HOUR, () => random() * 72 * HOUR];
    let end = start + (upFor[Math.floor(random() * upFor.length)] ?? (() => 0))();
    const ticks = [start];
    for (let next = nextPostTime(schedule, new Date(start)); next && next.getTime() < end;) {
      ticks.push(next.getTime());
      next = nextPostTime(schedule, next);
    }
    for (let stray = Math.floor(random() * 3); stray > 0; stray--)
      ticks.push(start + random() * (end - start));
    ticks.sort((a, b) => a - b);
    for (const tick of ticks) {
      const decision = decideDailyPost({ schedule, now: new Date(tick), lastPostedLocalDate, catchUpHours });
      if (!decision.post) continue;
      lastPostedLocalDate = decision.localDate;
      run.recorded.push({ localDate: decision.localDate, at: tick });
      if (random() < 0.05) {
        end = tick; // crashed after recording, before sending
        break;
      }
      run.sent.push(decision.localDate);
    }
    run.upTimes.push([start, end]);
    const downFor = random();
    const nextPost = nextPostTime(schedule, new Date(end))?.getTime() ?? TO;
    if (downFor < 0.15)
      start = end; // immediate restart
    else if (downFor < 0.3)
      start = nextPost; // restart exactly at a post time
    else if (downFor < 0.4)
      start = nextPost + 1; // a millisecond after it
    else start = end + random() * 8 * HOUR;
  }
  return run;
}

/** Every scheduled post of the simulated months: its local date and instant. */
function postsOf(schedule: Schedule): { localDate: string; at: number }[] {
  const posts = [];
  for (
    let next = nextPostTime(schedule, new Date(FROM));
    next && next.getTime() < TO;
    next = nextPostTime(schedule, next)
  ) {
    posts.push({ localDate: localDateOf(next, schedule.timeZone), at: next.getTime() });
  }
  return posts;
}

const schedules: [string, Schedule, number][] = [
  ['09:00 daily in Warsaw', { time: '09:00', timeZone: 'Europe/Warsaw', days: 'daily', enabled: true }, 3],
  [
    '02:30 daily in Warsaw, through both clock changes',
    { time: '02:30', timeZone: 'Europe/Warsaw', days: 'daily', enabled: true },
    3,
  ],
  [
    '09:00 on weekdays in New York',
    { time: '09:00', timeZone: 'America/New_York', days: 'weekdays', enabled: true },
    3,
  ],
  [
    '23:30 daily in New York with a 5-hour window',
    { time: '23:30', timeZone: 'America/New_York', days: 'daily', enabled: true },
    5,
  ],
  [
    '01:30 on Monday, Wednesday and Friday in New York',
    { time: '01:30', timeZone: 'America/New_York', days: '30 1 * * 1,3,5', enabled: true },
    2,
  ],
];
const SEEDS = [1, 2, 3, 4, 5, 6];

describe.each(schedules)('restarting at random moments, %s,', (_name, schedule, catchUpHours) => {
  let runs: Run[] = [];
  let posts: { localDate: string; at: number }[] = [];
  beforeAll(() => {
    runs = SEEDS.map((seed) => simulate(schedule, catchUpHours, seed));
    posts = postsOf(schedule);
  });
  const windowMs = Math.max(catchUpHours * HOUR, ON_TIME_GRACE_MS);

  it('never records a local day twice', () => {
    for (const run of runs) {
      const dates = run.recorded.map((post) => post.localDate);
      expect(new Set(dates).size).toBe(dates.length);
    }
  });

  it('never sends a tip twice for one local day', () => {
    for (const run of runs) expect(new Set(run.sent).size).toBe(run.sent.length);
  });

  it('posts only between the post time and the end of the catch-up window', () => {
    for (const run of runs) {
      for (const { localDate, at } of run.recorded) {
        const due = scheduledInstantOn(localDate, schedule).getTime();
        expect(at - due).toBeGreaterThanOrEqual(0);
        expect(at - due).toBeLessThanOrEqual(windowMs);
      }
    }
  });

  it('never misses a day when the bot is up at the post time', () => {
    for (const run of runs) {
      const recorded = new Set(run.recorded.map((post) => post.localDate));
      const missed = posts.filter(
        (post) =>
          run.upTimes.some(([start, end]) => start <= post.at && post.at < end) &&
          !recorded.has(post.localDate),
      );
      expect(missed).toEqual([]);
    }
  });

  it('catches up a day when the bot starts inside its window, before the next post time', () => {
    for (const run of runs) {
      const recorded = new Set(run.recorded.map((post) => post.localDate));
      const missed = posts.filter((post, index) => {
        const nextAt = posts[index + 1]?.at ?? Infinity;
        return (
          run.upTimes.some(([start]) => post.at <= start && start <= post.at + windowMs && start < nextAt) &&
          !recorded.has(post.localDate)
        );
      });
      expect(missed).toEqual([]);
    }
  });

  it('was tested on runs with many restarts, crashes and catch-ups', () => {
    for (const run of runs) {
      expect(run.upTimes.length).toBeGreaterThan(150);
      expect(run.recorded.length).toBeGreaterThan(run.sent.length);
    }
    const caughtUp = runs.flatMap((run) =>
      run.recorded.filter(({ localDate, at }) => at > scheduledInstantOn(localDate, schedule).getTime()),
    );
    expect(caughtUp.length).toBeGreaterThan(10);
  });
});
