// The load script's world: a state file already holding 5,000 questions, the fake Discord on 127.0.0.1 with
// Discord's 3-second rule, and the real bot started as `npm start` does, in its own process.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FakeDiscord } from '../test/e2e/fake-discord/index.js';
import { startFlags } from './start-flags.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Questions people asked, in three languages (the evaluation set), reused for the load and for the state. */
export async function evaluationQuestions(): Promise<{ q: string; lang: 'pl' | 'en' | 'ru' }[]> {
  const file = path.join(ROOT, 'test', 'eval', 'questions.json');
  return JSON.parse(await readFile(file, 'utf8')) as { q: string; lang: 'pl' | 'en' | 'ru' }[];
}

/** A version-1 state file (the format every store reads) with `count` questions and a vote per ten questions. */
export async function seededStateFile(dir: string, count: number, guildId: string): Promise<string> {
  const questions = await evaluationQuestions();
  const start = Date.now() - 30 * 24 * 60 * 60_000;
  const records = Array.from({ length: count }, (_, i) => {
    const asked = questions[i % questions.length]!;
    return {
      at: new Date(start + i * 60_000).toISOString(),
      guildId,
      question: `${asked.q} (${i})`,
      lang: asked.lang,
      answered: i % 5 !== 0,
      ...(i % 5 !== 0 ? { entryId: 'stat-only-1-in-26-complain-s000' } : {}),
      confidence: i % 5 !== 0 ? 0.8 : 0.2,
    };
  });
  const votes = Array.from({ length: count / 10 }, (_, i) => ({
    entryId: 'stat-only-1-in-26-complain-s000',
    userId: String(200000000000000000n + BigInt(i)),
    helpful: i % 3 !== 0,
    at: new Date(start + i * 600_000).toISOString(),
  }));
  const file = path.join(dir, 'state.json');
  await writeFile(file, JSON.stringify({ version: 1, guilds: {}, questions: records, votes }));
  return file;
}

/** The bot's V8 memory as process.memoryUsage() reports it inside the bot, in bytes. */
export interface BotMemory {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

export interface LoadWorld {
  fake: FakeDiscord;
  bot: ChildProcess;
  /** Resident memory of the bot's process now, in MB (from /proc). */
  rssMb(): Promise<number>;
  /** The bot's own view of its memory (bench/memory-probe.mjs, over the IPC channel). */
  memory(): Promise<BotMemory>;
  /** Has the bot write a V8 heap snapshot (after a full collection) to `file`; resolves with its path. */
  heapSnapshot(file: string): Promise<string>;
  /** CPU time the bot's process has used so far (user + system, from /proc/<pid>/stat), in ms. */
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
}

/** Variables of this shell that would change how the bot starts; the bot never inherits them. */
const BOT_VARIABLES = /^(DISCORD_|DAILY_TIP_|KB_|STATE_|LOG_LEVEL$|ADMIN_ROLE_ID$|RATE_LIMIT_|SHARD_COUNT$)/;

/** Clock ticks per second of /proc's CPU times (100 on Linux almost always; asked, since it is not fixed). */
function clockTicksPerSecond(): number {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
}

/** utime + stime of a process in ms. Fields are counted after the command name, which may hold spaces. */
export async function processCpuMs(pid: number, ticksPerSecond: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is the state (field 3 of proc(5)); utime and stime are fields 14 and 15.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

export interface LoadWorldOptions {
  /** Write a V8 CPU profile of the bot (node --cpu-prof) into this folder when it stops. */
  profileDir?: string;
}

export async function startLoadWorld(
  questionsInState: number,
  options: LoadWorldOptions = {},
): Promise<LoadWorld> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cs-coach-load-'));
  // Discord's own deadline: a first response later than 3 s is refused, so a slow answer counts as lost.
  const fake = await FakeDiscord.start({ interactionDeadlineMs: 3000, heartbeatIntervalMs: 41_250 });
  const stateFile = await seededStateFile(dir, questionsInState, fake.ids.guildId);
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !BOT_VARIABLES.test(k)));
  // As `npm start` runs it: the compiled bot through scripts/start.mjs, or src/main.ts under tsx where there is none.
  const compiled = path.join(ROOT, 'scripts', 'start.mjs');
  const command = existsSync(compiled) ? [compiled] : ['--import', 'tsx', path.join(ROOT, 'src', 'main.ts')];
  // Node refuses --cpu-prof in NODE_OPTIONS, so it goes on the bot's own command line.
  const profile = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
  const probe = ['--import', pathToFileURL(path.join(ROOT, 'bench', 'memory-probe.mjs')).href];
  const bot = spawn(process.execPath, [...startFlags(ROOT), ...profile, ...probe, ...command], {
    cwd: ROOT,
    env: {
      ...inherited,
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_GUILD_ID: fake.ids.guildId,
      KB_DIR: path.join(ROOT, 'data', 'kb'),
      STATE_FILE: stateFile,
      LOG_LEVEL: 'warn',
    },
    // The IPC channel is the memory probe's; the bot itself uses one only as a shard, which it is not here.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ask = probeAsker(bot);
  const ticks = clockTicksPerSecond();
  const exited = new Promise<void>((resolve) => bot.once('exit', () => resolve()));
  const stop = async () => {
    if (bot.exitCode === null && bot.signalCode === null) bot.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 8000).unref())]);
    if (bot.exitCode === null && bot.signalCode === null) bot.kill('SIGKILL');
    await fake.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await fake.waitForReady(120_000);
    // The bot registers its commands once connected; interactions need them to be built.
    const deadline = Date.now() + 60_000;
    while (fake.registeredCommands(fake.ids.guildId).length === 0) {
      if (Date.now() > deadline) throw new Error('the bot registered no commands within 60 s');
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    fake,
    bot,
    async rssMb() {
      const status = await readFile(`/proc/${bot.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? NaN) / 1024;
    },
    cpuMs: () => processCpuMs(bot.pid!, ticks),
    // Generous: the probe answers after a heap snapshot being written, which takes seconds on a busy machine.
    memory: async () => (await ask({ ask: 'memory' }, 300_000)).memory as BotMemory,
    heapSnapshot: async (file) => (await ask({ ask: 'heap-snapshot', file }, 300_000)).file as string,
    stop,
  };
}

const PROBE = 'cs-coach-load-probe';

/** Asks bench/memory-probe.mjs in the bot a question and waits for its answer (matched by id). */
function probeAsker(bot: ChildProcess) {
  let next = 0;
  return (question: Record<string, unknown>, timeoutMs: number): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      const id = next++;
      const timer = setTimeout(() => {
        bot.off('message', onMessage);
        reject(new Error(`the bot's memory probe did not answer ${JSON.stringify(question)}`));
      }, timeoutMs);
      const onMessage = (message: unknown) => {
        const answer = message as Record<string, unknown> | null;
        if (answer?.probe !== PROBE || answer.id !== id) return;
        clearTimeout(timer);
        bot.off('message', onMessage);
        resolve(answer);
      };
      bot.on('message', onMessage);
      bot.send({ probe: PROBE, id, ...question });
    });
}
