// Mutable world state with lookups and permission queries.
import { Perm, channelPermissions, type PermissionSubject } from './permissions.js';
import {
  defaultBot,
  defaultGuild,
  type FakeBot,
  type FakeChannel,
  type FakeGuild,
  type FakeMember,
  type FakeUser,
} from './world.js';

export interface ChannelRef {
  guild: FakeGuild;
  channel: FakeChannel;
}

export class World {
  readonly bot: FakeBot;
  readonly guilds: FakeGuild[];
  /** users known outside guilds (e.g. DM-only users) */
  readonly extraUsers = new Map<string, FakeUser>();
  /** DM channel id → user id */
  readonly dmChannels = new Map<string, string>();

  constructor(opts: { guilds?: FakeGuild[]; bot?: FakeBot } = {}) {
    this.bot = opts.bot ?? defaultBot();
    this.guilds = opts.guilds ? structuredClone(opts.guilds) : [defaultGuild()];
    for (const guild of this.guilds) this.ensureBotMember(guild);
  }

  private ensureBotMember(guild: FakeGuild): void {
    if (!guild.roles.some((r) => r.id === guild.id)) {
      throw new Error(`FakeGuild ${guild.id} needs an @everyone role whose id equals the guild id`);
    }
    if (!guild.members.some((m) => m.user.id === this.bot.user.id)) {
      guild.members.push({ user: { ...this.bot.user }, roles: [] });
    }
  }

  guild(id: string): FakeGuild | undefined {
    return this.guilds.find((g) => g.id === id);
  }

  /** Finds a channel (deleted ones too) with its guild. */
  channelRef(id: string): ChannelRef | undefined {
    for (const guild of this.guilds) {
      const channel = guild.channels.find((c) => c.id === id);
      if (channel) return { guild, channel };
    }
    return undefined;
  }

  /** Finds a channel by id or by name (first match across guilds); live ones unless includeDeleted. */
  findChannel(idOrName: string, guildId?: string, includeDeleted = false): ChannelRef | undefined {
    for (const guild of this.guilds) {
      if (guildId && guild.id !== guildId) continue;
      const channel = guild.channels.find(
        (c) => (includeDeleted || !c.deleted) && (c.id === idOrName || c.name === idOrName),
      );
      if (channel) return { guild, channel };
    }
    return undefined;
  }

  member(guild: FakeGuild, userId: string): FakeMember | undefined {
    return guild.members.find((m) => m.user.id === userId);
  }

  user(id: string): FakeUser | undefined {
    if (id === this.bot.user.id) return this.bot.user;
    for (const guild of this.guilds) {
      const m = this.member(guild, id);
      if (m) return m.user;
    }
    return this.extraUsers.get(id);
  }

  private subject(guild: FakeGuild, userId: string): PermissionSubject {
    const member = this.member(guild, userId);
    return {
      guildId: guild.id,
      ownerId: guild.ownerId,
      userId,
      roleIds: member?.roles ?? [],
      rolePermissions: new Map(guild.roles.map((r) => [r.id, r.permissions])),
    };
  }

  /** Permissions of a user in a channel (or guild-wide without a channel). */
  permissions(guild: FakeGuild, userId: string, channel?: FakeChannel): bigint {
    return channelPermissions(this.subject(guild, userId), channel?.overwrites ?? []);
  }

  botCanPost(ref: ChannelRef): boolean {
    const p = this.permissions(ref.guild, this.bot.user.id, ref.channel);
    return (p & (Perm.ViewChannel | Perm.SendMessages)) === (Perm.ViewChannel | Perm.SendMessages);
  }
}
