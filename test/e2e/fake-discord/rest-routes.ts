// The REST API surface a discord.js bot uses, under /api/v10 (and v9).
import type { APIUser } from 'discord.js';
import { Errors, type HttpResult, type UploadedFile } from './http.js';
import type { CallbackEvent, InteractionRecord } from './interaction-store.js';
import type { StoredMessage } from './messages.js';
import { Perm } from './permissions.js';
import type { RecordedFile } from './request-log.js';
import type { Route, RouteRequest } from './router.js';
import { apiApplication, apiChannel, apiGuild, apiMember, apiRole, apiUser } from './serialize.js';
import type { FakeState } from './state.js';
import {
  validateAutocompleteChoices,
  validateModal,
  validateCommand,
  validateCommandList,
  validateMessage,
} from './validation.js';
import type { ChannelRef } from './world-state.js';

type Json = Record<string, unknown>;

const json = (body: unknown, status = 200): HttpResult => ({ status, body });
const noContent = (): HttpResult => ({ status: 204 });
const asObj = (v: unknown): Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : {};
const fileInfo = (files: UploadedFile[]): RecordedFile[] =>
  files.map(({ field, name, contentType, size }) => ({ field, name, contentType, size }));

export function buildRoutes(state: FakeState): Route[] {
  const { world } = state;
  const routes: Route[] = [];
  const add = (method: string, pattern: string, handle: Route['handle'], auth = true) =>
    routes.push({ method, pattern, handle, auth });

  const botUser = (): APIUser => apiUser(world.bot.user);
  const checkApp = (appId: string | undefined) => {
    if (appId !== world.bot.applicationId) throw Errors.unknownApplication();
  };
  const guildOf = (guildId: string | undefined) => {
    const guild = guildId ? world.guild(guildId) : undefined;
    if (!guild) throw Errors.unknownGuild();
    return guild;
  };
  /** A channel the bot can see, or the right error. */
  const visibleChannel = (channelId: string | undefined): ChannelRef | { dmUserId: string } => {
    const id = channelId ?? '';
    const dmUserId = world.dmChannels.get(id);
    if (dmUserId) return { dmUserId };
    const ref = world.channelRef(id);
    if (!ref || ref.channel.deleted) throw Errors.unknownChannel();
    if (!(world.permissions(ref.guild, world.bot.user.id, ref.channel) & Perm.ViewChannel))
      throw Errors.missingAccess();
    return ref;
  };
  const channelJson = (ref: ChannelRef | { dmUserId: string }, id: string): Json => {
    if ('dmUserId' in ref) {
      const user = world.user(ref.dmUserId);
      return {
        id,
        type: 1,
        flags: 0,
        last_message_id: state.messages.lastMessageId(id),
        recipients: user ? [apiUser(user)] : [],
      };
    }
    return apiChannel(ref.guild, ref.channel, state.messages.lastMessageId(id));
  };
  const channelMessage = (req: RouteRequest): StoredMessage => {
    visibleChannel(req.params.channelId);
    const stored = state.messages.get(req.params.messageId ?? '');
    if (!stored || stored.deleted || stored.channelId !== req.params.channelId || stored.ephemeral)
      throw Errors.unknownMessage();
    return stored;
  };

  // ---- gateway & identity ----
  add('GET', '/gateway', () => json({ url: state.gatewayUrl() }), false);
  add('GET', '/gateway/bot', () =>
    json({
      url: state.gatewayUrl(),
      shards: state.shardCount,
      session_start_limit: {
        total: 1000,
        remaining: 999,
        reset_after: 14_400_000,
        max_concurrency: state.maxConcurrency,
      },
    }),
  );
  add('GET', '/users/@me', () =>
    json({ ...botUser(), verified: true, mfa_enabled: false, locale: 'en-US', email: null }),
  );
  add('GET', '/users/:userId', (req) => {
    const user = world.user(req.params.userId ?? '');
    if (!user) throw Errors.unknownUser();
    return json(apiUser(user));
  });
  add('POST', '/users/@me/channels', (req) => {
    const recipientId = String(asObj(req.body).recipient_id ?? '');
    const user = world.user(recipientId);
    if (!user) throw Errors.unknownUser();
    let id = [...world.dmChannels.entries()].find(([, uid]) => uid === recipientId)?.[0];
    if (!id) {
      id = state.snowflakes.next();
      world.dmChannels.set(id, recipientId);
    }
    return json({
      id,
      type: 1,
      flags: 0,
      last_message_id: state.messages.lastMessageId(id),
      recipients: [apiUser(user)],
    });
  });
  add('GET', '/applications/@me', () => json(apiApplication(world)));

  // ---- application commands (global + guild) ----
  for (const scope of ['global', 'guild'] as const) {
    const base =
      scope === 'global' ? '/applications/:appId/commands' : '/applications/:appId/guilds/:guildId/commands';
    const target = (req: RouteRequest): string | null => {
      checkApp(req.params.appId);
      if (scope === 'global') return null;
      const guild = guildOf(req.params.guildId);
      return guild.id;
    };
    add('GET', base, (req) => json(state.commands.list(target(req))));
    add('PUT', base, (req) => {
      const guildId = target(req);
      if (state.strict) validateCommandList(req.body);
      const list = Array.isArray(req.body) ? (req.body as Json[]) : [];
      return json(state.commands.overwrite(guildId, list));
    });
    add('POST', base, (req) => {
      const guildId = target(req);
      if (state.strict) validateCommand(req.body);
      const { command, created } = state.commands.upsert(guildId, asObj(req.body));
      return json(command, created ? 201 : 200);
    });
    add('GET', `${base}/:commandId`, (req) => {
      const command = state.commands.get(target(req), req.params.commandId ?? '');
      if (!command) throw Errors.unknownCommand();
      return json(command);
    });
    add('PATCH', `${base}/:commandId`, (req) => {
      const guildId = target(req);
      const existing = state.commands.get(guildId, req.params.commandId ?? '');
      if (!existing) throw Errors.unknownCommand();
      if (state.strict) validateCommand({ ...existing, ...asObj(req.body) });
      return json(state.commands.edit(guildId, existing.id, asObj(req.body)));
    });
    add('DELETE', `${base}/:commandId`, (req) => {
      if (!state.commands.delete(target(req), req.params.commandId ?? '')) throw Errors.unknownCommand();
      return noContent();
    });
  }

  // ---- channels & messages ----
  add('GET', '/channels/:channelId', (req) => {
    const id = req.params.channelId ?? '';
    return json(channelJson(visibleChannel(id), id));
  });
  add('POST', '/channels/:channelId/typing', (req) => {
    visibleChannel(req.params.channelId);
    return noContent();
  });
  add('GET', '/channels/:channelId/messages', (req) => {
    const id = req.params.channelId ?? '';
    visibleChannel(id);
    const limit = Math.min(100, Number(req.query.get('limit') ?? 50));
    const list = state.messages.inChannel(id).filter((m) => !m.ephemeral);
    return json(
      list
        .slice(-limit)
        .reverse()
        .map((m) => m.message),
    );
  });
  add('GET', '/channels/:channelId/messages/:messageId', (req) => json(channelMessage(req).message));
  add('POST', '/channels/:channelId/messages', (req) => {
    const id = req.params.channelId ?? '';
    const ref = visibleChannel(id);
    if (!('dmUserId' in ref)) {
      const perms = world.permissions(ref.guild, world.bot.user.id, ref.channel);
      if (!(perms & Perm.SendMessages)) throw Errors.missingPermissions();
      if (req.files.length > 0 && !(perms & Perm.AttachFiles)) throw Errors.missingPermissions();
    }
    if (state.strict) validateMessage(req.body, { isEdit: false, fileCount: req.files.length });
    const body = asObj(req.body);
    const stored = state.messages.create({
      channelId: id,
      guildId: 'dmUserId' in ref ? null : ref.guild.id,
      author: botUser(),
      body: { ...body, flags: Number(body.flags ?? 0) & ~(1 << 6) },
      files: req.files,
      source: 'channel',
    });
    state.messageChanged(stored, 'create');
    return json(stored.message);
  });
  add('PATCH', '/channels/:channelId/messages/:messageId', (req) => {
    const stored = channelMessage(req);
    if (stored.message.author.id !== world.bot.user.id) throw Errors.missingPermissions();
    if (state.strict) validateMessage(req.body, { isEdit: true, fileCount: req.files.length });
    state.messages.edit(stored.id, asObj(req.body), req.files);
    state.messageChanged(stored, 'update');
    return json(stored.message);
  });
  add('DELETE', '/channels/:channelId/messages/:messageId', (req) => {
    const stored = channelMessage(req);
    state.messages.delete(stored.id);
    state.messageChanged(stored, 'delete');
    return noContent();
  });

  // ---- guilds ----
  add('GET', '/guilds/:guildId', (req) => {
    const guild = guildOf(req.params.guildId);
    const withCounts = req.query.get('with_counts') === 'true';
    return json({
      ...apiGuild(world, guild),
      ...(withCounts
        ? { approximate_member_count: guild.members.length, approximate_presence_count: 0 }
        : {}),
    });
  });
  add('GET', '/guilds/:guildId/channels', (req) => {
    const guild = guildOf(req.params.guildId);
    return json(
      guild.channels
        .filter((c) => !c.deleted)
        .map((c) => apiChannel(guild, c, state.messages.lastMessageId(c.id))),
    );
  });
  add('GET', '/guilds/:guildId/roles', (req) => json(guildOf(req.params.guildId).roles.map(apiRole)));
  add('GET', '/guilds/:guildId/members', (req) => {
    const guild = guildOf(req.params.guildId);
    const limit = Math.min(1000, Number(req.query.get('limit') ?? 1));
    const after = req.query.get('after') ?? '0';
    const members = guild.members.filter((m) => BigInt(m.user.id) > BigInt(after)).slice(0, limit);
    return json(members.map(apiMember));
  });
  add('GET', '/guilds/:guildId/members/:userId', (req) => {
    const guild = guildOf(req.params.guildId);
    const member = world.member(guild, req.params.userId ?? '');
    if (!member) throw Errors.unknownMember();
    return json(apiMember(member));
  });

  // ---- interactions ----
  add(
    'POST',
    '/interactions/:interactionId/:token/callback',
    (req) => interactionCallback(state, req),
    false,
  );

  const webhookRecord = (req: RouteRequest): InteractionRecord => {
    const record = state.interactions.getByToken(req.params.token ?? '');
    if (req.params.appId !== world.bot.applicationId || !record) throw Errors.unknownWebhook();
    // the interaction webhook only exists once the interaction was acknowledged
    if (!record.callback) throw Errors.unknownWebhook();
    return record;
  };
  const webhookTarget = (record: InteractionRecord, target: string): StoredMessage => {
    const id = target === '@original' ? record.originalMessageId : target;
    const allowed = id !== undefined && (id === record.originalMessageId || record.followUpIds.includes(id));
    const stored = allowed ? state.messages.get(id) : undefined;
    if (!stored || stored.deleted) throw Errors.unknownMessage();
    return stored;
  };
  add(
    'GET',
    '/webhooks/:appId/:token/messages/:messageId',
    (req) => {
      const record = webhookRecord(req);
      const target = req.params.messageId ?? '';
      const stored = webhookTarget(record, target);
      state.interactions.addEvent(record, { kind: 'fetch', at: Date.now(), target, messageId: stored.id });
      return json(stored.message);
    },
    false,
  );
  add(
    'PATCH',
    '/webhooks/:appId/:token/messages/:messageId',
    (req) => {
      const record = webhookRecord(req);
      const target = req.params.messageId ?? '';
      const stored = webhookTarget(record, target);
      if (state.strict) validateMessage(req.body, { isEdit: true, fileCount: req.files.length });
      state.messages.edit(stored.id, asObj(req.body), req.files);
      state.messageChanged(stored, 'update');
      state.interactions.addEvent(record, {
        kind: 'edit',
        at: Date.now(),
        target,
        messageId: stored.id,
        body: asObj(req.body),
        files: fileInfo(req.files),
      });
      return json(stored.message);
    },
    false,
  );
  add(
    'DELETE',
    '/webhooks/:appId/:token/messages/:messageId',
    (req) => {
      const record = webhookRecord(req);
      const target = req.params.messageId ?? '';
      const stored = webhookTarget(record, target);
      state.messages.delete(stored.id);
      state.messageChanged(stored, 'delete');
      state.interactions.addEvent(record, { kind: 'delete', at: Date.now(), target, messageId: stored.id });
      return noContent();
    },
    false,
  );
  add(
    'POST',
    '/webhooks/:appId/:token',
    (req) => {
      const record = webhookRecord(req);
      if (state.strict) validateMessage(req.body, { isEdit: false, fileCount: req.files.length });
      const body = asObj(req.body);
      const stored = state.messages.create({
        channelId: record.channelId,
        guildId: record.guildId,
        author: botUser(),
        body,
        files: req.files,
        source: 'followup',
        interactionId: record.id,
        type: record.type === 2 ? 20 : 0,
        webhookId: world.bot.applicationId,
        applicationId: world.bot.applicationId,
        interactionMetadata: interactionMetadata(record),
      });
      record.followUpIds.push(stored.id);
      state.messageChanged(stored, 'create');
      state.interactions.addEvent(record, {
        kind: 'followup',
        at: Date.now(),
        messageId: stored.id,
        body,
        files: fileInfo(req.files),
      });
      return req.query.get('wait') === 'false' ? noContent() : json(stored.message);
    },
    false,
  );

  return routes;
}

function interactionMetadata(record: InteractionRecord): Json {
  const payload = record.payload;
  const user = (payload.member as Json | undefined)?.user ?? payload.user;
  return {
    id: record.id,
    type: record.type,
    user,
    authorizing_integration_owners: payload.authorizing_integration_owners,
    ...(record.type === 3 && record.sourceMessageId ? { interacted_message_id: record.sourceMessageId } : {}),
    ...(record.originalMessageId ? { original_response_message_id: record.originalMessageId } : {}),
  };
}

const VALID_CALLBACKS: Record<number, number[]> = {
  2: [4, 5, 9, 10, 12],
  3: [4, 5, 6, 7, 9, 10, 12],
  4: [8],
  5: [4, 5, 6, 7, 10],
};

function interactionCallback(state: FakeState, req: RouteRequest): HttpResult {
  const record = state.interactions.get(req.params.interactionId ?? '');
  if (!record || record.token !== req.params.token) throw Errors.unknownInteraction();
  if (state.interactionDeadlineMs !== null && Date.now() - record.createdAt > state.interactionDeadlineMs) {
    throw Errors.unknownInteraction();
  }
  if (record.callback) throw Errors.alreadyAcknowledged();
  const body = asObj(req.body);
  const type = Number(body.type);
  const data = body.data === undefined ? undefined : asObj(body.data);
  if (!(VALID_CALLBACKS[record.type] ?? []).includes(type)) {
    throw Errors.invalidFormBody({
      type: {
        _errors: [
          {
            code: 'INTERACTION_RESPONSE_TYPE_INVALID',
            message: `Interaction response type ${type} is invalid for interaction type ${record.type}`,
          },
        ],
      },
    });
  }
  const botUser = apiUser(state.world.bot.user);
  const messageBase = {
    channelId: record.channelId,
    guildId: record.guildId,
    author: botUser,
    source: 'interaction' as const,
    interactionId: record.id,
    type: record.type === 2 ? 20 : 0,
    webhookId: state.world.bot.applicationId,
    applicationId: state.world.bot.applicationId,
  };
  let stored: StoredMessage | undefined;
  switch (type) {
    case 4: {
      if (state.strict) validateMessage(data, { isEdit: false, fileCount: req.files.length });
      stored = state.messages.create({
        ...messageBase,
        body: data ?? {},
        files: req.files,
        interactionMetadata: interactionMetadata(record),
      });
      record.originalMessageId = stored.id;
      state.messageChanged(stored, 'create');
      break;
    }
    case 5: {
      stored = state.messages.create({
        ...messageBase,
        body: { flags: data?.flags ?? 0 },
        files: [],
        loading: true,
        interactionMetadata: interactionMetadata(record),
      });
      record.originalMessageId = stored.id;
      state.messageChanged(stored, 'create');
      break;
    }
    case 6:
    case 7: {
      stored = record.sourceMessageId ? state.messages.get(record.sourceMessageId) : undefined;
      if (!stored) throw Errors.unknownMessage();
      record.originalMessageId = stored.id;
      if (type === 7) {
        if (state.strict) validateMessage(data, { isEdit: true, fileCount: req.files.length });
        state.messages.edit(stored.id, data ?? {}, req.files);
        state.messageChanged(stored, 'update');
      }
      break;
    }
    case 8:
      if (state.strict) validateAutocompleteChoices(data);
      break;
    case 9:
      if (state.strict) validateModal(data);
      break;
    default:
      break;
  }
  const event: CallbackEvent = {
    kind: 'callback',
    at: Date.now(),
    type,
    data,
    files: fileInfo(req.files),
    withResponse: req.query.get('with_response') === 'true',
    ...(stored ? { messageId: stored.id } : {}),
  };
  state.interactions.addEvent(record, event);
  if (!event.withResponse) return noContent();
  const flags = Number((stored?.message as Json | undefined)?.flags ?? 0);
  return json({
    interaction: {
      id: record.id,
      type: record.type,
      activity_instance_id: null,
      response_message_id: stored?.id ?? null,
      response_message_loading: type === 5,
      response_message_ephemeral: (flags & (1 << 6)) !== 0,
    },
    resource: {
      type,
      ...(stored && (type === 4 || type === 5 || type === 7) ? { message: stored.message } : {}),
    },
  });
}
