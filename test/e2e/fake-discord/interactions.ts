// INTERACTION_CREATE payload builders producing complete v10 payloads, the
// way Discord sends them to a guild-installed bot (or in a DM with it).
import { randomBytes } from 'node:crypto';
import type { APIBaseInteraction, APIInteractionDataResolved, InteractionType } from 'discord.js';
import type { CommandStore, StoredCommand } from './commands.js';
import type { MessageStore, StoredMessage } from './messages.js';
import { apiInteractionMember, apiResolvedChannel, apiRole, apiUser } from './serialize.js';
import type { SnowflakeGenerator } from './snowflake.js';
import type { World } from './world-state.js';
import { DEFAULT_IDS, type FakeChannel, type FakeGuild, type FakeMember, type FakeUser } from './world.js';

type Json = Record<string, unknown>;

/** Who clicks/types: the default world's 'admin' or 'member', a user id, or an ad-hoc user. */
export type UserRef = 'admin' | 'member' | string | FakeUser;

export interface CommonInteractionOptions {
  /** default 'member' */
  user?: UserRef;
  /** the user's client locale, e.g. 'pl', 'en-US', 'ru' (default: the user's locale, else 'en-US') */
  locale?: string;
  /** default: the first guild; ignored when dm is true */
  guildId?: string;
  /** channel id or name (default: "general", else the guild's first text channel) */
  channelId?: string;
  /** send as a DM with the bot (no guild, `user` instead of `member`) */
  dm?: boolean;
}

/** One option as Discord sends it; `type` may be omitted if the command was registered. */
export interface CommandOptionInput {
  name: string;
  type?: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: CommandOptionInput[];
}

export type OptionsInput = CommandOptionInput[] | Record<string, string | number | boolean>;

export interface SlashCommandOptions extends CommonInteractionOptions {
  name: string;
  options?: OptionsInput;
  subcommand?: string;
  subcommandGroup?: string;
  /** extra entries for data.resolved (attachments, ...) */
  resolved?: APIInteractionDataResolved;
}

export interface AutocompleteOptions extends SlashCommandOptions {
  /** name of the focused option (alternative to `focused: true` in the option list) */
  focused?: string;
}

export interface ComponentOptions extends CommonInteractionOptions {
  customId: string;
  /** id of a message stored in the fake (e.g. one the bot posted); otherwise a fixture message is made */
  messageId?: string;
}

export interface StringSelectOptions extends ComponentOptions {
  values: string[];
}

export interface ModalSubmitOptions extends CommonInteractionOptions {
  customId: string;
  /** The text inputs' values by custom_id, in the modal's order. */
  fields: Record<string, string>;
  /** The message whose component opened the modal, if any (Discord then sends it along). */
  messageId?: string;
}

export interface BuiltInteraction {
  id: string;
  token: string;
  type: number;
  payload: Json;
  guildId: string | null;
  channelId: string;
  userId: string;
  sourceMessageId?: string;
}

export interface InteractionDeps {
  world: World;
  commands: CommandStore;
  messages: MessageStore;
  ids: SnowflakeGenerator;
}

type BaseFields = Omit<APIBaseInteraction<InteractionType, unknown>, 'type' | 'data' | 'message'>;

interface Context {
  guild: FakeGuild | null;
  channel: FakeChannel | null;
  dmChannelId: string | null;
  member: FakeMember | null;
  user: FakeUser;
  locale: string;
}

const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

export class InteractionFactory {
  constructor(private readonly deps: InteractionDeps) {}

  slashCommand(opts: SlashCommandOptions): BuiltInteraction {
    const ctx = this.context(opts);
    const command = this.deps.commands.find(opts.name, ctx.guild?.id ?? null);
    const options = this.commandOptions(opts, command, false);
    return this.build(ctx, 2, { data: this.commandData(opts, command, options, ctx) });
  }

  autocomplete(opts: AutocompleteOptions): BuiltInteraction {
    const ctx = this.context(opts);
    const command = this.deps.commands.find(opts.name, ctx.guild?.id ?? null);
    const options = this.commandOptions(opts, command, true);
    const leaves = flatLeaves(options);
    if (opts.focused) {
      const target = leaves.find((o) => o.name === opts.focused);
      if (!target) throw new Error(`FakeDiscord.autocomplete: no option named "${opts.focused}"`);
      target.focused = true;
    } else if (!leaves.some((o) => o.focused) && leaves.length === 1 && leaves[0]) {
      leaves[0].focused = true;
    }
    if (leaves.filter((o) => o.focused).length !== 1) {
      throw new Error(
        'FakeDiscord.autocomplete: exactly one option must be focused (set focused: true or pass focused: "<name>")',
      );
    }
    // Discord sends the partially typed text of the focused option as a string
    for (const o of leaves) if (o.focused && o.value !== undefined) o.value = String(o.value);
    const data = this.commandData(opts, command, options, ctx);
    delete data.resolved;
    return this.build(ctx, 4, { data });
  }

  button(opts: ComponentOptions): BuiltInteraction {
    const ctx = this.context(opts);
    const message = this.sourceMessage(ctx, opts.messageId, {
      type: 2,
      style: 1,
      label: opts.customId,
      custom_id: opts.customId,
    });
    return this.build(
      ctx,
      3,
      { data: { custom_id: opts.customId, component_type: 2 }, message: message.message },
      message.id,
    );
  }

  stringSelect(opts: StringSelectOptions): BuiltInteraction {
    const ctx = this.context(opts);
    const message = this.sourceMessage(ctx, opts.messageId, {
      type: 3,
      custom_id: opts.customId,
      options: opts.values.map((v) => ({ label: v, value: v })),
      min_values: 1,
      max_values: Math.max(1, opts.values.length),
    });
    return this.build(
      ctx,
      3,
      {
        data: { custom_id: opts.customId, component_type: 3, values: [...opts.values] },
        message: message.message,
      },
      message.id,
    );
  }

  /** MODAL_SUBMIT (type 5): the submitted text inputs, one action row each, as Discord sends them. */
  modalSubmit(opts: ModalSubmitOptions): BuiltInteraction {
    const ctx = this.context(opts);
    const components = Object.entries(opts.fields).map(([customId, value]) => ({
      type: 1,
      components: [{ type: 4, custom_id: customId, value }],
    }));
    const message = opts.messageId ? this.deps.messages.get(opts.messageId) : undefined;
    return this.build(
      ctx,
      5,
      {
        data: { custom_id: opts.customId, components },
        ...(message ? { message: message.message } : {}),
      },
      message?.id,
    );
  }

  // ---- helpers ----

  private context(opts: CommonInteractionOptions): Context {
    const { world } = this.deps;
    if (opts.dm) {
      const user = this.resolveUser(opts.user ?? 'member', null);
      let dmChannelId = [...world.dmChannels.entries()].find(([, uid]) => uid === user.id)?.[0];
      if (!dmChannelId) {
        dmChannelId = this.deps.ids.next();
        world.dmChannels.set(dmChannelId, user.id);
      }
      return {
        guild: null,
        channel: null,
        dmChannelId,
        member: null,
        user,
        locale: opts.locale ?? user.locale ?? 'en-US',
      };
    }
    // a channel id without guildId picks the channel's guild
    const byChannel = !opts.guildId && opts.channelId ? world.findChannel(opts.channelId)?.guild : undefined;
    const guild = opts.guildId ? world.guild(opts.guildId) : (byChannel ?? world.guilds[0]);
    if (!guild) throw new Error(`FakeDiscord: unknown guild ${opts.guildId ?? '(none configured)'}`);
    const firstText = guild.channels.find((c) => !c.deleted && c.type === 0);
    const ref = opts.channelId
      ? world.findChannel(opts.channelId, guild.id)
      : (world.findChannel('general', guild.id) ?? (firstText ? { guild, channel: firstText } : undefined));
    if (!ref)
      throw new Error(`FakeDiscord: no channel "${opts.channelId ?? 'general'}" in guild ${guild.id}`);
    const user = this.resolveUser(opts.user ?? 'member', guild);
    const member = world.member(guild, user.id) ?? { user, roles: [] };
    return {
      guild,
      channel: ref.channel,
      dmChannelId: null,
      member,
      user,
      locale: opts.locale ?? user.locale ?? 'en-US',
    };
  }

  private resolveUser(ref: UserRef, guild: FakeGuild | null): FakeUser {
    const { world } = this.deps;
    if (typeof ref === 'object') {
      if (!world.user(ref.id)) world.extraUsers.set(ref.id, ref);
      return world.user(ref.id) ?? ref;
    }
    const id = ref === 'admin' ? DEFAULT_IDS.adminUserId : ref === 'member' ? DEFAULT_IDS.memberUserId : ref;
    const user = (guild ? world.member(guild, id)?.user : undefined) ?? world.user(id);
    if (!user)
      throw new Error(
        `FakeDiscord: unknown user "${ref}" (not in the world; pass a FakeUser object for ad-hoc users)`,
      );
    return user;
  }

  private build(
    ctx: Context,
    type: number,
    extra: { data: Json; message?: unknown },
    sourceMessageId?: string,
  ): BuiltInteraction {
    const { world, ids } = this.deps;
    const id = ids.next();
    const token = `aW50ZXJhY3Rpb24${randomBytes(24).toString('base64url')}`;
    const channelId = ctx.channel?.id ?? (ctx.dmChannelId as string);
    const base: BaseFields = {
      id,
      application_id: world.bot.applicationId,
      token,
      version: 1,
      app_permissions: ctx.guild
        ? world.permissions(ctx.guild, world.bot.user.id, ctx.channel ?? undefined).toString()
        : '0',
      locale: ctx.locale as never,
      entitlements: [],
      authorizing_integration_owners: { 0: ctx.guild?.id ?? '0' },
      context: (ctx.guild ? 0 : 1) as never,
      attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
      channel_id: channelId,
      ...(ctx.guild && ctx.channel && ctx.member
        ? {
            guild_id: ctx.guild.id,
            guild: {
              id: ctx.guild.id,
              locale: ctx.guild.preferredLocale as never,
              features: [...(ctx.guild.features ?? [])] as never,
            },
            guild_locale: ctx.guild.preferredLocale as never,
            channel: apiResolvedChannel(world, ctx.guild, ctx.channel, ctx.user.id) as never,
            member: apiInteractionMember(world, ctx.guild, ctx.member, ctx.channel),
          }
        : {
            user: apiUser(ctx.user),
            channel: {
              id: channelId,
              type: 1,
              flags: 0,
              last_message_id: null,
              recipients: [apiUser(ctx.user)],
            } as never,
          }),
    };
    const payload: Json = { ...base, type, ...extra };
    return {
      id,
      token,
      type,
      payload,
      guildId: ctx.guild?.id ?? null,
      channelId,
      userId: ctx.user.id,
      ...(sourceMessageId ? { sourceMessageId } : {}),
    };
  }

  private commandData(
    opts: SlashCommandOptions,
    command: StoredCommand | undefined,
    options: CommandOptionInput[],
    ctx: Context,
  ): Json {
    const resolved = this.resolved(flatLeaves(options), ctx, opts.resolved);
    return {
      id: command?.id ?? this.deps.ids.next(),
      name: opts.name,
      type: 1,
      ...(command?.guild_id ? { guild_id: command.guild_id } : {}),
      ...(options.length > 0 ? { options } : {}),
      ...(resolved ? { resolved } : {}),
    };
  }

  /** Turns the input into Discord's option tree, wrapping in subcommand (group) and filling types. */
  private commandOptions(
    opts: SlashCommandOptions,
    command: StoredCommand | undefined,
    autocomplete: boolean,
  ): CommandOptionInput[] {
    let defs = (command?.options as Json[] | undefined) ?? [];
    const path: { name: string; type: number }[] = [];
    if (opts.subcommandGroup) {
      path.push({ name: opts.subcommandGroup, type: 2 });
      defs = (defs.find((d) => d.name === opts.subcommandGroup)?.options as Json[] | undefined) ?? [];
    }
    if (opts.subcommand) {
      path.push({ name: opts.subcommand, type: 1 });
      defs = (defs.find((d) => d.name === opts.subcommand)?.options as Json[] | undefined) ?? [];
    }
    const input: CommandOptionInput[] = Array.isArray(opts.options)
      ? structuredClone(opts.options)
      : Object.entries(opts.options ?? {}).map(([name, value]) => ({ name, value }));
    const leaves = input.map((o) => {
      const def = defs.find((d) => d.name === o.name);
      const type = o.type ?? (typeof def?.type === 'number' ? def.type : inferType(o.value));
      const out: CommandOptionInput = { name: o.name, type };
      if (o.value !== undefined) out.value = o.value;
      if (o.options) out.options = o.options;
      if (o.focused) out.focused = true;
      if (!autocomplete && out.focused) delete out.focused;
      return out;
    });
    let tree: CommandOptionInput[] = leaves;
    for (const level of [...path].reverse()) tree = [{ name: level.name, type: level.type, options: tree }];
    return tree;
  }

  private resolved(
    options: CommandOptionInput[],
    ctx: Context,
    extra?: APIInteractionDataResolved,
  ): Json | undefined {
    const { world } = this.deps;
    const out: Required<Record<'users' | 'members' | 'roles' | 'channels', Record<string, unknown>>> = {
      users: {},
      members: {},
      roles: {},
      channels: {},
    };
    for (const o of options) {
      const value = String(o.value ?? '');
      if (o.type === 6 || o.type === 9) {
        const user = world.user(value);
        if (user) {
          out.users[value] = apiUser(user);
          const member = ctx.guild ? world.member(ctx.guild, value) : undefined;
          if (member && ctx.guild) {
            const { user: _u, ...rest } = apiInteractionMember(
              world,
              ctx.guild,
              member,
              ctx.channel ?? undefined,
            );
            out.members[value] = rest;
          }
        }
      }
      if ((o.type === 8 || o.type === 9) && ctx.guild) {
        const role = ctx.guild.roles.find((r) => r.id === value);
        if (role) out.roles[value] = apiRole(role);
      }
      if (o.type === 7 && ctx.guild) {
        const channel = ctx.guild.channels.find((c) => c.id === value);
        if (channel) out.channels[value] = apiResolvedChannel(world, ctx.guild, channel, ctx.user.id);
      }
    }
    const merged: Json = {};
    for (const [key, map] of Object.entries({ ...out, ...(extra ?? {}) })) {
      const combined = { ...((out as Json)[key] as Json | undefined), ...(map as Json) };
      if (Object.keys(combined).length > 0) merged[key] = combined;
    }
    return Object.keys(merged).length > 0 ? merged : undefined;
  }

  /** The message a component sits on: a stored one, or a new fixture message from the bot. */
  private sourceMessage(ctx: Context, messageId: string | undefined, component: Json): StoredMessage {
    const { messages, world } = this.deps;
    if (messageId) {
      const stored = messages.get(messageId);
      if (!stored)
        throw new Error(
          `FakeDiscord: no stored message ${messageId} (use an id the bot posted, or omit messageId)`,
        );
      return stored;
    }
    const channelId = ctx.channel?.id ?? (ctx.dmChannelId as string);
    const stored = messages.create({
      channelId,
      guildId: ctx.guild?.id ?? null,
      author: apiUser(world.bot.user),
      body: { content: 'fixture message', components: [{ type: 1, components: [component] }] },
      files: [],
      source: 'fixture',
    });
    return stored;
  }
}

function inferType(value: unknown): number {
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'number') return Number.isInteger(value) ? 4 : 10;
  return 3;
}

function flatLeaves(options: CommandOptionInput[]): CommandOptionInput[] {
  return options.flatMap((o) => (o.type === 1 || o.type === 2 ? flatLeaves(o.options ?? []) : [o]));
}
