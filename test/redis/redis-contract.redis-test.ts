// The state-store contract against a real Redis (started by the global setup), and what only a shared store can show.
import { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openStateStore } from '../../src/state/open-state-store.js';
import { RedisStateStore } from '../../src/state/redis-store.js';
import { StateStoreOpenError, type StateStore } from '../../src/state/state-store.js';
import { capturingLogger, silentLogger } from '../helpers/logger.js';
import { stateStoreContract } from '../state/contract.js';

const url = inject('redisUrl');
const open: StateStore[] = [];

beforeEach(async () => {
  const admin = new Redis(url);
  await admin.flushdb();
  await admin.quit();
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function connect(): Promise<StateStore> {
  const store = await RedisStateStore.open(url, silentLogger());
  open.push(store);
  return store;
}

stateStoreContract('redis', {
  fresh: connect,
  reopen: async (store) => {
    await store.close();
    return connect();
  },
});

describe('redis: several processes on one store', () => {
  it('gives a daily post to exactly one of several processes claiming it at once', async () => {
    const processes = await Promise.all(Array.from({ length: 4 }, connect));
    const claims = await Promise.all(
      processes.flatMap((store) => [1, 2, 3].map(() => store.claimDailyPost('1', '2026-11-02', 60_000))),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('shows a schedule set by one process to the others at once', async () => {
    const [a, b] = [await connect(), await connect()];
    await a.patchGuildDailyTip('1', {
      schedule: {
        channelId: '123456789012345678',
        time: '08:30',
        timeZone: 'Europe/Warsaw',
        days: 'daily',
        language: 'en',
        enabled: true,
      },
    });
    expect((await b.guildDailyTip('1'))?.schedule?.time).toBe('08:30');
    expect(await b.guildsWithDailyTipSchedule()).toEqual(['1']);
  });

  it('drops one invalid field written by hand, keeping the rest of the server', async () => {
    const store = await connect();
    await store.patchGuildDailyTip('1', { lastTipId: 'tip-a', lastPostedLocalDate: '2026-11-02' });
    const admin = new Redis(url);
    await admin.hset('cs-coach:guild:1:dailyTip', 'schedule', '{"time":"25:99"}');
    await admin.quit();
    expect(await store.guildDailyTip('1')).toEqual({ lastTipId: 'tip-a', lastPostedLocalDate: '2026-11-02' });
  });

  it('is the store the bot opens when STATE_URL is set (STATE_FILE is then not touched)', async () => {
    const store = await openStateStore(
      { STATE_URL: url, STATE_FILE: '/nonexistent/state.json' },
      silentLogger(),
    );
    open.push(store);
    expect(store.kind).toBe('redis');
  });

  it('refuses to start with one clear line when Redis cannot be reached, without the password', async () => {
    const { logger } = capturingLogger();
    const error = await RedisStateStore.open('redis://:secret@127.0.0.1:1/0', logger).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StateStoreOpenError);
    expect((error as StateStoreOpenError).problem).toMatchObject({
      code: 'redis_unreachable',
      url: 'redis://:***@127.0.0.1:1/0',
    });
    expect((error as Error).message).not.toContain('secret');
  });
});
