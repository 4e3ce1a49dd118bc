// Starts the Discord side: log in, sync the slash commands when they differ, route interactions; stop cleanly.
import { Events, type Client } from 'discord.js';
import type { CommandModule } from '../bot/command.js';
import type { BotContext } from '../bot/context.js';
import { DailyTipService } from '../daily-tip/daily-tip-service.js';
import { discordTipPoster } from './channel-poster.js';
import { createDiscordClient } from './create-client.js';
import { createInteractionRouter, type RouterOptions } from './interaction-router.js';
import { syncCommands } from './registration.js';

export interface RunningBot {
  client: Client;
  stop(): Promise<void>;
}

export async function startDiscordBot(
  ctx: BotContext,
  commands: readonly CommandModule[],
  options: RouterOptions = {},
): Promise<RunningBot> {
  const { config, logger } = ctx;
  const client = createDiscordClient(config);
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  client.on(Events.InteractionCreate, createInteractionRouter(ctx, commands, options));
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));

  await client.login(config.DISCORD_TOKEN);
  const readyClient = await ready;
  logger.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size }, 'connected to Discord');
  await syncCommands(
    client.rest,
    readyClient.application.id,
    commands.map((c) => c.data),
    { logger, ...(config.DISCORD_GUILD_ID ? { guildId: config.DISCORD_GUILD_ID } : {}) },
  ).catch((err) => logger.error({ err }, 'could not register the slash commands; run "npm run deploy"'));

  const dailyTips = new DailyTipService(ctx, discordTipPoster(client));
  ctx.dailyTips = dailyTips;
  await dailyTips.start().catch((err) => logger.error({ err }, 'could not start the daily tips'));

  return {
    client,
    async stop() {
      dailyTips.stop();
      await client.destroy();
      logger.info('disconnected from Discord');
    },
  };
}
