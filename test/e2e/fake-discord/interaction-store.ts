// What happened to each injected interaction: the initial callback, then
// edits, follow-ups and deletions made through the interaction webhook.
import type { RecordedFile } from './request-log.js';
import { Waiters } from './waiters.js';

type Json = Record<string, unknown>;

export interface CallbackEvent {
  kind: 'callback';
  at: number;
  /** InteractionResponseType: 1 pong, 4 message, 5 deferred message, 6 deferred update, 7 update, 8 autocomplete, 9 modal */
  type: number;
  data: Json | undefined;
  files: RecordedFile[];
  /** value of the with_response query flag */
  withResponse: boolean;
  /** message created or updated by the callback, if any */
  messageId?: string;
}

export interface EditEvent {
  kind: 'edit';
  at: number;
  /** "@original" or a follow-up message id, as addressed by the bot */
  target: string;
  messageId: string;
  body: Json;
  files: RecordedFile[];
}

export interface FollowUpEvent {
  kind: 'followup';
  at: number;
  messageId: string;
  body: Json;
  files: RecordedFile[];
}

export interface DeleteEvent {
  kind: 'delete';
  at: number;
  target: string;
  messageId: string;
}

export interface FetchEvent {
  kind: 'fetch';
  at: number;
  target: string;
  messageId: string;
}

export type InteractionEvent = CallbackEvent | EditEvent | FollowUpEvent | DeleteEvent | FetchEvent;

export interface InteractionRecord {
  id: string;
  token: string;
  /** InteractionType: 2 command, 3 component, 4 autocomplete, 5 modal submit */
  type: number;
  /** the INTERACTION_CREATE payload as dispatched */
  payload: Json;
  guildId: string | null;
  channelId: string;
  userId: string;
  createdAt: number;
  /** component interactions: the message the component sits on */
  sourceMessageId?: string;
  callback?: CallbackEvent;
  /** the "@original" response message */
  originalMessageId?: string;
  followUpIds: string[];
  events: InteractionEvent[];
}

export class InteractionStore {
  private readonly byId = new Map<string, InteractionRecord>();
  private readonly byToken = new Map<string, InteractionRecord>();
  private readonly waiters = new Waiters<{ record: InteractionRecord; event: InteractionEvent }>();

  register(record: InteractionRecord): void {
    this.byId.set(record.id, record);
    this.byToken.set(record.token, record);
  }

  get(id: string): InteractionRecord | undefined {
    return this.byId.get(id);
  }

  getByToken(token: string): InteractionRecord | undefined {
    return this.byToken.get(token);
  }

  all(): InteractionRecord[] {
    return [...this.byId.values()];
  }

  addEvent(record: InteractionRecord, event: InteractionEvent): void {
    record.events.push(event);
    if (event.kind === 'callback') record.callback = event;
    this.waiters.notify({ record, event });
  }

  waitForEvent<E extends InteractionEvent>(
    id: string,
    predicate: (event: InteractionEvent) => event is E,
    timeoutMs: number,
    what: string,
  ): Promise<E>;
  waitForEvent(
    id: string,
    predicate: (event: InteractionEvent) => boolean,
    timeoutMs: number,
    what: string,
  ): Promise<InteractionEvent>;
  async waitForEvent(
    id: string,
    predicate: (event: InteractionEvent) => boolean,
    timeoutMs: number,
    what: string,
  ): Promise<InteractionEvent> {
    const record = this.byId.get(id);
    if (!record) throw new Error(`FakeDiscord: unknown interaction ${id}`);
    const existing = record.events.map((event) => ({ record, event }));
    const hit = await this.waiters.wait(
      (x) => x.record.id === id && predicate(x.event),
      timeoutMs,
      () => {
        const seen = record.events
          .map((e) => (e.kind === 'callback' ? `callback(type ${e.type})` : e.kind))
          .join(', ');
        return `interaction ${id} (${describe(record)}) got no ${what}; events so far: ${seen || 'none — the bot never answered'}`;
      },
      existing,
    );
    return hit.event;
  }

  cancelAll(reason: string): void {
    this.waiters.cancelAll(reason);
  }
}

function describe(r: InteractionRecord): string {
  const data = r.payload.data as Json | undefined;
  if (r.type === 3) return `component "${String(data?.custom_id)}"`;
  return `${r.type === 4 ? 'autocomplete' : 'command'} "/${String(data?.name)}"`;
}
