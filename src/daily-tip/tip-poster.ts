// What the daily tip needs from a chat platform: post to a channel, check a channel, know whether it is connected.
import type { Reply } from '../render/reply.js';
import type { ChannelProblem } from './daily-tips.js';

export interface TipPoster {
  /** Whether the connection is up; a scheduled run while it is down is retried at the next run. */
  isReady(): boolean;
  /** Whether this process posts for the server: with shards, only the shard that owns the server does. */
  serves(guildId: string): boolean;
  /** The server a channel belongs to, or undefined when the channel cannot be seen. */
  guildOf(channelId: string): Promise<string | undefined>;
  /** Why the bot cannot post in the channel of that server, or undefined when it can. */
  checkChannel(channelId: string, guildId: string): Promise<ChannelProblem | undefined>;
  /** Posts; throws an Error whose message says what went wrong (deleted channel, missing permission, …). */
  post(channelId: string, reply: Reply): Promise<void>;
}
