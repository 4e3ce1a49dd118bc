// Wiring: validate the configuration, load the knowledge base and the state, build the context whole, then serve
// Discord (discord.js is imported only then) or the local console.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { COMMANDS } from '../commands/index.js';
import { buildBaseContext } from './bot/build-context.js';
import { ChartCache } from './charts/chart-cache.js';
import type { BaseContext, BotContext } from './bot/context.js';
import { systemClock } from './clock.js';
import { readConfig, type Config } from './config.js';
import { configProblemsText } from './render/config-problem-text.js';
import { runConsole } from './console/run-console.js';
import { unavailableDailyTips } from './daily-tip/unavailable-daily-tips.js';
import { catalog } from './i18n/catalog.js';
import { localeToLang } from './answer/answer-question.js';
import { KbHolder } from './kb/kb-holder.js';
import { watchKnowledgeBase } from './kb/kb-watcher.js';
import { warmUp } from './answer/warm-up.js';
import { kbProblemLine } from './render/kb-problem-text.js';
import { reloadAndLog } from './kb/reload-and-log.js';
import { createLogger, type Logger } from './logger.js';
import { openStateStore } from './state/open-state-store.js';
import { StateStoreOpenError, type StateStore } from './state/state-store.js';
import { stateOpenLine } from './render/state-open-text.js';

async function main(): Promise<number> {
  const loaded = readConfig();
  if (!loaded.ok) {
    const lang = localeToLang(loaded.locale) ?? 'en';
    console.error(catalog(lang).cli.config.cannotStart(configProblemsText(loaded.problems, lang)));
    return 1;
  }
  const config = loaded.config;
  const sharding = config.SHARDING;
  if (sharding.role === 'manager') {
    // The manager only spawns and relays: each shard process runs this same file (with the same Node options).
    const { runShardManager } = await import('./sharding/run-shard-manager.js');
    const shardFile = fileURLToPath(import.meta.url);
    const logger = createLogger(config.LOG_LEVEL).child({ shardManager: true });
    return runShardManager({
      config: { ...config, SHARDING: sharding },
      logger,
      shardFile,
      execArgv: process.execArgv,
    });
  }
  const rootLogger = createLogger(config.LOG_LEVEL);
  const logger = sharding.role === 'shard' ? rootLogger.child({ shardId: sharding.shardId }) : rootLogger;
  const kb = await KbHolder.load(config.KB_DIR, {
    logger,
    ...(config.INDEX_CACHE_DIR ? { indexCacheDir: config.INDEX_CACHE_DIR } : {}),
  });
  if (!kb.ok) {
    const lang = localeToLang(config.CONSOLE_LOCALE) ?? 'en';
    console.error(catalog(lang).cli.cannotStartKb(config.KB_DIR));
    for (const problem of kb.problems) console.error(`  - ${kbProblemLine(problem, lang)}`);
    return 1;
  }
  let store: StateStore;
  try {
    store = await openStateStore(config, logger);
  } catch (error) {
    if (!(error instanceof StateStoreOpenError)) throw error;
    const texts = catalog(localeToLang(config.CONSOLE_LOCALE) ?? 'en').cli;
    console.error(texts.config.cannotStart(stateOpenLine(texts, error.problem)));
    return 1;
  }
  const link =
    sharding.role === 'shard' ? await linkToManager(sharding.shardId, kb.holder, logger) : undefined;
  const base = buildBaseContext(
    {
      kb: kb.holder,
      store,
      logger,
      clock: systemClock,
      config,
      random: Math.random,
      ...(link ? { otherShards: link } : {}),
    },
    drawsCharts(config) ? undefined : ChartCache.drawingNothing(),
  );
  // Reload without Discord: SIGHUP always, file changes when KB_WATCH=1. Same validation and logs as /kb reload.
  // Installed before "knowledge base loaded" is logged: the OS kills a process that gets SIGHUP with no handler yet,
  // so an operator (or a test) acting on that line in the microseconds before the handler was installed killed the bot.
  const reloadOnSignal = () => void reloadAndLog(kb.holder, logger, 'sighup');
  process.on('SIGHUP', reloadOnSignal);
  const watcher = config.KB_WATCH
    ? watchKnowledgeBase(config.KB_DIR, () => void reloadAndLog(kb.holder, logger, 'watcher'))
    : undefined;
  logger.info(
    { entries: kb.holder.current().kb.entries.length, kbDir: config.KB_DIR },
    'knowledge base loaded',
  );
  const stopReloads = () => {
    process.off('SIGHUP', reloadOnSignal);
    watcher?.close();
    link?.close();
  };
  try {
    return config.DISCORD_TOKEN ? await serveDiscord(base, config) : await serveConsole(base, config);
  } finally {
    stopReloads();
    await store.close();
  }
}

async function serveConsole(base: BaseContext, config: Config): Promise<number> {
  const ctx: BotContext = { ...base, dailyTips: unavailableDailyTips(base.kb) };
  const interactive = process.stdin.isTTY === true;
  const words = catalog(localeToLang(config.CONSOLE_LOCALE) ?? 'en').replies.console;
  if (interactive) console.log(words.banner);
  else console.error(words.piped);
  await runConsole({
    ctx,
    commands: COMMANDS,
    input: process.stdin,
    output: process.stdout,
    interactive,
    ...(config.CONSOLE_LOCALE ? { locale: config.CONSOLE_LOCALE } : {}),
    ...chartDirArgument(),
  });
  return 0;
}

/** How long the warm-up may ask the knowledge base's phrasings (~2 s on a quiet 2-core host for the shipped base). */
const WARM_UP_BUDGET_MS = 5000;

async function serveDiscord(base: BaseContext, config: Config): Promise<number> {
  // Loaded only with a token: the console starts faster and lighter without discord.js.
  const { startDiscordBot } = await import('./discord/start-bot.js');
  let bot: Awaited<ReturnType<typeof startDiscordBot>>;
  try {
    bot = await startDiscordBot(base, COMMANDS);
  } catch (error) {
    const texts = catalog(localeToLang(config.CONSOLE_LOCALE) ?? 'en').cli;
    console.error(texts.cannotConnectDiscord((error as Error).message));
    console.error(texts.checkDiscord(config.DISCORD_API_URL));
    return 1;
  }
  const warming = new AbortController();
  void warmUp(base.kb.current(), {
    budgetMs: WARM_UP_BUDGET_MS,
    now: () => performance.now(),
    pause: () => new Promise((resolve) => setImmediate(resolve)),
    signal: warming.signal,
  }).then(
    (result) => base.logger.info(result, 'answer engine warmed up'),
    // an entry's phrasing that makes the engine throw must not take the bot down with an unhandled rejection
    (error: unknown) => base.logger.warn({ err: error }, 'answer engine warm-up failed'),
  );
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      warming.abort();
      base.logger.info({ signal }, 'shutting down');
      // Whatever happens, leave within 5 seconds.
      setTimeout(() => process.exit(0), 5000).unref();
      bot.stop().finally(resolve);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
    // A shard whose manager is gone (killed) stops too, rather than serving on unmanaged.
    if (config.SHARDING.role === 'shard') process.once('disconnect', () => stop('manager gone'));
  });
  return 0;
}

/** A shard process's link to the ShardingManager that spawned it (loaded only in shards). */
async function linkToManager(shardId: number, kb: KbHolder, logger: Logger) {
  const { ShardLink } = await import('./sharding/shard-link.js');
  const { processManagerChannel } = await import('./sharding/process-channel.js');
  return new ShardLink(shardId, processManagerChannel(), kb, logger);
}

/** Charts are drawn for Discord, and in the console only when `--chart-dir` says where to write them. */
function drawsCharts(config: Config): boolean {
  return config.DISCORD_TOKEN !== undefined || chartDirArgument().chartDir !== undefined;
}

/** `npm start -- --chart-dir <dir>`: the console writes charts there; other arguments are left alone. */
function chartDirArgument(): { chartDir?: string } {
  const { values } = parseArgs({ options: { 'chart-dir': { type: 'string' } }, strict: false });
  const dir = values['chart-dir'];
  return typeof dir === 'string' && dir ? { chartDir: dir } : {};
}

process.exitCode = await main();
