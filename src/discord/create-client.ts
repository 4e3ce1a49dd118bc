// The discord.js client: only the Guilds intent, no mentions by default, the REST base from DISCORD_API_URL, at most
// one callback per interaction once Discord no longer knows it, caches limited to what the bot reads (channels and
// its own member for posting; nothing of messages or other users), and in a shard process its shard (given here, so
// discord.js need not read the environment itself).
import { Client, GatewayIntentBits, Options, Partials, type GuildMember, type User } from 'discord.js';
import type { Config } from '../config.js';
import { callbackOnce } from './callback-once.js';

/** Members and users seen in interactions: the bot reads them from each payload, never from the cache. */
const PEOPLE_KEPT = 100;

/**
 * How often the REST client drops its idle request handlers (discord.js: every hour). Each deferred answer's edit
 * or follow-up goes to /webhooks/<app>/<interaction token>, a route of its own with a handler of its own, which is
 * of no use once the token expires (15 minutes); swept hourly they stayed one to two hours, token and all.
 */
export const REST_HANDLER_SWEEP_MS = 10 * 60_000;

export function createDiscordClient(config: Pick<Config, 'DISCORD_API_URL' | 'SHARDING'>): Client {
  const sharding = config.SHARDING;
  return new Client({
    ...(sharding.role === 'shard' ? { shards: [sharding.shardId], shardCount: sharding.shardCount } : {}),
    intents: [GatewayIntentBits.Guilds],
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    // Every interaction would otherwise add its user and member for good: memory that grows with the team.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      ReactionManager: 0,
      ThreadMemberManager: 0,
      // The bot's own member stays: posting checks its permissions in the channel.
      GuildMemberManager: {
        maxSize: PEOPLE_KEPT,
        keepOverLimit: (member: GuildMember) => member.id === member.client.user.id,
      },
      UserManager: {
        maxSize: PEOPLE_KEPT,
        keepOverLimit: (user: User) => user.id === user.client.user.id,
      },
    }),
    rest: {
      makeRequest: callbackOnce(),
      handlerSweepInterval: REST_HANDLER_SWEEP_MS,
      ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}),
    },
  });
}
