// The daily tip's poster on Discord: checks a channel's permissions and sends the tip there.
import { ChannelType, PermissionFlagsBits, ShardClientUtil, type Client } from 'discord.js';
import type { TipPoster } from '../daily-tip/tip-poster.js';
import { toDiscordMessage } from './to-discord-message.js';

const NEEDED = [
  ['ViewChannel', PermissionFlagsBits.ViewChannel],
  ['SendMessages', PermissionFlagsBits.SendMessages],
  ['EmbedLinks', PermissionFlagsBits.EmbedLinks],
] as const;

export function discordTipPoster(client: Client): TipPoster {
  const fetchChannel = (id: string) => client.channels.fetch(id).catch(() => null);
  return {
    isReady: () => client.isReady(),

    serves(guildId) {
      // The client's own shards (normalized to an array by discord.js): Discord sends a server to one of them.
      const { shards, shardCount } = client.options;
      const mine = Array.isArray(shards) ? shards : [0];
      return mine.includes(ShardClientUtil.shardIdForGuildId(guildId, shardCount ?? 1));
    },

    async guildOf(channelId) {
      const channel = await fetchChannel(channelId);
      return channel && 'guildId' in channel && channel.guildId ? channel.guildId : undefined;
    },

    async checkChannel(channelId, guildId) {
      const channel = await fetchChannel(channelId);
      if (!channel) return { code: 'not-visible' };
      if (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildAnnouncement)
        return { code: 'not-text' };
      if (channel.guildId !== guildId) return { code: 'other-server' };
      const me = client.user;
      const permissions = me ? channel.permissionsFor(me) : null;
      // Unknown permissions (member not cached): let Discord decide when posting.
      if (!permissions) return undefined;
      const missing = NEEDED.filter(([, flag]) => !permissions.has(flag)).map(([name]) => name);
      return missing.length ? { code: 'missing-permissions', permissions: missing } : undefined;
    },

    async post(channelId, reply) {
      const channel = await client.channels.fetch(channelId);
      if (!channel || !channel.isSendable())
        throw new Error(`channel ${channelId} is not a channel the bot can post in`);
      const { flags: _flags, ...message } = toDiscordMessage(reply);
      await channel.send(message);
    },
  };
}
