// The discord.js client: only the Guilds intent, no mentions by default, the REST base from DISCORD_API_URL, at most
// one callback per interaction once Discord no longer knows it, and in a shard process its shard (given here, so
// discord.js need not read the environment itself).
import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { Config } from '../config.js';
import { callbackOnce } from './callback-once.js';

export function createDiscordClient(config: Pick<Config, 'DISCORD_API_URL' | 'SHARDING'>): Client {
  const sharding = config.SHARDING;
  return new Client({
    ...(sharding.role === 'shard' ? { shards: [sharding.shardId], shardCount: sharding.shardCount } : {}),
    intents: [GatewayIntentBits.Guilds],
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    rest: {
      makeRequest: callbackOnce(),
      ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}),
    },
  });
}
