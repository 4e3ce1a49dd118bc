// Playing the quiz with the context's knowledge base, store, clock and random source: start a round for a member,
// take one answer per member, and compute their score; plain outcomes, no Discord and no wording.
import { pickQuestion, quizTopicIds } from '../quiz/build-question.js';
import { newRoundId } from '../quiz/quiz-ids.js';
import { publicRound, startRound, type PublicQuizRound } from '../quiz/quiz-round.js';
import { memberScore } from '../quiz/quiz-scores.js';
import type { QuizResult } from '../render/quiz-result-reply.js';
import type { BotContext } from './context.js';

/** A member's latest questions are not asked again while others remain. */
const RECENT_ANSWERS_AVOIDED = 20;

type QuizContext = Pick<BotContext, 'kb' | 'store' | 'clock' | 'random' | 'logger'>;

/**
 * Starts and saves a round for `memberId` in a server: on `topicId` when it has a question, else (when `fallBack`)
 * on any topic. Undefined when the knowledge base has nothing to ask.
 */
export async function startQuizRound(
  ctx: QuizContext,
  at: { guildId: string; memberId: string; topicId?: string; fallBack: boolean },
): Promise<PublicQuizRound | undefined> {
  const kb = ctx.kb.current().kb;
  const recentEntryIds = (await ctx.store.quizAnswers(at.guildId))
    .filter((r) => r.memberId === at.memberId)
    .slice(-RECENT_ANSWERS_AVOIDED)
    .map((r) => r.entryId);
  const question =
    pickQuestion(kb, ctx.random, { ...(at.topicId ? { topic: at.topicId } : {}), recentEntryIds }) ??
    (at.topicId && at.fallBack ? pickQuestion(kb, ctx.random, { recentEntryIds }) : undefined);
  if (!question) return undefined;
  const now = ctx.clock.now();
  const round = startRound(question, {
    id: newRoundId(now, ctx.random),
    guildId: at.guildId,
    now,
    random: ctx.random,
  });
  // Kept only when the question is on it (not after falling back to any topic).
  if (at.topicId && kb.entry(question.entryId)?.topics.includes(at.topicId)) round.topicId = at.topicId;
  await ctx.store.saveQuizRound(round);
  ctx.logger.debug({ guildId: at.guildId, roundId: round.id, entryId: round.entryId }, 'quiz round started');
  return publicRound(round);
}

/** A topic id from a button or autocomplete, kept only when the knowledge base still has quiz questions on it. */
export function quizTopicOf(ctx: Pick<BotContext, 'kb'>, topicId: string | undefined): string | undefined {
  return topicId && quizTopicIds(ctx.kb.current().kb).has(topicId) ? topicId : undefined;
}

export type QuizAnswerOutcome =
  | { outcome: 'answered'; result: QuizResult }
  | { outcome: 'already-answered'; right: boolean; topicId?: string }
  | { outcome: 'unknown-round' | 'unknown-option' };

/** Records a member's answer (the first per round counts) and gives the result with their score after it. */
export async function answerQuiz(
  ctx: QuizContext,
  answer: { guildId: string; memberId: string; roundId: string; optionId: string },
): Promise<QuizAnswerOutcome> {
  const round = await ctx.store.quizRound(answer.roundId);
  // A round of another server is as unknown here as a forged one: nothing is stored.
  if (!round || round.guildId !== answer.guildId) return refused(ctx, answer, 'unknown-round');
  const outcome = await ctx.store.answerQuizRound(answer.roundId, {
    memberId: answer.memberId,
    optionId: answer.optionId,
    now: ctx.clock.now(),
  });
  if (outcome.outcome === 'unknown-round' || outcome.outcome === 'unknown-option')
    return refused(ctx, answer, outcome.outcome);
  if (outcome.outcome === 'already-answered')
    return {
      outcome: 'already-answered',
      right: outcome.right,
      ...(round.topicId ? { topicId: round.topicId } : {}),
    };
  const kb = ctx.kb.current().kb;
  const chosen = round.options.find((o) => o.id === answer.optionId)?.value ?? outcome.rightOption;
  const records = await ctx.store.quizAnswers(answer.guildId);
  const entry = kb.entry(round.entryId);
  return {
    outcome: 'answered',
    result: {
      right: outcome.outcome === 'right',
      chosen,
      rightOption: outcome.rightOption,
      entry,
      score: memberScore(records, answer.guildId, answer.memberId),
      ...(round.topicId ? { topicId: round.topicId } : {}),
    },
  };
}

function refused(
  ctx: QuizContext,
  answer: { guildId: string; memberId: string; roundId: string },
  outcome: 'unknown-round' | 'unknown-option',
): QuizAnswerOutcome {
  ctx.logger.warn(
    { guildId: answer.guildId, userId: answer.memberId, roundId: answer.roundId, outcome },
    'quiz answer refused: nothing stored',
  );
  return { outcome };
}
