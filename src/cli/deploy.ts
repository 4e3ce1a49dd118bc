// `npm run deploy`: registers the slash commands (to DISCORD_GUILD_ID when set, instant; else globally).
import { REST, Routes, type APIApplication } from 'discord.js';
import { COMMANDS } from '../../commands/index.js';
import { readConfig } from '../config.js';
import { syncCommands } from '../discord/registration.js';
import { createLogger } from '../logger.js';

async function main(): Promise<number> {
  const loaded = readConfig();
  if (!loaded.ok || !loaded.config.DISCORD_TOKEN) {
    console.error('npm run deploy needs a valid configuration with DISCORD_TOKEN:');
    for (const problem of loaded.ok ? ['DISCORD_TOKEN: not set'] : loaded.problems)
      console.error(`  - ${problem}`);
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
  console.log(
    `${result.changed ? 'Registered' : 'Already up to date:'} ${result.count} commands ${config.DISCORD_GUILD_ID ? `in server ${config.DISCORD_GUILD_ID}` : 'globally (may take up to an hour to show)'}.`,
  );
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(`Could not register the commands: ${error.message}`);
    process.exitCode = 1;
  },
);
