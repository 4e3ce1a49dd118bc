// The daily tip with two shards on one Redis: real discord.js clients of shard 0 and shard 1 against a fake
// Discord that sends each server to its own shard, each with its own context and Redis connection, as the shard
// processes have.
//
// Time: only Date is faked (toFake ['Date'] with shouldAdvanceTime), from 3 s before the post time, so node-cron's
// real timers fire 3 real seconds later, as in test/e2e/daily-tip.e2e.test.ts.
import { mkdir } from 'node:fs/promises';
import { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { RedisStateStore } from '../../src/state/redis-store.js';
import {
  defaultGuild,
  FakeDiscord,
  makeGuild,
  newFixtureIdOnShard,
  type FakeGuild,
} from '../e2e/fake-discord/index.js';
import { startTestBot, type TestBot } from '../e2e/helpers/start-test-bot.js';
import { tipEntry, topic, writeKbFile } from '../helpers/kb-files.js';
import { silentLogger } from '../helpers/logger.js';

const url = inject('redisUrl');
/** Tuesday 10 March 2026, 08:59:57 in Warsaw (CET): three seconds before the 09:00 post time. */
const BEFORE_POST = new Date('2026-03-10T07:59:57.000Z');
const POST_AT = new Date('2026-03-10T08:00:00.000Z');
/** The node-cron tick, the claim and the post, on a machine busy with other suites. */
const POST_WAIT_MS = 15_000;

/**
 * Waits in real time until `condition` holds (expect.poll would move the faked Date on by its interval, and
 * node-cron skips a tick whose time the clock has already left behind).
 */
async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = performance.now() + POST_WAIT_MS;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`still waiting, after ${POST_WAIT_MS} ms, for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let fake: FakeDiscord;
let second: FakeGuild;
const bots: TestBot[] = [];
const first = () => fake.ids.guildId;
const tipsOf = (guild: FakeGuild) => guild.channels.find((c) => c.name === 'tips')!.id;
const postsInFirst = () => fake.channelMessages(fake.ids.tipsChannelId);
const postsInSecond = () => fake.channelMessages(tipsOf(second));

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: BEFORE_POST, shouldAdvanceTime: true, advanceTimeDelta: 10 });
  const admin = new Redis(url);
  await admin.flushdb();
  await admin.quit();
  second = makeGuild({ name: 'Second Team', id: newFixtureIdOnShard(1, 2), channels: ['general', 'tips'] });
  fake = await FakeDiscord.start({ guilds: [defaultGuild(), second], shardCount: 2 });
  const store = await RedisStateStore.open(url, silentLogger());
  const at9 = {
    time: '09:00',
    timeZone: 'Europe/Warsaw',
    days: 'daily',
    language: 'en' as const,
    enabled: true,
  };
  await store.patchGuildDailyTip(first(), { schedule: { ...at9, channelId: fake.ids.tipsChannelId } });
  await store.patchGuildDailyTip(second.id, { schedule: { ...at9, channelId: tipsOf(second) } });
  await store.close();
});

afterEach(async () => {
  await Promise.all(bots.splice(0).map((b) => b.stop()));
  await fake.stop();
  vi.useRealTimers();
});

/** One shard's bot: its own knowledge base, context and Redis connection, configured as the manager spawns it. */
async function startShard(shardId: number): Promise<TestBot> {
  const bot = await startTestBot({
    fake,
    env: { SHARDING_MANAGER: 'true', SHARDS: String(shardId), SHARD_COUNT: '2', STATE_URL: url },
    openStore: (logger) => RedisStateStore.open(url, logger),
    writeKb: async (dir) => {
      await mkdir(dir, { recursive: true });
      await writeKbFile(dir, 'kb.json', {
        topics: [topic('service')],
        entries: [tipEntry('tip-one', ['service'])],
      });
    },
  });
  bots.push(bot);
  return bot;
}

/** The outcomes of the scheduled runs a bot made for a server (logged by the daily-tip service). */
const runsFor = (bot: TestBot, guildId: string) =>
  bot.logs.filter((l) => l.msg === 'daily tip run' && l.guildId === guildId);
/** The tips a bot posted for a server, at the post time or in its start-up catch-up. */
const postedBy = (bot: TestBot, guildId: string) =>
  bot.logs.filter((l) => l.msg === 'daily tip posted' && l.guildId === guildId).length;
/**
 * Whether the bot has had its try at the server's post: its cron tick ran, or it started after the post time (a
 * slow start on a busy machine), when its start-up catch-up is the try.
 */
const hadItsTry = (bot: TestBot, guildId: string) =>
  runsFor(bot, guildId).length > 0 ||
  bot.logs.some((l) => l.msg === 'daily tips started' && l.time >= POST_AT.getTime());

describe('the daily tip with two shards on one Redis', () => {
  it('schedules each server on its own shard only, and posts each one once at the post time', async () => {
    const zero = await startShard(0);
    const one = await startShard(1);
    await until(() => hadItsTry(zero, first()) && hadItsTry(one, second.id), 'both shards’ tries');

    expect([postedBy(zero, first()), postedBy(zero, second.id)]).toEqual([1, 0]);
    expect([postedBy(one, first()), postedBy(one, second.id)]).toEqual([0, 1]);
    expect(runsFor(zero, second.id)).toEqual([]);
    expect(runsFor(one, first())).toEqual([]);
    expect(postsInFirst()).toHaveLength(1);
    expect(postsInSecond()).toHaveLength(1);
    expect(new Date(postsInFirst()[0]!.timestamp).getTime()).toBeGreaterThanOrEqual(POST_AT.getTime());
  });

  it('posts once when two processes briefly serve the same shard (a rolling restart) at the post time', async () => {
    const [, old, replacement] = await Promise.all([startShard(0), startShard(1), startShard(1)]);
    await until(() => hadItsTry(old!, second.id) && hadItsTry(replacement!, second.id), 'both tries');

    expect(postedBy(old!, second.id) + postedBy(replacement!, second.id)).toBe(1);
    expect(postsInSecond()).toHaveLength(1);
    await until(() => postsInFirst().length === 1, 'the post');
  });

  it('a shard that was down at the post time posts its server’s tip once when it comes back, the other on time', async () => {
    await startShard(0);
    const down = await startShard(1);
    await down.stop();
    bots.splice(bots.indexOf(down), 1);

    await until(() => postsInFirst().length === 1, 'the post');
    expect(Date.now()).toBeGreaterThanOrEqual(POST_AT.getTime());
    expect(postsInSecond()).toEqual([]);

    const back = await startShard(1);
    await until(() => postsInSecond().length === 1, 'the post');
    expect(back.logs.find((l) => l.msg === 'daily tips started')).toMatchObject({ servers: 1, posted: 1 });

    // And once more after a second restart: the shared claim says it is done.
    const again = await startShard(1);
    expect(again.logs.find((l) => l.msg === 'daily tips started')).toMatchObject({ servers: 1, posted: 0 });
    expect(postsInSecond()).toHaveLength(1);
    expect(postsInFirst()).toHaveLength(1);
  });
});
