// World model → Discord API objects (v10 shapes, as discord.js 14 expects them).
import type {
  APIApplication,
  APIGuild,
  APIGuildMember,
  APIInteractionDataResolvedChannel,
  APIInteractionGuildMember,
  APIRole,
  APIUser,
  GatewayGuildCreateDispatchData,
} from 'discord.js';
import type { World } from './world-state.js';
import type { FakeChannel, FakeGuild, FakeMember, FakeRole, FakeUser } from './world.js';

const EPOCH_ISO = '2024-01-01T00:00:00.000Z';

// discord-api-types models enums as TS enums; the fake works with plain numbers.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
/** 0 for bit-flag enum fields (UserFlags, RoleFlags, ...), which TS won't take as a literal. */
const NO_FLAGS = 0 as never;

export function apiUser(u: FakeUser): APIUser {
  return {
    id: u.id,
    username: u.username,
    discriminator: '0',
    global_name: u.globalName ?? null,
    avatar: null,
    bot: u.bot ?? false,
    system: false,
    banner: null,
    accent_color: null,
    public_flags: NO_FLAGS,
    flags: NO_FLAGS,
    avatar_decoration_data: null,
    collectibles: null,
    primary_guild: null,
  };
}

export function apiRole(r: FakeRole): APIRole {
  const color = r.color ?? 0;
  return {
    id: r.id,
    name: r.name,
    color,
    colors: { primary_color: color, secondary_color: null, tertiary_color: null },
    hoist: r.hoist ?? false,
    icon: null,
    unicode_emoji: null,
    position: r.position,
    permissions: r.permissions.toString(),
    managed: r.botId !== undefined,
    mentionable: r.mentionable ?? false,
    flags: NO_FLAGS,
    ...(r.botId !== undefined ? { tags: { bot_id: r.botId } } : {}),
  };
}

export function apiMember(m: FakeMember): APIGuildMember {
  return {
    user: apiUser(m.user),
    nick: m.nick ?? null,
    avatar: null,
    banner: null,
    roles: [...m.roles],
    joined_at: m.joinedAt ?? EPOCH_ISO,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: NO_FLAGS,
    pending: false,
    communication_disabled_until: null,
  };
}

/** Member as sent inside interactions: adds the computed `permissions` string. */
export function apiInteractionMember(
  world: World,
  guild: FakeGuild,
  m: FakeMember,
  channel?: FakeChannel,
): APIInteractionGuildMember {
  return {
    ...apiMember(m),
    user: apiUser(m.user),
    permissions: world.permissions(guild, m.user.id, channel).toString(),
  };
}

export function apiChannel(
  guild: FakeGuild,
  c: FakeChannel,
  lastMessageId: string | null = null,
): Record<string, unknown> {
  const base = {
    id: c.id,
    type: c.type,
    guild_id: guild.id,
    name: c.name,
    position: c.position,
    flags: 0,
    parent_id: c.parentId ?? null,
    permission_overwrites: c.overwrites.map((o) => ({
      id: o.id,
      type: o.type,
      allow: o.allow.toString(),
      deny: o.deny.toString(),
    })),
  };
  if (c.type === 4) return base;
  return {
    ...base,
    nsfw: false,
    topic: c.topic ?? null,
    last_message_id: lastMessageId,
    rate_limit_per_user: 0,
    ...(c.type === 2 ? { bitrate: 64000, user_limit: 0, rtc_region: null } : {}),
  };
}

/** Channel as it appears in `resolved.channels` / interaction `channel` (with permissions). */
export function apiResolvedChannel(
  world: World,
  guild: FakeGuild,
  c: FakeChannel,
  userId: string,
): APIInteractionDataResolvedChannel {
  return {
    ...(apiChannel(guild, c) as Loose),
    permissions: world.permissions(guild, userId, c).toString(),
  };
}

export function apiGuild(world: World, g: FakeGuild): APIGuild {
  const general = g.channels.find((c) => !c.deleted && c.type === 0);
  return {
    id: g.id,
    name: g.name,
    icon: null,
    icon_hash: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: g.ownerId,
    region: 'deprecated',
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: 1,
    default_message_notifications: 1,
    explicit_content_filter: 2,
    roles: g.roles.map(apiRole),
    emojis: [],
    stickers: [],
    features: [...(g.features ?? [])] as Loose,
    mfa_level: 0,
    application_id: null,
    system_channel_id: general?.id ?? null,
    system_channel_flags: NO_FLAGS,
    rules_channel_id: null,
    max_presences: null,
    max_members: 500000,
    vanity_url_code: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: g.preferredLocale as Loose,
    public_updates_channel_id: null,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    // `locale` is not sent by Discord on REST guild objects, but the type wants it
    locale: g.preferredLocale as Loose,
  } as APIGuild;
}

/** GUILD_CREATE payload: the guild plus channels, members, etc. */
export function gatewayGuild(
  world: World,
  g: FakeGuild,
  lastMessageId: (channelId: string) => string | null,
): GatewayGuildCreateDispatchData {
  const botMember = world.member(g, world.bot.user.id);
  return {
    ...apiGuild(world, g),
    joined_at: botMember?.joinedAt ?? EPOCH_ISO,
    large: false,
    unavailable: false,
    member_count: g.members.length,
    voice_states: [],
    members: g.members.map(apiMember),
    channels: g.channels.filter((c) => !c.deleted).map((c) => apiChannel(g, c, lastMessageId(c.id)) as Loose),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export function apiApplication(world: World): APIApplication {
  const ownerId = world.guilds[0]?.ownerId;
  const owner = apiUser(
    (ownerId ? world.user(ownerId) : undefined) ?? { id: ownerId ?? '0', username: 'owner' },
  );
  return {
    id: world.bot.applicationId,
    name: world.bot.applicationName,
    icon: null,
    description: '',
    rpc_origins: [],
    bot_public: false,
    bot_require_code_grant: false,
    bot: apiUser(world.bot.user),
    owner,
    summary: '',
    verify_key: '0'.repeat(64),
    team: null,
    flags: world.bot.applicationFlags as never,
    flags_new: String(world.bot.applicationFlags),
    approximate_guild_count: world.guilds.length,
    approximate_user_install_count: 0,
    redirect_uris: [],
    interactions_endpoint_url: null,
    role_connections_verification_url: null,
    event_webhooks_url: null,
    event_webhooks_status: 1 as never,
    integration_types_config: { 0: {} },
  };
}
