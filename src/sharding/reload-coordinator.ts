// The shard manager's side of reloading the knowledge base everywhere: asks each shard process to reload and
// gathers every answer (a shard that does not answer in time is reported as such, never waited on for ever).
import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import { parseReloadMessage, type ReloadMessage, type ShardReloadResult } from './reload-messages.js';

/** One shard as the manager reaches it: its id and a way to send it a message (rejects when it is not running). */
export interface ShardHandle {
  readonly id: number;
  send(message: ReloadMessage): Promise<unknown>;
}

/** A reload of a large knowledge base takes seconds on a busy machine; past this a shard is reported silent. */
export const SHARD_ANSWER_TIMEOUT_MS = 60_000;

export class ReloadCoordinator {
  /** Answers awaited, by request and shard. */
  private readonly waiting = new Map<string, (result: ShardReloadResult) => void>();

  constructor(
    private readonly shards: () => readonly ShardHandle[],
    private readonly logger: Logger,
    private readonly timeoutMs = SHARD_ANSWER_TIMEOUT_MS,
  ) {}

  /** Reloads on every shard (but `exceptShardId`, which reloaded itself) and resolves with each one's result. */
  async reloadAll(exceptShardId?: number): Promise<ShardReloadResult[]> {
    const requestId = randomUUID();
    const targets = this.shards().filter((s) => s.id !== exceptShardId);
    const results = await Promise.all(targets.map((shard) => this.reloadOne(shard, requestId)));
    return results.sort((a, b) => a.shardId - b.shardId);
  }

  /** Takes every message a shard sends; ignores what is not about reloads (discord.js's own messages). */
  handle(fromShard: ShardHandle, message: unknown): void {
    const parsed = parseReloadMessage(message);
    if (parsed?.type === 'cs-coach:reloaded') {
      this.waiting.get(key(parsed.requestId, fromShard.id))?.(parsed.result);
    } else if (parsed?.type === 'cs-coach:reload-others') {
      void this.reloadAll(fromShard.id)
        .then((results) =>
          fromShard.send({ type: 'cs-coach:others-reloaded', requestId: parsed.requestId, results }),
        )
        .catch((err: unknown) =>
          this.logger.error({ err, shardId: fromShard.id }, 'could not answer a shard about the reloads'),
        );
    }
  }

  private reloadOne(shard: ShardHandle, requestId: string): Promise<ShardReloadResult> {
    const id = key(requestId, shard.id);
    return new Promise<ShardReloadResult>((resolve) => {
      const done = (result: ShardReloadResult) => {
        clearTimeout(timer);
        this.waiting.delete(id);
        resolve(result);
      };
      const silent = () => done({ shardId: shard.id, outcome: 'no-answer' });
      const timer = setTimeout(silent, this.timeoutMs);
      this.waiting.set(id, done);
      shard.send({ type: 'cs-coach:reload', requestId }).catch((err: unknown) => {
        this.logger.warn({ err, shardId: shard.id }, 'could not ask a shard to reload');
        silent();
      });
    });
  }
}

const key = (requestId: string, shardId: number) => `${requestId}/${shardId}`;
