// A shard process's link to its manager: reloads the knowledge base when the manager asks, and asks the manager
// to reload every other shard when an admin runs /kb reload here.
import { randomUUID } from 'node:crypto';
import type { KbHolder } from '../kb/kb-holder.js';
import { reloadAndLog } from '../kb/reload-and-log.js';
import type { Logger } from '../logger.js';
import { SHARD_ANSWER_TIMEOUT_MS } from './reload-coordinator.js';
import {
  parseReloadMessage,
  shardReloadResult,
  type ReloadMessage,
  type ShardReloadResult,
} from './reload-messages.js';

/** The IPC channel to the manager (the process's own in production: process.send and 'message'). */
export interface ManagerChannel {
  send(message: ReloadMessage): void;
  /** Calls `listener` with every message; returns the function that stops listening. */
  onMessage(listener: (message: unknown) => void): () => void;
  /** Lets go of the channel (an open IPC channel would keep the process alive after the bot stopped). */
  close(): void;
}

/** What handlers may ask of the other shards (absent from the context when the bot runs as one process). */
export interface OtherShards {
  readonly shardId: number;
  /** Reloads the knowledge base on every other shard; each one's result, by shard id. */
  reloadOthers(): Promise<ShardReloadResult[]>;
}

export class ShardLink implements OtherShards {
  private readonly waiting = new Map<string, (results: ShardReloadResult[]) => void>();
  private readonly stopListening: () => void;

  constructor(
    readonly shardId: number,
    private readonly channel: ManagerChannel,
    private readonly kb: KbHolder,
    private readonly logger: Logger,
    /** The manager waits up to SHARD_ANSWER_TIMEOUT_MS for each shard; this shard waits a little longer. */
    private readonly timeoutMs = SHARD_ANSWER_TIMEOUT_MS + 5000,
  ) {
    this.stopListening = channel.onMessage((message) => this.receive(message));
  }

  reloadOthers(): Promise<ShardReloadResult[]> {
    const requestId = randomUUID();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(requestId);
        this.logger.warn({ requestId }, 'the shard manager did not report the other shards’ reloads');
        resolve([]);
      }, this.timeoutMs);
      this.waiting.set(requestId, (results) => {
        clearTimeout(timer);
        this.waiting.delete(requestId);
        resolve(results);
      });
      this.channel.send({ type: 'cs-coach:reload-others', requestId });
    });
  }

  close(): void {
    this.stopListening();
    this.channel.close();
  }

  private receive(message: unknown): void {
    const parsed = parseReloadMessage(message);
    if (parsed?.type === 'cs-coach:others-reloaded') this.waiting.get(parsed.requestId)?.(parsed.results);
    else if (parsed?.type === 'cs-coach:reload') void this.reloadForManager(parsed.requestId);
  }

  private async reloadForManager(requestId: string): Promise<void> {
    let result: ShardReloadResult;
    try {
      result = shardReloadResult(this.shardId, await reloadAndLog(this.kb, this.logger, 'shards'));
    } catch (error) {
      // A failed reload keeps the old snapshot in service, as a refused one does.
      this.logger.error({ err: error }, 'knowledge base reload failed; still serving the previous one');
      result = {
        shardId: this.shardId,
        outcome: 'kept',
        problems: 1,
        firstProblem: { file: this.kb.dir, code: 'folder_unreadable', detail: (error as Error).message },
      };
    }
    this.channel.send({ type: 'cs-coach:reloaded', requestId, result });
  }
}
