// Messages the bot created (channel posts, interaction responses, follow-ups),
// stored per channel as the API objects Discord would return.
import type { APIMessage, APIUser } from 'discord.js';
import type { UploadedFile } from './http.js';
import type { SnowflakeGenerator } from './snowflake.js';

type Json = Record<string, unknown>;

export type MessageSource = 'channel' | 'interaction' | 'followup' | 'fixture';

export interface StoredMessage {
  id: string;
  channelId: string;
  guildId: string | null;
  source: MessageSource;
  /** interaction that produced it (interaction responses and follow-ups) */
  interactionId?: string;
  /** the message object, exactly as the REST API returns it */
  message: APIMessage;
  /** uploaded file bytes by attachment id */
  files: Map<string, UploadedFile>;
  ephemeral: boolean;
  deleted: boolean;
  /** number of PATCHes applied */
  edits: number;
}

export interface CreateMessageInput {
  channelId: string;
  guildId: string | null;
  author: APIUser;
  body: Json;
  files: UploadedFile[];
  source: MessageSource;
  /** 0 default, 19 reply, 20 chat input command, ... (default: 0, or 19 with message_reference) */
  type?: number;
  interactionId?: string;
  webhookId?: string;
  applicationId?: string;
  interactionMetadata?: Json;
  /** deferred responses start as "Bot is thinking..." (flag Loading) */
  loading?: boolean;
}

const FLAG_EPHEMERAL = 1 << 6;
const FLAG_LOADING = 1 << 7;
/** flags a bot may set when creating a message */
const CREATE_FLAGS = (1 << 2) | FLAG_EPHEMERAL | (1 << 12) | (1 << 13) | (1 << 15);
/** flags a bot may change when editing */
const EDIT_FLAGS = (1 << 2) | (1 << 15);

export class MessageStore {
  private readonly byId = new Map<string, StoredMessage>();
  private readonly byChannel = new Map<string, StoredMessage[]>();

  constructor(
    private readonly ids: SnowflakeGenerator,
    private readonly attachmentBaseUrl: () => string,
    private readonly resolveUser: (id: string) => APIUser | undefined,
  ) {}

  get(id: string): StoredMessage | undefined {
    return this.byId.get(id);
  }

  /** Messages in a channel, oldest first (deleted ones excluded unless asked). */
  inChannel(channelId: string, includeDeleted = false): StoredMessage[] {
    return (this.byChannel.get(channelId) ?? []).filter((m) => includeDeleted || !m.deleted);
  }

  all(): StoredMessage[] {
    return [...this.byId.values()];
  }

  lastMessageId(channelId: string): string | null {
    const list = this.inChannel(channelId).filter((m) => !m.ephemeral);
    return list.at(-1)?.id ?? null;
  }

  create(input: CreateMessageInput): StoredMessage {
    const id = this.ids.next();
    const body = input.body;
    const flags =
      ((typeof body.flags === 'number' ? body.flags : 0) & CREATE_FLAGS) | (input.loading ? FLAG_LOADING : 0);
    const files = new Map<string, UploadedFile>();
    const reference = isObj(body.message_reference) ? body.message_reference : undefined;
    const message: Json = {
      id,
      channel_id: input.channelId,
      author: input.author,
      content: typeof body.content === 'string' ? body.content : '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: body.tts === true,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: this.attachments(input.channelId, body.attachments, input.files, [], files),
      embeds: normalizeEmbeds(body.embeds),
      components: Array.isArray(body.components) ? body.components : [],
      pinned: false,
      type: input.type ?? (reference ? 19 : 0),
      flags,
      ...(body.nonce !== undefined ? { nonce: body.nonce } : {}),
      ...(body.poll !== undefined ? { poll: body.poll } : {}),
      ...(input.webhookId ? { webhook_id: input.webhookId } : {}),
      ...(input.applicationId ? { application_id: input.applicationId } : {}),
      ...(input.interactionMetadata ? { interaction_metadata: input.interactionMetadata } : {}),
      ...(reference
        ? {
            message_reference: { type: 0, channel_id: input.channelId, ...reference },
            referenced_message: this.byId.get(String(reference.message_id))?.message ?? null,
          }
        : {}),
    };
    this.applyMentions(message);
    const stored: StoredMessage = {
      id,
      channelId: input.channelId,
      guildId: input.guildId,
      source: input.source,
      ...(input.interactionId ? { interactionId: input.interactionId } : {}),
      message: message as unknown as APIMessage,
      files,
      ephemeral: (flags & FLAG_EPHEMERAL) !== 0,
      deleted: false,
      edits: 0,
    };
    this.byId.set(id, stored);
    const list = this.byChannel.get(input.channelId) ?? [];
    list.push(stored);
    this.byChannel.set(input.channelId, list);
    return stored;
  }

  /** PATCH semantics: only fields present in the body change. */
  edit(id: string, body: Json, newFiles: UploadedFile[]): StoredMessage | undefined {
    const stored = this.byId.get(id);
    if (!stored || stored.deleted) return undefined;
    const m = stored.message as unknown as Json;
    const wasLoading = ((m.flags as number) & FLAG_LOADING) !== 0;
    if ('content' in body) m.content = typeof body.content === 'string' ? body.content : '';
    if ('embeds' in body) m.embeds = normalizeEmbeds(body.embeds);
    if ('components' in body) m.components = Array.isArray(body.components) ? body.components : [];
    if ('poll' in body) m.poll = body.poll;
    if ('attachments' in body || newFiles.length > 0) {
      const previous = (m.attachments as Json[]) ?? [];
      const keepSpec = 'attachments' in body ? body.attachments : previous.map((a) => ({ id: a.id }));
      m.attachments = this.attachments(stored.channelId, keepSpec, newFiles, previous, stored.files);
    }
    let flags = (m.flags as number) & ~FLAG_LOADING;
    if (typeof body.flags === 'number') flags = (flags & ~EDIT_FLAGS) | (body.flags & EDIT_FLAGS);
    m.flags = flags;
    if (!wasLoading) m.edited_timestamp = new Date().toISOString();
    this.applyMentions(m);
    stored.edits += 1;
    return stored;
  }

  delete(id: string): boolean {
    const stored = this.byId.get(id);
    if (!stored || stored.deleted) return false;
    stored.deleted = true;
    return true;
  }

  /** Registers an arbitrary message (e.g. the message a button sits on). */
  insert(stored: StoredMessage): void {
    this.byId.set(stored.id, stored);
    const list = this.byChannel.get(stored.channelId) ?? [];
    list.push(stored);
    this.byChannel.set(stored.channelId, list);
  }

  private attachments(
    channelId: string,
    spec: unknown,
    uploads: UploadedFile[],
    previous: Json[],
    fileStore: Map<string, UploadedFile>,
  ): Json[] {
    // discord.js sends attachments: [{ id: <index> }] for files[<index>], and
    // keeps existing attachments by their snowflake id.
    const byIndex = new Map<string, UploadedFile>();
    uploads.forEach((f, i) => {
      const m = /^files\[(\d+)\]$/.exec(f.field) ?? /^file(\d*)$/.exec(f.field);
      byIndex.set(m?.[1] ? m[1] : String(i), f);
    });
    const result: Json[] = [];
    const used = new Set<UploadedFile>();
    const entries = Array.isArray(spec) ? (spec.filter(isObj) as Json[]) : [];
    for (const entry of entries) {
      const key = String(entry.id);
      const upload = byIndex.get(key);
      if (upload) {
        used.add(upload);
        result.push(this.attachment(channelId, upload, entry, fileStore));
        continue;
      }
      const kept = previous.find((a) => a.id === key);
      if (kept) result.push(kept);
    }
    for (const upload of uploads) {
      if (!used.has(upload)) result.push(this.attachment(channelId, upload, {}, fileStore));
    }
    return result;
  }

  private attachment(
    channelId: string,
    file: UploadedFile,
    entry: Json,
    fileStore: Map<string, UploadedFile>,
  ): Json {
    const id = this.ids.next();
    fileStore.set(id, file);
    const filename = typeof entry.filename === 'string' ? entry.filename : file.name;
    const url = `${this.attachmentBaseUrl()}/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`;
    return {
      id,
      filename,
      size: file.size,
      url,
      proxy_url: url,
      content_type: file.contentType,
      ...(typeof entry.description === 'string' ? { description: entry.description } : {}),
    };
  }

  private applyMentions(m: Json): void {
    const content = typeof m.content === 'string' ? m.content : '';
    const users = [...content.matchAll(/<@!?(\d{17,20})>/g)]
      .map((match) => this.resolveUser(match[1] ?? ''))
      .filter((u): u is APIUser => u !== undefined);
    m.mentions = [...new Map(users.map((u) => [u.id, u])).values()];
    m.mention_roles = [...new Set([...content.matchAll(/<@&(\d{17,20})>/g)].map((match) => match[1]))];
  }
}

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function normalizeEmbeds(embeds: unknown): Json[] {
  if (!Array.isArray(embeds)) return [];
  return embeds.filter(isObj).map((e) => ({ type: 'rich', ...e, content_scan_version: 0 }));
}
