// What a state store keeps for the quiz: rounds (with the right answer, never shown) and one answer per member.
import { z } from 'zod';
import {
  answerRecordSchema,
  quizRoundSchema,
  type AnswerOutcome,
  type AnswerRecord,
  type QuizRound,
} from '../quiz/quiz-round.js';

/** Rounds kept at most (the oldest go first): enough for a week of busy servers, small enough to load at once. */
export const MAX_QUIZ_ROUNDS = 2000;
/** Answer records kept at most, the oldest dropped first. */
export const MAX_QUIZ_ANSWERS = 50_000;

export const quizStateSchema = z.object({
  rounds: z.record(z.string(), quizRoundSchema),
  answers: z.array(answerRecordSchema),
});
export type QuizState = z.infer<typeof quizStateSchema>;

/** An answer's outcome, or that the round is not (or no longer) kept. */
export type QuizAnswerResult = AnswerOutcome | { outcome: 'unknown-round' };

export interface QuizAnswer {
  memberId: string;
  optionId: string;
  now: Date;
}

export interface QuizStore {
  /** Keeps a new round; resolves once saved. */
  saveQuizRound(round: QuizRound): Promise<void>;
  /** The round with its answers so far, validated; undefined when unknown. */
  quizRound(roundId: string): Promise<QuizRound | undefined>;
  /**
   * Records a member's answer, atomically across every process sharing the store: the first answer of a member
   * counts, any later one is refused ("already-answered"); an option not in the round is not stored.
   */
  answerQuizRound(roundId: string, answer: QuizAnswer): Promise<QuizAnswerResult>;
  /** Every kept answer record of a server, oldest first. */
  quizAnswers(guildId: string): Promise<AnswerRecord[]>;
}
