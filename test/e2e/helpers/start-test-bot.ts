// Starts the real bot (startDiscordBot with a real discord.js Client) against FakeDiscord on 127.0.0.1:
// a real BotContext over a temp copy of data/kb and a temp state file, a pino logger whose lines the test
// can read, and the configuration from loadConfig like in production.
import { seededRandom } from '../../../src/tips/seeded-random.js';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino, type Logger } from 'pino';
import type { CommandModule } from '../../../src/bot/command.js';
import { COMMANDS } from '../../../commands/index.js';
import { buildBaseContext } from '../../../src/bot/build-context.js';
import type { BaseContext, BotContext } from '../../../src/bot/context.js';
import { systemClock, type Clock } from '../../../src/clock.js';
import { loadConfig } from '../../../src/config.js';
import { loggerOptions } from '../../../src/logger.js';
import { startDiscordBot, type RunningBot } from '../../../src/discord/start-bot.js';
import { KbHolder } from '../../../src/kb/kb-holder.js';
import { kbProblemLine } from '../../../src/render/kb-problem-text.js';
import { LowdbStateStore } from '../../../src/state/lowdb-store.js';
import type { StateStore } from '../../../src/state/state-store.js';
import { FakeDiscord, type FakeDiscordOptions } from '../fake-discord/index.js';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** The small knowledge base every e2e bot starts with unless the test writes its own (test/fixtures/kb). */
export const FIXTURE_KB_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'kb');

/** One parsed pino line: level (30 info, 40 warn, 50 error), msg, time and the logged fields. */
export type LogLine = Record<string, unknown> & { level: number; msg: string; time: number };

export interface TestBotOptions {
  /** Use this fake (e.g. to start a second bot against it); it is then not stopped by stop(). */
  fake?: FakeDiscord;
  /** Options of the FakeDiscord started when `fake` is not given. */
  fakeOptions?: FakeDiscordOptions;
  /** The command modules (default: COMMANDS); tests may add test-only modules. */
  commands?: readonly CommandModule[];
  /** Extra environment variables for loadConfig. */
  env?: Record<string, string>;
  /** The BotContext clock (default: systemClock, i.e. `new Date()`, which vi fake timers control). */
  clock?: Clock;
  /** Seed of ctx.random (default 7), so that random picks repeat run after run. */
  seed?: number;
  /** The router's deferAfterMs. */
  deferAfterMs?: number;
  /** Minimum log level captured (default 'debug'). */
  logLevel?: string;
  /** Writes the bot's knowledge base into the (empty) folder it is given, instead of a copy of data/kb. */
  writeKb?: (kbDir: string) => Promise<void>;
  /** Opens the bot's state store (default: lowdb in the temp state file), e.g. a Redis shared by several bots. */
  openStore?: (logger: Logger) => Promise<StateStore>;
}

export interface TestBot {
  fake: FakeDiscord;
  bot: RunningBot;
  ctx: BotContext;
  /** Every line the bot logged, parsed, in order. */
  logs: LogLine[];
  /** The bot's own copy of data/kb (free to edit). */
  kbDir: string;
  stateFile: string;
  /** Destroys the client (and stops the daily tips), then stops the fake if this helper started it. */
  stop(): Promise<void>;
}

export { seededRandom };

/** A pino logger (the bot's own library) writing its JSON lines, parsed, into `lines`. */
export function capturingLogger(level = 'debug'): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = pino(loggerOptions(level), {
    write: (line: string) => void lines.push(JSON.parse(line) as LogLine),
  });
  return { logger, lines };
}

export async function startTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const ownFake = !options.fake;
  const fake = options.fake ?? (await FakeDiscord.start(options.fakeOptions));
  const tempDir = await mkdtemp(path.join(tmpdir(), 'cs-coach-e2e-'));
  const kbDir = path.join(tempDir, 'kb');
  const stateFile = path.join(tempDir, 'state', 'state.json');
  let bot: RunningBot | undefined;
  try {
    if (options.writeKb) await options.writeKb(kbDir);
    else await cp(FIXTURE_KB_DIR, kbDir, { recursive: true });
    const loaded = loadConfig({
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_GUILD_ID: fake.ids.guildId,
      KB_DIR: kbDir,
      STATE_FILE: stateFile,
      LOG_LEVEL: options.logLevel ?? 'debug',
      // Most files send many commands as one user in a row; the rate limit has its own tests (rate-limit.e2e).
      RATE_LIMIT_COMMANDS: '0',
      ...options.env,
    });
    if (!loaded.ok) throw new Error(`invalid test configuration: ${JSON.stringify(loaded.problems)}`);
    const { logger, lines } = capturingLogger(loaded.config.LOG_LEVEL);
    const kb = await KbHolder.load(kbDir);
    if (!kb.ok)
      throw new Error(
        `the test knowledge base is invalid:\n${kb.problems.map((p) => kbProblemLine(p, 'en')).join('\n')}`,
      );
    const store = await (options.openStore?.(logger) ?? LowdbStateStore.open(stateFile, logger));
    const base: BaseContext = buildBaseContext({
      kb: kb.holder,
      store,
      logger,
      clock: options.clock ?? systemClock,
      config: loaded.config,
      random: seededRandom(options.seed ?? 7),
    });
    bot = await startDiscordBot(
      base,
      options.commands ?? COMMANDS,
      options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {},
    );
    const running = bot;
    let stopped = false;
    return {
      fake,
      bot: running,
      ctx: running.ctx,
      logs: lines,
      kbDir,
      stateFile,
      async stop() {
        if (stopped) return;
        stopped = true;
        await running.stop();
        await running.ctx.kb.close();
        await running.ctx.store.close();
        if (ownFake) await fake.stop();
        await rm(tempDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await bot?.stop().catch(() => undefined);
    if (ownFake) await fake.stop();
    await rm(tempDir, { recursive: true, force: true });
    throw error;
  }
}

/** The log lines with this message. */
export function logsWithMsg(logs: readonly LogLine[], msg: string | RegExp): LogLine[] {
  return logs.filter((l) => (typeof msg === 'string' ? l.msg === msg : msg.test(l.msg)));
}
