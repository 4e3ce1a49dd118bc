// The shared state store for several processes or machines: Redis through ioredis (claims with SET NX PX).
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import { guildDailyTipSchema, type GuildDailyTip } from './daily-tip-state.js';
import type { QuestionRecord, StateSnapshot, Vote } from './schema.js';
import type { AnswerRecord, QuizRound } from '../quiz/quiz-round.js';
import type { QuizAnswer, QuizAnswerResult } from './quiz-store.js';
import { RedisQuiz } from './redis-quiz.js';
import { RedisQuestionLog } from './redis-question-log.js';
import { MOVE_CLAIM, RELEASE_CLAIM } from './redis-scripts.js';
import {
  SETTLED_CLAIM_MS,
  StateStoreOpenError,
  type DailyPostClaim,
  type GuildDailyTipPatch,
  type QuestionLogView,
  type StateStore,
  type StoreHealth,
} from './state-store.js';

/** A vote waits at most this long for Redis: the user hears "failed" rather than nothing. */
const COMMAND_TIMEOUT_MS = 2000;

/** The URL without its password, for messages and logs. */
export function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'redis://(invalid URL)';
  }
}

export class RedisStateStore implements StateStore {
  readonly kind = 'redis';
  private readonly writes = new Set<Promise<unknown>>();
  private readonly log: RedisQuestionLog;
  private readonly quiz: RedisQuiz;

  private constructor(
    private readonly redis: Redis,
    private readonly logger: Logger,
    private readonly prefix: string,
  ) {
    this.log = new RedisQuestionLog(
      redis,
      (...parts) => this.key(...parts),
      logger,
      (p) => this.track(p),
    );
    this.quiz = new RedisQuiz(
      redis,
      (...parts) => this.key(...parts),
      (p) => this.track(p),
    );
  }

  saveQuizRound(round: QuizRound): Promise<void> {
    return this.quiz.saveQuizRound(round);
  }

  quizRound(roundId: string): Promise<QuizRound | undefined> {
    return this.quiz.quizRound(roundId);
  }

  answerQuizRound(roundId: string, answer: QuizAnswer): Promise<QuizAnswerResult> {
    return this.quiz.answerQuizRound(roundId, answer);
  }

  quizAnswers(guildId: string): Promise<AnswerRecord[]> {
    return this.quiz.quizAnswers(guildId);
  }

  /** Connects and checks the server answers; StateStoreOpenError (one line) when it does not. */
  static async open(url: string, logger: Logger, prefix = 'cs-coach:'): Promise<RedisStateStore> {
    const redis = new Redis(url, {
      lazyConnect: true,
      commandTimeout: COMMAND_TIMEOUT_MS,
      maxRetriesPerRequest: 2,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    redis.on('error', (err: Error) => logger.warn({ err: err.message }, 'redis connection problem'));
    try {
      await redis.connect();
      await redis.ping();
    } catch (error) {
      redis.disconnect();
      throw new StateStoreOpenError({
        code: 'redis_unreachable',
        url: redactedUrl(url),
        reason: (error as Error).message,
      });
    }
    return new RedisStateStore(redis, logger, prefix);
  }

  private key(...parts: string[]): string {
    return this.prefix + parts.join(':');
  }

  /** Keeps the promise until it settles, so that flush() can wait for every write. */
  private track<T>(promise: Promise<T>): Promise<T> {
    this.writes.add(promise);
    const forget = () => this.writes.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  async guildDailyTip(guildId: string): Promise<GuildDailyTip | undefined> {
    const fields = await this.redis.hgetall(this.key('guild', guildId, 'dailyTip'));
    if (Object.keys(fields).length === 0) return undefined;
    const kept: Record<string, unknown> = {};
    for (const [field, json] of Object.entries(fields)) {
      const schema = guildDailyTipSchema.shape[field as keyof typeof guildDailyTipSchema.shape];
      let parsed;
      try {
        parsed = schema?.safeParse(JSON.parse(json));
      } catch {
        parsed = undefined;
      }
      if (parsed?.success) kept[field] = parsed.data;
      else this.logger.error({ guildId, field }, 'redis state: dropped an invalid daily-tip field');
    }
    return guildDailyTipSchema.parse(kept);
  }

  async guildsWithDailyTipSchedule(): Promise<string[]> {
    return (await this.redis.smembers(this.key('guilds', 'scheduled'))).sort();
  }

  async patchGuildDailyTip(guildId: string, patch: GuildDailyTipPatch): Promise<void> {
    if (Object.keys(patch).length === 0) return;
    const key = this.key('guild', guildId, 'dailyTip');
    const multi = this.redis.multi();
    for (const [field, value] of Object.entries(patch)) {
      if (value === null) multi.hdel(key, field);
      else if (value !== undefined) multi.hset(key, field, JSON.stringify(value));
    }
    multi.sadd(this.key('guilds', 'known'), guildId);
    if (patch.schedule === null) multi.srem(this.key('guilds', 'scheduled'), guildId);
    else if (patch.schedule) multi.sadd(this.key('guilds', 'scheduled'), guildId);
    const results = await this.track(multi.exec());
    const failed = results?.find(([error]) => error);
    if (!results || failed) throw failed?.[0] ?? new Error('redis transaction was aborted');
  }

  async claimDailyPost(
    guildId: string,
    localDate: string,
    ttlMs: number,
  ): Promise<DailyPostClaim | undefined> {
    const token = randomUUID();
    const ok = await this.track(
      this.redis.set(this.key('claim', guildId, localDate), `claimed:${token}`, 'PX', ttlMs, 'NX'),
    );
    return ok === 'OK' ? { guildId, localDate, token } : undefined;
  }

  async beginDailyPostSend(claim: DailyPostClaim, patch: GuildDailyTipPatch = {}): Promise<boolean> {
    if (!(await this.moveClaim(claim, 'claimed', 'sending'))) return false;
    await this.patchGuildDailyTip(claim.guildId, patch);
    return true;
  }

  async confirmDailyPost(claim: DailyPostClaim): Promise<void> {
    await this.moveClaim(claim, 'sending', 'posted');
  }

  async releaseDailyPost(claim: DailyPostClaim, patch: GuildDailyTipPatch = {}): Promise<void> {
    await this.patchGuildDailyTip(claim.guildId, patch);
    const key = this.key('claim', claim.guildId, claim.localDate);
    await this.track(
      this.redis.eval(RELEASE_CLAIM, 1, key, `claimed:${claim.token}`, `sending:${claim.token}`),
    );
  }

  private async moveClaim(claim: DailyPostClaim, from: string, to: string): Promise<boolean> {
    const key = this.key('claim', claim.guildId, claim.localDate);
    const moved = await this.track(
      this.redis.eval(MOVE_CLAIM, 1, key, `${from}:${claim.token}`, `${to}:${claim.token}`, SETTLED_CLAIM_MS),
    );
    return moved === 1;
  }

  recordQuestion(record: QuestionRecord): Promise<void> {
    return this.log.recordQuestion(record);
  }

  recordVote(vote: Vote): Promise<{ replaced: boolean }> {
    return this.log.recordVote(vote);
  }

  countUsage(command: string): Promise<void> {
    return this.log.countUsage(command);
  }

  questionLog(): Promise<QuestionLogView> {
    return this.log.questionLog();
  }

  health(): StoreHealth {
    return this.log.health();
  }

  async snapshot(): Promise<StateSnapshot> {
    const guilds: StateSnapshot['guilds'] = {};
    for (const id of (await this.redis.smembers(this.key('guilds', 'known'))).sort()) {
      const dailyTip = await this.guildDailyTip(id);
      guilds[id] = dailyTip ? { dailyTip } : {};
    }
    const { questions, votes } = await this.log.questionLog();
    return { guilds, questions: [...questions], votes: [...votes], usage: await this.log.usage() };
  }

  async flush(): Promise<void> {
    while (this.writes.size > 0) await Promise.allSettled([...this.writes]);
  }

  async close(): Promise<void> {
    await this.flush();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
