// Starts the Discord side: build the context whole (daily tips included), attach the router, log in, sync the
// slash commands when they differ, start the daily tips; stop cleanly.
import { Events, type Client } from 'discord.js';
import type { CommandModule } from '../bot/command.js';
import type { BaseContext, BotContext } from '../bot/context.js';
import { DailyTipService } from '../daily-tip/daily-tip-service.js';
import { discordTipPoster } from './channel-poster.js';
import { createDiscordClient } from './create-client.js';
import { createInteractionRouter, type RouterOptions } from './interaction-router.js';
import { guardRawInteractions } from './raw-interaction-guard.js';
import { syncCommands } from './registration.js';

export interface RunningBot {
  client: Client;
  /** The context every handler receives, complete before the first interaction could arrive. */
  ctx: BotContext;
  stop(): Promise<void>;
}

export async function startDiscordBot(
  base: BaseContext,
  commands: readonly CommandModule[],
  options: RouterOptions = {},
): Promise<RunningBot> {
  const { config, logger } = base;
  const client = createDiscordClient(config);
  const dailyTips = new DailyTipService(base, discordTipPoster(client));
  const ctx: BotContext = { ...base, dailyTips };
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  guardRawInteractions(client, logger);
  client.on(Events.InteractionCreate, createInteractionRouter(ctx, commands, options));
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord client warning'));

  await client.login(config.DISCORD_TOKEN);
  const readyClient = await ready;
  logger.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size }, 'connected to Discord');
  // Commands belong to the application, not to a shard: with shards, shard 0 alone registers them.
  if (config.SHARDING.role !== 'shard' || config.SHARDING.shardId === 0)
    await syncCommands(
      client.rest,
      readyClient.application.id,
      commands.map((c) => c.data),
      { logger, ...(config.DISCORD_GUILD_ID ? { guildId: config.DISCORD_GUILD_ID } : {}) },
    ).catch((err) => logger.error({ err }, 'could not register the slash commands; run "npm run deploy"'));
  // Until start() has run, the service answers from the state (status, set) and posts on demand; the clock and
  // the catch-up begin here, once the gateway is ready.
  await dailyTips.start().catch((err) => logger.error({ err }, 'could not start the daily tips'));

  return {
    client,
    ctx,
    async stop() {
      dailyTips.stop();
      await client.destroy();
      logger.info('disconnected from Discord');
    },
  };
}
