// `npm run deploy`: registers the slash commands (to DISCORD_GUILD_ID when set, instant; else globally), saying so in
// the operator's language (LC_ALL, LC_MESSAGES or LANG; English otherwise).
import { REST, Routes, type APIApplication } from 'discord.js';
import { COMMANDS } from '../../commands/index.js';
import { localeToLang } from '../answer/answer-question.js';
import { readConfig, type ConfigResult } from '../config.js';
import { syncCommands } from '../discord/registration.js';
import { catalog } from '../i18n/catalog.js';
import type { CliTexts } from '../i18n/en/cli.js';
import { createLogger } from '../logger.js';
import { configProblemLine } from '../render/config-problem-text.js';

async function main(loaded: ConfigResult, words: CliTexts): Promise<number> {
  if (!loaded.ok || !loaded.config.DISCORD_TOKEN) {
    console.error(words.deployNeedsToken);
    const lang = localeToLang(loaded.ok ? loaded.config.CONSOLE_LOCALE : loaded.locale) ?? 'en';
    const problems = loaded.ok ? [words.tokenNotSet] : loaded.problems.map((p) => configProblemLine(p, lang));
    for (const problem of problems) console.error(`  - ${problem}`);
    return 1;
  }
  const { config } = loaded;
  const logger = createLogger(config.LOG_LEVEL);
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(
    config.DISCORD_TOKEN!,
  );
  // The application id comes from Discord, never from decoding the token.
  const application = (await rest.get(Routes.currentApplication())) as APIApplication;
  const result = await syncCommands(
    rest,
    application.id,
    COMMANDS.map((c) => c.data),
    {
      logger,
      force: process.argv.includes('--force'),
      ...(config.DISCORD_GUILD_ID ? { guildId: config.DISCORD_GUILD_ID } : {}),
    },
  );
  console.log(words.deployed(result.changed, result.count, config.DISCORD_GUILD_ID));
  return 0;
}

const loaded = readConfig();
const words = catalog(localeToLang(loaded.ok ? loaded.config.CONSOLE_LOCALE : loaded.locale) ?? 'en').cli;
main(loaded, words).then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(words.deployFailed(error.message));
    process.exitCode = 1;
  },
);
