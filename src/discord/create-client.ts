// The discord.js client: only the Guilds intent, no mentions by default, and the REST base from DISCORD_API_URL.
import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { Config } from '../config.js';

export function createDiscordClient(config: Pick<Config, 'DISCORD_API_URL'>): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    ...(config.DISCORD_API_URL ? { rest: { api: config.DISCORD_API_URL } } : {}),
  });
}
