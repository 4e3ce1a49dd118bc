// The question log in Redis: questions in a capped list, one vote per user per entry (bounded), usage counters.
import type { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import { RECORD_VOTE } from './redis-scripts.js';
import {
  logLineSchema,
  MAX_QUESTION_RECORDS,
  MAX_VOTES,
  questionRecordSchema,
  voteSchema,
  type LogLine,
  type QuestionRecord,
  type Vote,
} from './schema.js';
import { InvalidStateRecordError, type QuestionLogView, type StoreHealth } from './state-store.js';

export class RedisQuestionLog {
  private failedLogWrites = 0;
  private lastLogError: StoreHealth['lastLogError'];

  constructor(
    private readonly redis: Redis,
    private readonly key: (...parts: string[]) => string,
    private readonly logger: Logger,
    private readonly track: <T>(write: Promise<T>) => Promise<T>,
  ) {}

  recordQuestion(record: QuestionRecord): Promise<void> {
    return this.quietly({ type: 'question', ...record }, () => {
      const key = this.key('questions');
      return this.redis
        .multi()
        .rpush(key, JSON.stringify(record))
        .ltrim(key, -MAX_QUESTION_RECORDS, -1)
        .exec();
    });
  }

  async recordVote(vote: Vote): Promise<{ replaced: boolean }> {
    const parsed = voteSchema.safeParse(vote);
    if (!parsed.success)
      throw new InvalidStateRecordError(`vote refused: ${parsed.error.issues[0]?.message}`);
    const { entryId, userId } = parsed.data;
    const replaced = await this.track(
      this.redis.eval(
        RECORD_VOTE,
        3,
        this.key('votes'),
        this.key('votes', 'order'),
        this.key('votes', 'seq'),
        `${entryId}\u0000${userId}`,
        JSON.stringify(parsed.data),
        MAX_VOTES,
      ),
    );
    return { replaced: replaced === 1 };
  }

  countUsage(command: string): Promise<void> {
    return this.quietly({ type: 'usage', command, count: 1 }, () =>
      this.redis.hincrby(this.key('usage'), command, 1),
    );
  }

  /** For records nobody waits on: a failure is logged and counted for admins, never thrown at an answer. */
  private async quietly(line: LogLine, write: () => Promise<unknown>): Promise<void> {
    if (!logLineSchema.safeParse(line).success) return;
    try {
      await this.track(write());
    } catch (error) {
      this.failedLogWrites += 1;
      this.lastLogError = { at: new Date().toISOString(), message: (error as Error).message };
      this.logger.error({ err: error }, 'could not write the question log to redis');
    }
  }

  async usage(): Promise<Record<string, number>> {
    const counts = await this.redis.hgetall(this.key('usage'));
    return Object.fromEntries(Object.entries(counts).map(([command, n]) => [command, Number(n)]));
  }

  async questionLog(): Promise<QuestionLogView> {
    const [questions, votes] = await Promise.all([
      this.redis.lrange(this.key('questions'), 0, -1),
      this.redis.zrange(this.key('votes', 'order'), 0, '-1'),
    ]);
    const voteJson = votes.length > 0 ? await this.redis.hmget(this.key('votes'), ...votes) : [];
    return {
      questions: validItems(questions, (v) => questionRecordSchema.safeParse(v)),
      votes: validItems(voteJson, (v) => voteSchema.safeParse(v)),
    };
  }

  health(): StoreHealth {
    return {
      failedLogWrites: this.failedLogWrites,
      ...(this.lastLogError ? { lastLogError: this.lastLogError } : {}),
    };
  }
}

function validItems<T>(
  items: (string | null)[],
  parse: (value: unknown) => { success: true; data: T } | { success: false },
): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (item === null) continue;
    try {
      const parsed = parse(JSON.parse(item));
      if (parsed.success) out.push(parsed.data);
    } catch {
      // A value that is not JSON is skipped like any other invalid record.
    }
  }
  return out;
}
