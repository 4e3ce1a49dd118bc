// Everything the REST routes need, bundled (built by FakeDiscord).
import type { CommandStore } from './commands.js';
import type { Gateway } from './gateway.js';
import type { InteractionStore } from './interaction-store.js';
import type { MessageStore, StoredMessage } from './messages.js';
import type { SnowflakeGenerator } from './snowflake.js';
import type { World } from './world-state.js';

export interface FakeState {
  readonly world: World;
  readonly token: string;
  readonly snowflakes: SnowflakeGenerator;
  readonly commands: CommandStore;
  readonly messages: MessageStore;
  readonly interactions: InteractionStore;
  readonly gateway: Gateway;
  /** validate payloads like Discord does (400 Invalid Form Body) */
  readonly strict: boolean;
  /** initial interaction responses later than this (ms) get 404 Unknown interaction; null = no limit */
  readonly interactionDeadlineMs: number | null;
  /** what GET /gateway/bot recommends: the shard count and how many shards may IDENTIFY at once */
  readonly shardCount: number;
  readonly maxConcurrency: number;
  gatewayUrl(): string;
  /** called after a message is created or edited (gateway dispatch, waiters) */
  messageChanged(stored: StoredMessage, kind: 'create' | 'update' | 'delete'): void;
}
