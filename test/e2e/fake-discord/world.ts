// The fake's world model: users, roles, channels, members, guilds; and the
// default world every FakeDiscord starts with unless told otherwise.
import { DEFAULT_EVERYONE_PERMISSIONS, Perm, type Overwrite } from './permissions.js';
import { SnowflakeGenerator, fixtureIds } from './snowflake.js';

export interface FakeUser {
  id: string;
  username: string;
  globalName?: string | null;
  bot?: boolean;
  /** user's client locale, used as the default interaction locale */
  locale?: string;
}

export interface FakeRole {
  id: string;
  name: string;
  permissions: bigint;
  position: number;
  color?: number;
  hoist?: boolean;
  mentionable?: boolean;
  /** managed roles: the bot's own integration role */
  botId?: string;
}

export interface FakeMember {
  user: FakeUser;
  /** role ids, without @everyone */
  roles: string[];
  nick?: string | null;
  joinedAt?: string;
}

/** 0 text, 2 voice, 4 category, 5 announcement, 15 forum */
export type FakeChannelType = 0 | 2 | 4 | 5 | 15;

export interface FakeChannel {
  id: string;
  name: string;
  type: FakeChannelType;
  position: number;
  topic?: string | null;
  parentId?: string | null;
  overwrites: Overwrite[];
  /** Deleted channels are gone from the guild and answer 404 Unknown Channel. */
  deleted?: boolean;
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  preferredLocale: string;
  /** must include the @everyone role whose id equals the guild id */
  roles: FakeRole[];
  channels: FakeChannel[];
  members: FakeMember[];
  features?: string[];
  /** guilds marked unavailable are listed in READY but get no GUILD_CREATE */
  unavailable?: boolean;
}

export interface FakeBot {
  user: FakeUser;
  applicationId: string;
  applicationName: string;
  /** application flags sent in READY (e.g. GatewayMessageContentLimited) */
  applicationFlags: number;
}

/** Ids of everything in the default world; stable across runs. */
export interface DefaultIds {
  botUserId: string;
  applicationId: string;
  guildId: string;
  everyoneRoleId: string;
  adminRoleId: string;
  botRoleId: string;
  generalChannelId: string;
  tipsChannelId: string;
  adminUserId: string;
  memberUserId: string;
}

function buildDefaultIds(): DefaultIds {
  const gen = fixtureIds();
  const botUserId = gen.next();
  const guildId = gen.next();
  return {
    botUserId,
    applicationId: botUserId, // modern apps: application id == bot user id
    guildId,
    everyoneRoleId: guildId, // Discord: @everyone role id == guild id
    adminRoleId: gen.next(),
    botRoleId: gen.next(),
    generalChannelId: gen.next(),
    tipsChannelId: gen.next(),
    adminUserId: gen.next(),
    memberUserId: gen.next(),
  };
}

export const DEFAULT_IDS: Readonly<DefaultIds> = Object.freeze(buildDefaultIds());

export const BOT_PERMISSIONS =
  Perm.ViewChannel |
  Perm.SendMessages |
  Perm.EmbedLinks |
  Perm.AttachFiles |
  Perm.ReadMessageHistory |
  Perm.AddReactions |
  Perm.UseExternalEmojis |
  Perm.UseApplicationCommands |
  Perm.SendMessagesInThreads;

export const ADMIN_PERMISSIONS =
  Perm.ManageGuild |
  Perm.ManageChannels |
  Perm.ManageRoles |
  Perm.ManageMessages |
  Perm.KickMembers |
  Perm.ViewAuditLog;

export function defaultBot(): FakeBot {
  return {
    user: { id: DEFAULT_IDS.botUserId, username: 'cs-coach', globalName: null, bot: true },
    applicationId: DEFAULT_IDS.applicationId,
    applicationName: 'cs-coach',
    // GatewayMessageContentLimited (1 << 19): the bot has not been granted the privileged intent
    applicationFlags: 1 << 19,
  };
}

/** A fresh copy of the default guild (mutable; each FakeDiscord gets its own). */
export function defaultGuild(): FakeGuild {
  const ids = DEFAULT_IDS;
  const joinedAt = '2024-01-01T00:00:00.000Z';
  const bot = defaultBot().user;
  return {
    id: ids.guildId,
    name: 'Support Team',
    ownerId: ids.adminUserId,
    preferredLocale: 'en-US',
    roles: [
      { id: ids.everyoneRoleId, name: '@everyone', permissions: DEFAULT_EVERYONE_PERMISSIONS, position: 0 },
      { id: ids.botRoleId, name: 'cs-coach', permissions: BOT_PERMISSIONS, position: 1, botId: bot.id },
      { id: ids.adminRoleId, name: 'Admin', permissions: ADMIN_PERMISSIONS, position: 2, hoist: true },
    ],
    channels: [
      { id: ids.generalChannelId, name: 'general', type: 0, position: 0, topic: null, overwrites: [] },
      { id: ids.tipsChannelId, name: 'tips', type: 0, position: 1, topic: 'Daily tips', overwrites: [] },
    ],
    members: [
      { user: { ...bot }, roles: [ids.botRoleId], joinedAt },
      {
        user: { id: ids.adminUserId, username: 'alice_admin', globalName: 'Alice', locale: 'en-US' },
        roles: [ids.adminRoleId],
        joinedAt,
      },
      {
        user: { id: ids.memberUserId, username: 'bob_agent', globalName: 'Bob', locale: 'en-US' },
        roles: [],
        joinedAt,
      },
    ],
  };
}

const customIds = new SnowflakeGenerator(() => Date.UTC(2024, 1, 1));

/** A new unique fixture id, for building custom guilds/users/channels. */
export function newFixtureId(): string {
  return customIds.next();
}

/** A new unique fixture id whose guild lands on `shard` of `shardCount` (Discord: `(id >> 22) % shardCount`). */
export function newFixtureIdOnShard(shard: number, shardCount: number): string {
  const base = BigInt(newFixtureId());
  const count = BigInt(shardCount);
  const time = base >> 22n;
  // Moving the time part by under shardCount ms keeps the id unique: its 22-bit tail is unique already.
  const moved = time + ((BigInt(shard) - (time % count) + count) % count);
  return ((moved << 22n) | (base & 0x3f_ffffn)).toString();
}

/**
 * Builds a minimal extra guild (with @everyone, the bot member and the given
 * text channels) for tests that need several guilds.
 */
export function makeGuild(opts: {
  name: string;
  channels?: string[];
  bot?: FakeUser;
  ownerId?: string;
  /** The guild's id (default: a new fixture id), e.g. newFixtureIdOnShard(1, 2). */
  id?: string;
}): FakeGuild {
  const id = opts.id ?? newFixtureId();
  const bot = opts.bot ?? defaultBot().user;
  return {
    id,
    name: opts.name,
    ownerId: opts.ownerId ?? newFixtureId(),
    preferredLocale: 'en-US',
    roles: [{ id, name: '@everyone', permissions: DEFAULT_EVERYONE_PERMISSIONS, position: 0 }],
    channels: (opts.channels ?? ['general']).map((name, position) => ({
      id: newFixtureId(),
      name,
      type: 0 as const,
      position,
      overwrites: [],
    })),
    members: [{ user: { ...bot }, roles: [] }],
  };
}
