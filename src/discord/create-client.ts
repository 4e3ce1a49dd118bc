// The discord.js client: only the Guilds intent, no mentions by default, the REST base from DISCORD_API_URL, and at
// most one callback per interaction once Discord no longer knows it.
import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { Config } from '../config.js';
import { callbackOnce } from './callback-once.js';

export function createDiscordClient(config: Pick<Config, 'DISCORD_API_URL'>): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    rest: {
      makeRequest: callbackOnce(),
      ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}),
    },
  });
}
