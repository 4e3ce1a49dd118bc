// FakeDiscord: a fake Discord (REST + gateway) on 127.0.0.1 for end-to-end
// tests of a real discord.js Client. See README.md next to this file.
import { randomBytes } from 'node:crypto';
import type { APIMessage } from 'discord.js';
import { CommandStore, type CommandWrite, type StoredCommand } from './commands.js';
import { FailureInjector, type FailureHandle, type FailureSpec } from './failures.js';
import { Gateway, Intent, PRIVILEGED_INTENTS, type GatewaySessionInfo } from './gateway.js';
import {
  InteractionStore,
  type CallbackEvent,
  type InteractionEvent,
  type InteractionRecord,
} from './interaction-store.js';
import {
  InteractionFactory,
  type AutocompleteOptions,
  type BuiltInteraction,
  type ComponentOptions,
  type SlashCommandOptions,
  type ModalSubmitOptions,
  type StringSelectOptions,
} from './interactions.js';
import { MessageStore, type StoredMessage } from './messages.js';
import { Perm } from './permissions.js';
import { RequestLog, type RecordedRequest, type RequestPredicate } from './request-log.js';
import { buildRoutes } from './rest-routes.js';
import { Router } from './router.js';
import { apiChannel, apiMember, apiUser, gatewayGuild } from './serialize.js';
import { FakeHttpServer } from './server.js';
import { SnowflakeGenerator, snowflakeFrom } from './snowflake.js';
import type { FakeState } from './state.js';
import { Waiters } from './waiters.js';
import { World } from './world-state.js';
import { DEFAULT_IDS, type DefaultIds, type FakeGuild } from './world.js';

export interface FakeDiscordOptions {
  /** guilds of the world (default: [defaultGuild()]); the bot is added as a member if missing */
  guilds?: FakeGuild[];
  /** bot token the client must use (default: a random fake token) */
  token?: string;
  /** HELLO heartbeat_interval (default 41250 like Discord; heartbeats are ACKed whenever they come) */
  heartbeatIntervalMs?: number;
  /** privileged intents the app may request; others → close 4014 (default: all of them) */
  allowedPrivilegedIntents?: number;
  /** reject payloads Discord would reject (400 Invalid Form Body / 50006), default true */
  strictValidation?: boolean;
  /**
   * First interaction response later than this → 404 Unknown interaction,
   * like Discord's 3 s rule. Default null (no deadline, so slow CI can't flake).
   */
  interactionDeadlineMs?: number | null;
  /** The shard count `GET /gateway/bot` recommends (default 1). Events go to the shard of their guild either way. */
  shardCount?: number;
  /** `session_start_limit.max_concurrency` of `GET /gateway/bot`: shards that may IDENTIFY at once (default 1). */
  maxConcurrency?: number;
}

export type ChannelState = 'ok' | 'forbidden' | 'no-access' | 'deleted';

export interface InjectedInteraction {
  id: string;
  token: string;
}

const DEFAULT_TIMEOUT_MS = 2000;

export class FakeDiscord implements FakeState {
  readonly world: World;
  readonly token: string;
  readonly snowflakes = new SnowflakeGenerator();
  readonly commands: CommandStore;
  readonly messages: MessageStore;
  readonly interactions = new InteractionStore();
  readonly gateway: Gateway;
  readonly strict: boolean;
  readonly interactionDeadlineMs: number | null;
  readonly shardCount: number;
  readonly maxConcurrency: number;
  /** ids of the default world (bot/application always; guild objects when the default guild is used) */
  readonly ids: Readonly<DefaultIds> = DEFAULT_IDS;

  private readonly log = new RequestLog();
  private readonly failures = new FailureInjector();
  private readonly factory: InteractionFactory;
  private readonly messageWaiters = new Waiters<StoredMessage>();
  private server: FakeHttpServer | null = null;
  private stopped = false;

  private constructor(options: FakeDiscordOptions) {
    this.world = new World(options.guilds ? { guilds: options.guilds } : {});
    // shaped like a real token (base64 user id . timestamp . hmac) so discord.js' debug output censors it
    this.token =
      options.token ??
      `${Buffer.from(this.world.bot.user.id).toString('base64url')}.${randomBytes(4).toString('base64url')}.${randomBytes(20).toString('base64url')}`;
    this.strict = options.strictValidation ?? true;
    this.interactionDeadlineMs = options.interactionDeadlineMs ?? null;
    this.shardCount = options.shardCount ?? 1;
    this.maxConcurrency = options.maxConcurrency ?? 1;
    this.commands = new CommandStore(this.world.bot.applicationId, this.snowflakes);
    this.messages = new MessageStore(
      this.snowflakes,
      () => this.baseUrl,
      (id) => {
        const user = this.world.user(id);
        return user ? apiUser(user) : undefined;
      },
    );
    this.factory = new InteractionFactory({
      world: this.world,
      commands: this.commands,
      messages: this.messages,
      ids: this.snowflakes,
    });
    this.gateway = new Gateway({
      token: this.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      allowedPrivilegedIntents: options.allowedPrivilegedIntents ?? PRIVILEGED_INTENTS,
      resumeUrl: () => this.gatewayUrl(),
      ready: (session) => ({
        v: 10,
        user: { ...apiUser(this.world.bot.user), verified: true, mfa_enabled: false, email: null },
        user_settings: {},
        guilds: this.guildsForShard(session.shard).map((g) => ({ id: g.id, unavailable: true })),
        session_id: session.sessionId,
        session_type: 'normal',
        resume_gateway_url: this.gatewayUrl(),
        shard: session.shard,
        application: { id: this.world.bot.applicationId, flags: this.world.bot.applicationFlags },
        private_channels: [],
        presences: [],
        relationships: [],
        guild_join_requests: [],
        geo_ordered_rtc_regions: [],
        auth: {},
        _trace: ['["fake-discord",{"micros":0}]'],
      }),
      guildCreates: (shard) =>
        this.guildsForShard(shard)
          .filter((g) => !g.unavailable)
          .map(
            (g) =>
              gatewayGuild(this.world, g, (id) => this.messages.lastMessageId(id)) as unknown as Record<
                string,
                unknown
              >,
          ),
      membersChunk: (request) => {
        const guild = this.world.guild(String(request.guild_id));
        if (!guild) return undefined;
        const userIds = Array.isArray(request.user_ids)
          ? request.user_ids.map(String)
          : typeof request.user_ids === 'string'
            ? [request.user_ids]
            : null;
        const query = typeof request.query === 'string' ? request.query.toLowerCase() : '';
        const members = guild.members.filter((m) =>
          userIds ? userIds.includes(m.user.id) : m.user.username.toLowerCase().startsWith(query),
        );
        return {
          guild_id: guild.id,
          members: members.map(apiMember),
          chunk_index: 0,
          chunk_count: 1,
          ...(request.nonce !== undefined ? { nonce: request.nonce } : {}),
          ...(userIds ? { not_found: userIds.filter((id) => !members.some((m) => m.user.id === id)) } : {}),
        };
      },
    });
  }

  /** Starts the fake on 127.0.0.1 with a random free port. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    const router = new Router();
    for (const route of buildRoutes(fake)) router.add(route);
    fake.server = await FakeHttpServer.listen({
      router,
      log: fake.log,
      failures: fake.failures,
      token: fake.token,
      attachment: (id) =>
        fake.messages
          .all()
          .find((m) => m.files.has(id))
          ?.files.get(id),
      upgrade: (req, socket, head) => fake.gateway.handleUpgrade(req, socket, head),
    });
    return fake;
  }

  // ---- addresses ----

  get port(): number {
    if (!this.server) throw new Error('FakeDiscord is not started');
    return this.server.port;
  }

  /** http://127.0.0.1:PORT */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Pass as `new Client({ rest: { api: fake.apiUrl } })` */
  get apiUrl(): string {
    return `${this.baseUrl}/api`;
  }

  gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  get applicationId(): string {
    return this.world.bot.applicationId;
  }

  get botUserId(): string {
    return this.world.bot.user.id;
  }

  /** Closes the gateway and HTTP server, cancels pending waits. Destroy the Client first. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.log.cancelAll('stopped');
    this.interactions.cancelAll('stopped');
    this.messageWaiters.cancelAll('stopped');
    await this.gateway.close();
    await this.server?.close();
  }

  // ---- REST log & failure injection ----

  get requests(): readonly RecordedRequest[] {
    return this.log.all;
  }

  /** Requests no route matched (404 Unknown route / 405). */
  unknownRequests(): RecordedRequest[] {
    return this.log.all.filter((r) => r.unknown);
  }

  /** First logged request (past or future) matching the predicate. */
  waitForRequest(predicate: RequestPredicate, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<RecordedRequest> {
    return this.log.wait(predicate, timeoutMs);
  }

  clearRequests(): void {
    this.log.clear();
  }

  /** Makes the next `times` requests matching method+path fail (see FailureSpec). */
  failNext(spec: FailureSpec): FailureHandle {
    return this.failures.add(spec);
  }

  clearFailures(): void {
    this.failures.clear();
  }

  // ---- application commands ----

  /** Stored commands: global when guildId is omitted/null. */
  registeredCommands(guildId: string | null = null): StoredCommand[] {
    return this.commands.list(guildId);
  }

  /** Number of command writes (PUT/POST/PATCH/DELETE); all scopes when guildId is undefined. */
  commandWriteCount(guildId?: string | null): number {
    return this.commandWrites(guildId).length;
  }

  commandWrites(guildId?: string | null): CommandWrite[] {
    return this.commands.writes.filter((w) => guildId === undefined || w.guildId === guildId);
  }

  // ---- messages & channels ----

  /** Resolves a channel id or name (first match across guilds) to its id. */
  channelId(idOrName: string): string {
    const ref =
      this.world.channelRef(idOrName) ??
      this.world.findChannel(idOrName) ??
      this.world.findChannel(idOrName, undefined, true);
    if (ref) return ref.channel.id;
    if (this.world.dmChannels.has(idOrName)) return idOrName;
    throw new Error(`FakeDiscord: no channel "${idOrName}"`);
  }

  /** Messages in a channel (id or name), oldest first, as API objects. Includes interaction replies; ephemeral ones only if asked. */
  channelMessages(channel: string, opts: { includeEphemeral?: boolean } = {}): APIMessage[] {
    return this.storedMessages(channel)
      .filter((m) => opts.includeEphemeral || !m.ephemeral)
      .map((m) => m.message);
  }

  storedMessages(channel: string): StoredMessage[] {
    return this.messages.inChannel(this.channelId(channel));
  }

  message(id: string): APIMessage | undefined {
    return this.messages.get(id)?.message;
  }

  /** First message created or edited (past or future) matching the predicate. */
  waitForMessage(
    predicate: (m: StoredMessage) => boolean,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ): Promise<StoredMessage> {
    return this.messageWaiters.wait(
      predicate,
      timeoutMs,
      () => 'no message matched the predicate',
      this.messages.all().filter((m) => !m.deleted),
    );
  }

  /** First message posted in the channel (id or name) that matches. */
  async waitForChannelMessage(
    channel: string,
    predicate: (m: APIMessage) => boolean = () => true,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ): Promise<APIMessage> {
    const id = this.channelId(channel);
    const stored = await this.messageWaiters.wait(
      (m) => m.channelId === id && !m.deleted && predicate(m.message),
      timeoutMs,
      () =>
        `no matching message in channel ${channel}; it has: ${JSON.stringify(this.channelMessages(channel).map((m) => m.content))}`,
      this.messages.inChannel(id),
    );
    return stored.message;
  }

  /**
   * Changes what the bot may do in a channel:
   * 'forbidden' → posting gets 403 Missing Permissions (50013);
   * 'no-access' → the bot can't see it, 403 Missing Access (50001);
   * 'deleted'   → 404 Unknown Channel (10003);
   * 'ok'        → back to normal.
   * With dispatch (default true) the bot gets CHANNEL_UPDATE/DELETE/CREATE like on Discord.
   */
  setChannelState(channel: string, state: ChannelState, opts: { dispatch?: boolean } = {}): void {
    const ref = this.world.channelRef(this.channelId(channel));
    if (!ref) throw new Error(`FakeDiscord: no guild channel "${channel}"`);
    const botId = this.world.bot.user.id;
    const wasDeleted = ref.channel.deleted === true;
    ref.channel.overwrites = ref.channel.overwrites.filter((o) => !(o.type === 1 && o.id === botId));
    ref.channel.deleted = state === 'deleted';
    if (state === 'forbidden')
      ref.channel.overwrites.push({ id: botId, type: 1, allow: 0n, deny: Perm.SendMessages });
    if (state === 'no-access')
      ref.channel.overwrites.push({
        id: botId,
        type: 1,
        allow: 0n,
        deny: Perm.ViewChannel | Perm.SendMessages,
      });
    if (opts.dispatch === false) return;
    const data = apiChannel(ref.guild, ref.channel, this.messages.lastMessageId(ref.channel.id));
    const event = state === 'deleted' ? 'CHANNEL_DELETE' : wasDeleted ? 'CHANNEL_CREATE' : 'CHANNEL_UPDATE';
    this.gateway.dispatch(event, data, this.onShardOf(ref.guild.id));
  }

  /** FakeState hook: gateway MESSAGE_* dispatches (per intents) and waiters. */
  messageChanged(stored: StoredMessage, kind: 'create' | 'update' | 'delete'): void {
    if (kind !== 'delete') this.messageWaiters.notify(stored);
    if (stored.ephemeral) return;
    const intent = stored.guildId ? Intent.GuildMessages : Intent.DirectMessages;
    const onShard = this.onShardOf(stored.guildId);
    const filter = (s: GatewaySessionInfo) => (s.intents & intent) !== 0 && onShard(s);
    const guildPart = stored.guildId ? { guild_id: stored.guildId } : {};
    if (kind === 'delete') {
      this.gateway.dispatch(
        'MESSAGE_DELETE',
        { id: stored.id, channel_id: stored.channelId, ...guildPart },
        filter,
      );
      return;
    }
    const guild = stored.guildId ? this.world.guild(stored.guildId) : undefined;
    const member = guild ? this.world.member(guild, stored.message.author.id) : undefined;
    const { user: _user, ...memberPart } = member ? apiMember(member) : { user: undefined };
    this.gateway.dispatch(
      kind === 'create' ? 'MESSAGE_CREATE' : 'MESSAGE_UPDATE',
      { ...stored.message, ...guildPart, ...(member ? { member: memberPart } : {}) },
      filter,
    );
  }

  // ---- gateway ----

  /** Resolves once a client has IDENTIFYed and been sent READY + GUILD_CREATEs. */
  waitForReady(timeoutMs = 5000): Promise<GatewaySessionInfo> {
    return this.gateway.waitForReady(timeoutMs);
  }

  get sessions(): GatewaySessionInfo[] {
    return this.gateway.sessionInfos;
  }

  /** Sends a raw dispatch (t, d) to every session (with a `guild_id`, to its shard's); returns how many got it. */
  dispatch(event: string, data: unknown): number {
    const guildId = (data as { guild_id?: unknown } | null)?.guild_id;
    return this.gateway.dispatch(event, data, this.onShardOf(typeof guildId === 'string' ? guildId : null));
  }

  /**
   * Whether a session receives a guild's events: Discord sends them to shard `(guild_id >> 22) % shard_count`,
   * and DMs (no guild) to shard 0. A session of one shard gets everything.
   */
  onShardOf(guildId: string | null): (session: GatewaySessionInfo) => boolean {
    return ({ shard: [id, count] }) => id === (guildId ? shardOfGuild(guildId, count) : 0);
  }

  /** op 7 Reconnect: the client reconnects and RESUMEs. */
  requestReconnect(): void {
    this.gateway.requestReconnect();
  }

  /** op 9 Invalid Session. */
  invalidateSessions(resumable = false): void {
    this.gateway.invalidateSessions(resumable);
  }

  /** Drops every gateway connection with a close code (default 4000, resumable). */
  disconnectGateway(code = 4000): void {
    this.gateway.disconnectAll(code);
  }

  // ---- interactions ----

  /** Dispatches a CHAT_INPUT command interaction (type 2). */
  slashCommand(opts: SlashCommandOptions): Promise<InjectedInteraction> {
    return this.inject(() => this.factory.slashCommand(opts));
  }

  /** Dispatches an autocomplete interaction (type 4); exactly one option must be focused. */
  autocomplete(opts: AutocompleteOptions): Promise<InjectedInteraction> {
    return this.inject(() => this.factory.autocomplete(opts));
  }

  /** Dispatches a button click (type 3, component_type 2) on a stored or fixture message. */
  button(opts: ComponentOptions): Promise<InjectedInteraction> {
    return this.inject(() => this.factory.button(opts));
  }

  /** Dispatches a string select (type 3, component_type 3). */
  stringSelect(opts: StringSelectOptions): Promise<InjectedInteraction> {
    return this.inject(() => this.factory.stringSelect(opts));
  }

  /**
   * Dispatches a slash command or button whose payload `tamper` has changed first, as a hostile or broken sender
   * would: forged member permissions, malformed ids, a creation time in the past. The record keeps the real token.
   */
  tamperedInteraction(
    kind: 'slash' | 'button',
    opts: SlashCommandOptions | ComponentOptions,
    tamper: (payload: Record<string, unknown>) => void,
  ): Promise<InjectedInteraction> {
    return this.inject(() => {
      const built =
        kind === 'slash'
          ? this.factory.slashCommand(opts as SlashCommandOptions)
          : this.factory.button(opts as ComponentOptions);
      tamper(built.payload);
      return built;
    });
  }

  /**
   * Dispatches a slash command that Discord delivers `lateByMs` after the user sent it (a slow gateway, a
   * paused process): its record is dated in the past, so the 3-second deadline (interactionDeadlineMs) counts
   * from then.
   */
  lateSlashCommand(opts: SlashCommandOptions, lateByMs: number): Promise<InjectedInteraction> {
    return this.inject(() => {
      const built = this.factory.slashCommand(opts);
      // The id is a snowflake: its time says when the user sent the command, as the bot can read it.
      built.id = snowflakeFrom(Date.now() - lateByMs, Number(BigInt(built.id) & 0x3f_ffffn));
      built.payload.id = built.id;
      return built;
    }, lateByMs);
  }

  /** Dispatches a MODAL_SUBMIT (type 5) with the given text-input values. */
  modalSubmit(opts: ModalSubmitOptions): Promise<InjectedInteraction> {
    return this.inject(() => this.factory.modalSubmit(opts));
  }

  private async inject(build: () => BuiltInteraction, lateByMs = 0): Promise<InjectedInteraction> {
    const built = build();
    const onShard = this.onShardOf(built.guildId ?? null);
    if (!this.gateway.hasLiveSession(onShard)) await this.gateway.waitForReady(5000, onShard);
    const record: InteractionRecord = {
      id: built.id,
      token: built.token,
      type: built.type,
      payload: built.payload,
      guildId: built.guildId,
      channelId: built.channelId,
      userId: built.userId,
      createdAt: Date.now() - lateByMs,
      ...(built.sourceMessageId ? { sourceMessageId: built.sourceMessageId } : {}),
      followUpIds: [],
      events: [],
    };
    this.interactions.register(record);
    this.gateway.dispatch('INTERACTION_CREATE', built.payload, onShard);
    return { id: built.id, token: built.token };
  }

  /** The interaction's initial response (callback), waiting for it if needed. */
  waitForInteractionResponse(id: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<CallbackEvent> {
    return this.interactions.waitForEvent(
      id,
      (e): e is CallbackEvent => e.kind === 'callback',
      timeoutMs,
      'initial response (callback)',
    );
  }

  /** First event (past or future) of the interaction that matches: e.g. `e => e.kind === 'edit'`. */
  waitForInteractionEvent(
    id: string,
    predicate: (e: InteractionEvent) => boolean,
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ): Promise<InteractionEvent> {
    return this.interactions.waitForEvent(id, predicate, timeoutMs, 'matching event');
  }

  /** Everything the bot did for the interaction so far, in order. */
  interactionLog(id: string): InteractionEvent[] {
    return [...(this.interaction(id).events ?? [])];
  }

  interaction(id: string): InteractionRecord {
    const record = this.interactions.get(id);
    if (!record) throw new Error(`FakeDiscord: unknown interaction ${id}`);
    return record;
  }

  /** Current state of the "@original" response message. */
  originalResponse(id: string): APIMessage | undefined {
    const messageId = this.interaction(id).originalMessageId;
    return messageId ? this.messages.get(messageId)?.message : undefined;
  }

  followUps(id: string): APIMessage[] {
    return this.interaction(id)
      .followUpIds.map((m) => this.messages.get(m)?.message)
      .filter((m): m is APIMessage => m !== undefined);
  }

  private guildsForShard(shard: [number, number]): FakeGuild[] {
    return this.world.guilds.filter((g) => shardOfGuild(g.id, shard[1]) === shard[0]);
  }
}

/** Discord's shard formula: `(guild_id >> 22) % shard_count`. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}
