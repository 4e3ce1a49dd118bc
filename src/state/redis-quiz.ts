// The quiz in Redis: a round as JSON, its answers in a hash written with HSETNX (one answer per member, atomic across
// processes), and each server's answer records in a capped list.
import type { Redis } from 'ioredis';
import { z } from 'zod';
import {
  answerRecordSchema,
  answerRound,
  quizRoundSchema,
  type AnswerRecord,
  type QuizRound,
} from '../quiz/quiz-round.js';
import { MAX_QUIZ_ANSWERS, type QuizAnswer, type QuizAnswerResult, type QuizStore } from './quiz-store.js';

/** Rounds older than this are forgotten: a week of answers is what the weekly leaderboard needs of a round. */
const ROUND_TTL_SECONDS = 14 * 24 * 3600;

const storedAnswerSchema = z.object({ optionId: z.string().min(1), at: z.iso.datetime() });

export class RedisQuiz implements QuizStore {
  constructor(
    private readonly redis: Redis,
    private readonly key: (...parts: string[]) => string,
    private readonly track: <T>(promise: Promise<T>) => Promise<T>,
  ) {}

  async saveQuizRound(round: QuizRound): Promise<void> {
    const { answers: _answers, ...rest } = round;
    await this.track(
      this.redis.set(this.key('quiz', 'round', round.id), JSON.stringify(rest), 'EX', ROUND_TTL_SECONDS),
    );
  }

  /** The round without its answers, validated; undefined when unknown or unreadable. */
  private async bareRound(roundId: string): Promise<QuizRound | undefined> {
    const raw = await this.redis.get(this.key('quiz', 'round', roundId));
    if (raw === null) return undefined;
    const parsed = quizRoundSchema.safeParse({ ...(JSON.parse(raw) as object), answers: [] });
    return parsed.success ? parsed.data : undefined;
  }

  async quizRound(roundId: string): Promise<QuizRound | undefined> {
    const round = await this.bareRound(roundId);
    if (!round) return undefined;
    const stored = await this.redis.hgetall(this.key('quiz', 'answers', roundId));
    for (const [memberId, raw] of Object.entries(stored)) {
      const answer = storedAnswerSchema.safeParse(JSON.parse(raw));
      if (answer.success) round.answers.push({ memberId, ...answer.data });
    }
    round.answers.sort((a, b) => a.at.localeCompare(b.at));
    return round;
  }

  async answerQuizRound(roundId: string, answer: QuizAnswer): Promise<QuizAnswerResult> {
    const round = await this.bareRound(roundId);
    if (!round) return { outcome: 'unknown-round' };
    const outcome = answerRound(round, answer);
    if (outcome.outcome !== 'right' && outcome.outcome !== 'wrong') return outcome;
    const answersKey = this.key('quiz', 'answers', roundId);
    const stored = JSON.stringify({ optionId: answer.optionId, at: outcome.record.at });
    // HSETNX is the one atomic step: of two answers by one member, at once or from two processes, one wins.
    const won = await this.track(this.redis.hsetnx(answersKey, answer.memberId, stored));
    if (won === 0) {
      const first = storedAnswerSchema.safeParse(
        JSON.parse((await this.redis.hget(answersKey, answer.memberId)) ?? '{}'),
      );
      return {
        outcome: 'already-answered',
        round: (await this.quizRound(roundId)) ?? round,
        right: first.success && first.data.optionId === round.rightOptionId,
      };
    }
    const recordsKey = this.key('quiz', 'records', round.guildId);
    await this.track(
      this.redis
        .multi()
        .expire(answersKey, ROUND_TTL_SECONDS)
        .rpush(recordsKey, JSON.stringify(outcome.record))
        .ltrim(recordsKey, -MAX_QUIZ_ANSWERS, -1)
        .exec(),
    );
    return { ...outcome, round: (await this.quizRound(roundId)) ?? outcome.round };
  }

  async quizAnswers(guildId: string): Promise<AnswerRecord[]> {
    const raw = await this.redis.lrange(this.key('quiz', 'records', guildId), 0, -1);
    return raw.flatMap((line) => {
      const parsed = answerRecordSchema.safeParse(JSON.parse(line));
      return parsed.success ? [parsed.data] : [];
    });
  }
}
