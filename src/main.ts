// Wiring: validate the configuration, load the knowledge base and the state, then serve Discord or the local console.
import { loadConfig } from './config.js';
import { systemClock } from './clock.js';
import { COMMANDS } from './bot/command-list.js';
import type { BotContext } from './bot/context.js';
import { KbHolder } from './kb/kb-holder.js';
import { formatProblem } from './kb/problems.js';
import { createLogger } from './logger.js';
import { openStateStore } from './state/open-state-store.js';
import { StateStoreOpenError, type StateStore } from './state/state-store.js';
import { CONSOLE_BANNER, localeFromEnv, runConsole } from './console/run-console.js';
import { startDiscordBot } from './discord/start-bot.js';
import { watchKnowledgeBase } from './kb/kb-watcher.js';
import { reloadAndLog } from './kb/reload-and-log.js';

async function main(): Promise<number> {
  const loaded = loadConfig(process.env);
  if (!loaded.ok) {
    console.error('cs-coach cannot start: the configuration is invalid.');
    for (const problem of loaded.problems) console.error(`  - ${problem}`);
    console.error('See .env.example for every variable and its meaning.');
    return 1;
  }
  const config = loaded.config;
  const consoleMode = !config.DISCORD_TOKEN;
  // In the console the log would drown the replies: only warnings and errors unless LOG_LEVEL says otherwise.
  const logger = createLogger(consoleMode && !process.env.LOG_LEVEL ? 'warn' : config.LOG_LEVEL);

  const kb = await KbHolder.load(config.KB_DIR, { logger });
  if (!kb.ok) {
    console.error(`cs-coach cannot start: the knowledge base in ${config.KB_DIR} is invalid.`);
    for (const problem of kb.problems) console.error(`  - ${formatProblem(problem)}`);
    return 1;
  }
  let store: StateStore;
  try {
    store = await openStateStore(config, logger);
  } catch (error) {
    if (!(error instanceof StateStoreOpenError)) throw error;
    console.error(`cs-coach cannot start: ${error.message}`);
    return 1;
  }
  const ctx: BotContext = { kb: kb.holder, store, logger, clock: systemClock, config, random: Math.random };
  logger.info(
    { entries: kb.holder.current().kb.entries.length, kbDir: config.KB_DIR },
    'knowledge base loaded',
  );

  // Reload without Discord: SIGHUP always, file changes when KB_WATCH=1. Same validation and logs as /kb reload.
  const reloadOnSignal = () => void reloadAndLog(kb.holder, logger, 'sighup');
  process.on('SIGHUP', reloadOnSignal);
  const watcher = config.KB_WATCH
    ? watchKnowledgeBase(config.KB_DIR, () => void reloadAndLog(kb.holder, logger, 'watcher'))
    : undefined;
  const stopReloads = () => {
    process.off('SIGHUP', reloadOnSignal);
    watcher?.close();
  };

  if (consoleMode) {
    const interactive = process.stdin.isTTY === true;
    if (interactive) console.log(CONSOLE_BANNER);
    else console.error('No DISCORD_TOKEN: console mode, reading commands from standard input.');
    const locale = localeFromEnv(process.env);
    await runConsole({
      ctx,
      commands: COMMANDS,
      input: process.stdin,
      output: process.stdout,
      interactive,
      ...(locale ? { locale } : {}),
    });
    stopReloads();
    await store.close();
    return 0;
  }

  let bot: Awaited<ReturnType<typeof startDiscordBot>>;
  try {
    bot = await startDiscordBot(ctx, COMMANDS);
  } catch (error) {
    stopReloads();
    await store.close();
    console.error(`cs-coach cannot connect to Discord: ${(error as Error).message}`);
    console.error(
      `Check DISCORD_TOKEN (Developer Portal → Bot → Reset Token), the network, and DISCORD_API_URL${config.DISCORD_API_URL ? ` (${config.DISCORD_API_URL})` : ''}.`,
    );
    return 1;
  }
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      logger.info({ signal }, 'shutting down');
      // Whatever happens, leave within 5 seconds.
      setTimeout(() => process.exit(0), 5000).unref();
      stopReloads();
      bot
        .stop()
        .then(() => store.close())
        .finally(resolve);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  return 0;
}

process.exitCode = await main();
