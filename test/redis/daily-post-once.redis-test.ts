// Exactly once across processes: daily-tip services of several "processes" share one Redis and post each day once.
import { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { DailyTipService } from '../../src/daily-tip/daily-tip-service.js';
import { RedisStateStore } from '../../src/state/redis-store.js';
import type { StateStore } from '../../src/state/state-store.js';
import { silentLogger } from '../helpers/logger.js';
import { makeContext, fixtureKb } from '../helpers/make-context.js';
import { RecordingPoster } from '../helpers/recording-poster.js';
import { removeTempDirs } from '../helpers/temp-dir.js';

const url = inject('redisUrl');
const GUILD = '100000000000000001';
const CHANNEL = '200000000000000001';
/** Wednesday 1 April 2026, 09:05 in Warsaw: five minutes after the 09:00 post time. */
const AT_0905 = new Date('2026-04-01T07:05:00Z');
const schedule = {
  channelId: CHANNEL,
  time: '09:00',
  timeZone: 'Europe/Warsaw',
  days: 'daily',
  language: 'en' as const,
  enabled: true,
};
const stores: StateStore[] = [];

beforeEach(async () => {
  const admin = new Redis(url);
  await admin.flushdb();
  await admin.quit();
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await removeTempDirs();
});

/** One bot process: its own Redis connection and daily-tip service, all posting through `poster`. */
async function startProcess(
  poster: RecordingPoster,
): Promise<{ service: DailyTipService; store: StateStore }> {
  const store = await RedisStateStore.open(url, silentLogger());
  stores.push(store);
  const { ctx } = await makeContext({
    kb: await fixtureKb(),
    store,
    now: () => AT_0905,
    logger: silentLogger(),
  });
  return { service: new DailyTipService(ctx, poster), store };
}

describe('the daily tip with several processes on one Redis', () => {
  it('is posted once when four processes run the same check at the same moment, and not again', async () => {
    const poster = new RecordingPoster({ [CHANNEL]: GUILD });
    const processes = await Promise.all([1, 2, 3, 4].map(() => startProcess(poster)));
    await processes[0]!.service.setSchedule(GUILD, schedule);

    const first = await Promise.all(processes.map((p) => p.service.runDue(GUILD)));
    const again = await Promise.all(processes.map((p) => p.service.runDue(GUILD)));

    expect(first.filter((o) => o.posted)).toHaveLength(1);
    expect(again.filter((o) => o.posted)).toHaveLength(0);
    expect(poster.postsTo(CHANNEL)).toHaveLength(1);
    for (const p of processes) p.service.stop();
  });

  it('a process that died after claiming, before sending, is taken over once its claim expires', async () => {
    const poster = new RecordingPoster({ [CHANNEL]: GUILD });
    const survivor = await startProcess(poster);
    await survivor.service.setSchedule(GUILD, schedule);
    // The dead process's last act: a claim it will never move on.
    await survivor.store.claimDailyPost(GUILD, '2026-04-01', 50);

    const whileHeld = await survivor.service.runDue(GUILD);
    await expect
      .poll(async () => (await survivor.service.runDue(GUILD)).posted, { interval: 25, timeout: 5000 })
      .toBe(true);

    expect(whileHeld).toEqual({
      posted: false,
      skipped: 'another process is posting or has posted this tip',
    });
    expect(poster.postsTo(CHANNEL)).toHaveLength(1);
    survivor.service.stop();
  });

  it('a process that died while sending is not repeated: a lost tip rather than a double post', async () => {
    const poster = new RecordingPoster({ [CHANNEL]: GUILD });
    const dying = await startProcess(poster);
    await dying.service.setSchedule(GUILD, schedule);
    poster.hangPosts();
    void dying.service.runDue(GUILD); // the send goes out and never comes back
    await expect.poll(() => poster.attempts.length).toBe(1);
    poster.stopHanging();

    const other = await startProcess(poster);
    const outcome = await other.service.runDue(GUILD);

    expect(outcome.posted).toBe(false);
    expect(poster.attempts).toHaveLength(1);
    dying.service.stop();
    other.service.stop();
  });
});
