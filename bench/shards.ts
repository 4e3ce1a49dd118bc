// `npm run bench:shards`: the bot under SHARD_COUNT=2 as `npm start` runs it (the compiled ShardingManager and two
// shard processes, state on a private redis-server), against the fake Discord with one server on each shard.
// Sends /ask questions to both servers at once and reports, per shard, answered interactions per second and the
// shard process's memory (RSS, now and at peak). A script, not a test: it prints figures and stops by itself.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  defaultGuild,
  FakeDiscord,
  makeGuild,
  newFixtureIdOnShard,
  type FakeGuild,
} from '../test/e2e/fake-discord/index.js';
import { evaluationQuestions, ROOT } from './load-setup.js';
import { machineLine } from './machine.js';

/** Per shard: this many /ask interactions, this many in flight at once. */
const PER_SHARD = 600;
const IN_FLIGHT = 16;
const BOT_VARIABLES = /^(DISCORD_|DAILY_TIP_|KB_|STATE_|LOG_LEVEL$|ADMIN_ROLE_ID$|RATE_LIMIT_|SHARD)/;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A private redis-server on 127.0.0.1 (Debian's redis-server must be installed). */
async function startRedis(dir: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', ''],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.once('error', (e) =>
      reject(new Error(`cannot run redis-server (${e.message}); apt-get install redis-server`)),
    );
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('Ready to accept connections')) resolve();
    });
  });
  return { url: `redis://127.0.0.1:${port}/0`, child };
}

/** Starts `npm start` (scripts/start.mjs: the compiled bot) with SHARD_COUNT=2; resolves with each shard's pid. */
async function startShardedBot(fake: FakeDiscord, redisUrl: string) {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !BOT_VARIABLES.test(k)));
  const bot = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs')], {
    cwd: ROOT,
    env: {
      ...inherited,
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      KB_DIR: path.join(ROOT, 'data', 'kb'),
      STATE_URL: redisUrl,
      SHARD_COUNT: '2',
      LOG_LEVEL: 'info',
      RATE_LIMIT_COMMANDS: '0',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const pids = new Map<number, number>();
  let partial = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the shards were not ready within 180 s')), 180_000);
    bot.once('exit', (code) => reject(new Error(`the bot exited with code ${code}`)));
    bot.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('{')) {
          if (line.trim()) console.error(line);
          continue;
        }
        const record = JSON.parse(line) as { msg: string; shardId?: number; pid?: number; level: number };
        if (record.msg === 'shard started') pids.set(record.shardId!, record.pid!);
        if (record.level >= 50) console.error(line);
        if (record.msg === 'every shard is ready') {
          clearTimeout(timer);
          resolve();
        }
      }
    });
  });
  return { bot, pids };
}

async function memoryMb(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** Sends `count` /ask interactions to the server, `IN_FLIGHT` at a time; resolves with answered ones and seconds. */
async function askMany(
  fake: FakeDiscord,
  guild: FakeGuild,
  questions: { q: string; lang: string }[],
  count: number,
) {
  let next = 0;
  let answered = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const asked = questions[i % questions.length]!;
      const user = { id: String(300000000000000000n + BigInt(i % 400)), username: `agent${i % 400}` };
      const { id } = await fake.slashCommand({
        name: 'ask',
        options: { question: asked.q },
        guildId: guild.id,
        user,
        locale: asked.lang,
      });
      const first = await fake.waitForInteractionResponse(id, 30_000);
      if (first.type === 5) await fake.waitForInteractionEvent(id, (e) => e.kind === 'edit', 30_000);
      answered += 1;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return { answered, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  console.log(machineLine());
  const dir = await mkdtemp(path.join(tmpdir(), 'cs-coach-bench-shards-'));
  const redis = await startRedis(dir);
  const second = makeGuild({ name: 'Second Team', id: newFixtureIdOnShard(1, 2) });
  const guilds = [defaultGuild(), second];
  const fake = await FakeDiscord.start({ guilds, shardCount: 2, maxConcurrency: 2 });
  let bot: ChildProcess | undefined;
  try {
    console.log('starting the ShardingManager and two shard processes (compiling dist/ first if needed)…');
    const started = await startShardedBot(fake, redis.url);
    bot = started.bot;
    while (fake.registeredCommands().length === 0) await new Promise((r) => setTimeout(r, 100));
    const idle = await Promise.all([0, 1].map((s) => memoryMb(started.pids.get(s)!)));
    const questions = await evaluationQuestions();
    // Warm-up: the first answers build caches; not counted.
    await Promise.all(guilds.map((g) => askMany(fake, g, questions, 40)));
    const runs = await Promise.all(guilds.map((g) => askMany(fake, g, questions, PER_SHARD)));
    const loaded = await Promise.all([0, 1].map((s) => memoryMb(started.pids.get(s)!)));
    console.log(
      `${PER_SHARD} /ask per shard, ${IN_FLIGHT} in flight per shard, both shards at once (shipped data/kb, Redis state):`,
    );
    console.log('| shard | interactions/s | RSS idle | RSS after load | peak RSS |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const s of [0, 1]) {
      const run = runs[s]!;
      console.log(
        `| ${s} | ${(run.answered / run.seconds).toFixed(0)} | ${idle[s]!.rss.toFixed(0)} MB | ${loaded[s]!.rss.toFixed(0)} MB | ${loaded[s]!.peak.toFixed(0)} MB |`,
      );
    }
    const manager = await memoryMb(bot.pid!);
    console.log(`ShardingManager process: ${manager.rss.toFixed(0)} MB RSS`);
  } finally {
    if (bot && bot.exitCode === null) {
      const exited = new Promise((r) => bot!.once('exit', r));
      bot.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000).unref())]);
    }
    await fake.stop();
    redis.child.kill('SIGTERM');
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
