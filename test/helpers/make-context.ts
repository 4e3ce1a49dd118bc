// A real BotContext for tests: the knowledge base from a folder, a lowdb state file in a temp folder, a real pino
// logger (capturing its lines), a clock reading Date.now() (so fake timers control it), config from loadConfig.
import path from 'node:path';
import type { Logger } from 'pino';
import { ChartCache } from '../../src/charts/chart-cache.js';
import { ChartRenderer } from '../../src/charts/chart-renderer.js';
import { buildBaseContext } from '../../src/bot/build-context.js';
import type { BotContext } from '../../src/bot/context.js';
import { loadConfig, type Config } from '../../src/config.js';
import { unavailableDailyTips } from '../../src/daily-tip/unavailable-daily-tips.js';
import { KbHolder } from '../../src/kb/kb-holder.js';
import { kbProblemLine } from '../../src/render/kb-problem-text.js';
import { LowdbStateStore } from '../../src/state/lowdb-store.js';
import type { StateStore } from '../../src/state/state-store.js';
import { capturingLogger, type LogRecord } from './logger.js';
import { seededRandom } from './random.js';
import { FIXTURE_KB_DIR, makeTempDir, SHIPPED_KB_DIR } from './temp-dir.js';

export interface ContextOptions {
  /** Environment variables for loadConfig (KB_DIR and STATE_FILE are filled in). */
  env?: Record<string, string>;
  /** A holder to share (e.g. across a simulated restart); else one is loaded from kbDir. */
  kb?: KbHolder;
  /** The knowledge-base folder; the fixture knowledge base (test/fixtures/kb) when not given. */
  kbDir?: string;
  /** The lowdb state file; a new one in a temp folder when not given. */
  stateFile?: string;
  /** Seed of ctx.random. */
  seed?: number;
  /** A logger to use instead of a new capturing one (then `records` stays empty). */
  logger?: Logger;
  /** A store to use (e.g. one shared Redis) instead of a lowdb store in `stateFile`. */
  store?: StateStore;
  /** A fixed clock instead of Date.now(). */
  now?: () => Date;
}

export interface TestContext {
  ctx: BotContext;
  /** The lines the context's logger wrote, parsed. */
  records: LogRecord[];
  stateFile: string;
}

/** Loads a knowledge-base folder into a KbHolder; throws, listing the problems, when it is invalid. */
export async function loadKb(dir: string = FIXTURE_KB_DIR): Promise<KbHolder> {
  const loaded = await KbHolder.load(dir);
  if (!loaded.ok)
    throw new Error(
      `knowledge base ${dir} is invalid:\n${loaded.problems.map((p) => kbProblemLine(p, 'en')).join('\n')}`,
    );
  return loaded.holder;
}

/** The configuration loadConfig gives for these variables; throws on an invalid one. */
let fixture: Promise<KbHolder> | undefined;

/** One KbHolder over the fixture knowledge base shared by the tests of a file: only for tests that never reload it. */
export function fixtureKb(): Promise<KbHolder> {
  fixture ??= loadKb(FIXTURE_KB_DIR);
  return fixture;
}

let shipped: Promise<KbHolder> | undefined;

/**
 * One KbHolder over the shipped data/kb, for the tests that need its breadth by design (the quiz draws its wrong
 * options from many real figures); others use fixtureKb().
 */
export function shippedKb(): Promise<KbHolder> {
  shipped ??= loadKb(SHIPPED_KB_DIR);
  return shipped;
}

export function testConfig(env: Record<string, string> = {}): Config {
  const loaded = loadConfig(env);
  if (!loaded.ok) throw new Error(`invalid test configuration: ${JSON.stringify(loaded.problems)}`);
  return loaded.config;
}

export async function makeContext(options: ContextOptions = {}): Promise<TestContext> {
  const kbDir = options.kbDir ?? options.kb?.dir ?? FIXTURE_KB_DIR;
  const stateFile = options.stateFile ?? path.join(await makeTempDir('cs-coach-state-'), 'state.json');
  const captured = capturingLogger();
  const logger = options.logger ?? captured.logger;
  const config = testConfig({ KB_DIR: kbDir, STATE_FILE: stateFile, ...options.env });
  const kb = options.kb ?? (await loadKb(kbDir));
  const store = options.store ?? (await LowdbStateStore.open(stateFile, logger));
  const base = buildBaseContext(
    {
      kb,
      store,
      logger,
      clock: { now: options.now ?? (() => new Date()) },
      config,
      random: seededRandom(options.seed ?? 42),
    },
    // Real charts, rendered on the test's own thread so that fake-timer tests need not wait for the thread pool.
    new ChartCache(new ChartRenderer({ onCallingThread: true })),
  );
  const ctx: BotContext = { ...base, dailyTips: unavailableDailyTips(kb) };
  return { ctx, records: captured.records, stateFile };
}
