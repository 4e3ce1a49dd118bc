// Sharding end to end, as an operator runs it: `SHARD_COUNT=auto` with STATE_URL on the test's Redis makes the real
// entry point (src/main.ts) start discord.js's ShardingManager, which spawns two shard processes against a fake
// Discord that recommends two shards. Two servers live on different shards.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RedisStateStore } from '../../src/state/redis-store.js';
import {
  defaultGuild,
  FakeDiscord,
  makeGuild,
  newFixtureIdOnShard,
  shardOfGuild,
  type FakeGuild,
} from '../e2e/fake-discord/index.js';
import { command, fieldsOf } from '../e2e/helpers/interact.js';
import { tipEntry, topic, writeKbFile, writeKbFolder } from '../helpers/kb-files.js';
import { silentLogger, type LogRecord } from '../helpers/logger.js';
import { BotProcess } from '../helpers/spawn-bot.js';
import { removeTempDirs } from '../helpers/temp-dir.js';

const url = inject('redisUrl');
/** Three processes start tsx and discord.js; more on a machine busy with other suites. */
const START_MS = 60_000;
const KB = {
  topics: [topic('service')],
  entries: [tipEntry('tip-one', ['service']), tipEntry('tip-two', ['service'])],
};

let fake: FakeDiscord;
let bot: BotProcess;
let kbDir: string;
let second: FakeGuild;
const first = () => fake.ids.guildId;
const tipsOf = (guild: FakeGuild) => guild.channels.find((c) => c.name === 'tips')!.id;

/** A daily schedule whose post time (UTC, minute precision) passed a minute ago: due now, inside the catch-up. */
function dueNow(channelId: string) {
  const past = new Date(Date.now() - 60_000);
  const time = `${String(past.getUTCHours()).padStart(2, '0')}:${String(past.getUTCMinutes()).padStart(2, '0')}`;
  return { channelId, time, timeZone: 'Etc/UTC', days: 'daily', language: 'en' as const, enabled: true };
}

const shardLogs = (shardId: number, msg: string) =>
  bot.records.filter((r: LogRecord) => r.shardId === shardId && r.msg === msg);

beforeAll(async () => {
  const admin = new Redis(url);
  await admin.flushdb();
  await admin.quit();
  second = makeGuild({ name: 'Second Team', id: newFixtureIdOnShard(1, 2), channels: ['general', 'tips'] });
  fake = await FakeDiscord.start({ guilds: [defaultGuild(), second], shardCount: 2, maxConcurrency: 2 });
  kbDir = await writeKbFolder({ 'kb.json': KB });
  // Both servers' tips are due: each shard posts its own server's tip as it starts (the catch-up).
  const store = await RedisStateStore.open(url, silentLogger());
  await store.patchGuildDailyTip(first(), { schedule: dueNow(fake.ids.tipsChannelId) });
  await store.patchGuildDailyTip(second.id, { schedule: dueNow(tipsOf(second)) });
  await store.close();
  bot = new BotProcess({
    DISCORD_TOKEN: fake.token,
    DISCORD_API_URL: fake.apiUrl,
    KB_DIR: kbDir,
    STATE_URL: url,
    SHARD_COUNT: 'auto',
    LOG_LEVEL: 'info',
    RATE_LIMIT_COMMANDS: '0',
  });
  await bot.waitForLog((r) => r.msg === 'every shard is ready', START_MS);
}, START_MS + 10_000);

afterAll(async () => {
  bot?.kill();
  await fake?.stop();
  await removeTempDirs();
});

describe('SHARD_COUNT=auto with a shared Redis', () => {
  it('runs one process per recommended shard, each identified to Discord as [shard, 2]', () => {
    expect(shardOfGuild(first(), 2)).toBe(0);
    expect(shardOfGuild(second.id, 2)).toBe(1);
    expect(fake.sessions.map((s) => s.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const pids = bot.records.filter((r) => r.msg === 'shard started').map((r) => r.pid);
    expect(new Set(pids).size).toBe(2);
    expect(pids).not.toContain(bot.pid);
  });

  it('answers /ask in both servers, each from the shard Discord sends it to', async () => {
    for (const guildId of [first(), second.id]) {
      const answer = await command(fake, { name: 'ask', options: { question: 'question tip-one' }, guildId });
      expect(answer.embed.description).toContain('Advice tip-one.');
    }
  });

  it(
    'posts each server’s daily tip once, and not again when that shard is killed and respawned',
    async () => {
      const postsIn = (channelId: string) =>
        fake.channelMessages(channelId).filter((m) => !m.interaction_metadata);
      // Each shard's start-up catch-up ends with 'daily tips started', logged once its post is sent and confirmed.
      // The post shows in the fake a moment before that: a kill in that moment leaves no 'daily tips started' of the
      // first process (and rightly no second post from the respawned one), so the kill waits for the log line.
      const caughtUp = (shardId: number) =>
        bot.waitForLog((r) => r.shardId === shardId && r.msg === 'daily tips started', 10_000);
      await caughtUp(0);
      await caughtUp(1);
      expect(postsIn(fake.ids.tipsChannelId)).toHaveLength(1);
      expect(postsIn(tipsOf(second))).toHaveLength(1);

      const killed = bot.records.find((r) => r.msg === 'shard started' && r.shardId === 1)!.pid as number;
      process.kill(killed, 'SIGKILL');
      await bot.waitForLog((r) => r.msg === 'shard started' && r.shardId === 1 && r.pid !== killed, START_MS);
      await expect.poll(() => shardLogs(1, 'daily tips started').length, { timeout: START_MS }).toBe(2);

      expect(shardLogs(1, 'daily tips started').map((r) => [r.servers, r.posted])).toEqual([
        [1, 1],
        [1, 0],
      ]);
      expect(shardLogs(0, 'daily tips started').map((r) => [r.servers, r.posted])).toEqual([[1, 1]]);
      expect(postsIn(fake.ids.tipsChannelId)).toHaveLength(1);
      expect(postsIn(tipsOf(second))).toHaveLength(1);
    },
    // The sum of what it may wait for: two catch-up runs, a respawned shard starting tsx, and its catch-up run.
    2 * START_MS + 20_000,
  );

  it('reloads the knowledge base on every shard with /kb reload, and the reply lists each shard', async () => {
    await writeKbFile(kbDir, 'kb.json', {
      ...KB,
      entries: [...KB.entries, tipEntry('tip-three', ['service'])],
    });
    const answer = await command(fake, { name: 'kb', subcommand: 'reload', user: 'admin', guildId: first() });
    expect(fieldsOf(answer.embed)['Every shard']).toBe(
      'Shard 0: ✅ reloaded, 3 entries\nShard 1: ✅ reloaded, 3 entries',
    );
    const onSecond = await command(fake, {
      name: 'ask',
      options: { question: 'question tip-three' },
      guildId: second.id,
    });
    expect(onSecond.embed.description).toContain('Advice tip-three.');
  });

  it('keeps the old knowledge base on every shard when the new one is broken, and says why per shard', async () => {
    await writeKbFile(kbDir, 'kb.json', '{ "entries": [ broken');
    const answer = await command(fake, { name: 'kb', subcommand: 'reload', user: 'admin', guildId: first() });
    const lines = fieldsOf(answer.embed)['Every shard']!.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Shard 0: ❌ kept the previous knowledge base \(kb\.json: .+\)$/);
    expect(lines[1]).toMatch(/^Shard 1: ❌ kept the previous knowledge base \(kb\.json: .+\)$/);
    const still = await command(fake, {
      name: 'ask',
      options: { question: 'question tip-three' },
      guildId: second.id,
    });
    expect(still.embed.description).toContain('Advice tip-three.');
  });

  it('relays SIGHUP sent to the manager to every shard', async () => {
    await writeKbFile(kbDir, 'kb.json', KB);
    bot.signal('SIGHUP');
    const relayed = await bot.waitForLog((r) => r.msg === 'knowledge base reload on every shard', START_MS);
    expect(relayed.results).toEqual([
      { shardId: 0, outcome: 'reloaded', entries: 2 },
      { shardId: 1, outcome: 'reloaded', entries: 2 },
    ]);
  });

  it('stops every shard when the manager is asked to stop', async () => {
    bot.signal('SIGTERM');
    expect(await bot.closeInput()).toBe(0);
    await expect.poll(() => fake.sessions.filter((s) => s.connected).length).toBe(0);
  });
});
