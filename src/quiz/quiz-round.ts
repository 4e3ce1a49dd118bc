// A quiz round as the bot keeps it: options behind opaque ids, the right one known only here, one answer per member.
import { z } from 'zod';
import { LANGS } from '../kb/schema.js';
import type { RandomSource } from '../tips/shuffle.js';
import type { QuizKind, QuizQuestion, Localized } from './quiz-question.js';

const localizedSchema = z.object(
  Object.fromEntries(LANGS.map((l) => [l, z.string()])) as Record<(typeof LANGS)[number], z.ZodString>,
);

/** How a round is stored; the store validates what it reads back with it. */
export const quizRoundSchema = z.object({
  id: z.string().min(1),
  guildId: z.string().min(1),
  kind: z.enum(['figure', 'term', 'author']),
  entryId: z.string().min(1),
  /** The topic the member chose, if any: the next question keeps to it. */
  topicId: z.string().min(1).optional(),
  clue: localizedSchema,
  options: z.array(z.object({ id: z.string().min(1), value: localizedSchema })).length(4),
  rightOptionId: z.string().min(1),
  startedAt: z.iso.datetime(),
  answers: z.array(
    z.object({ memberId: z.string().min(1), optionId: z.string().min(1), at: z.iso.datetime() }),
  ),
});
export type QuizRound = z.infer<typeof quizRoundSchema>;

/** What members may see of a round (buttons carry the option ids): no right answer, no entry id. */
export interface PublicQuizRound {
  id: string;
  kind: QuizKind;
  clue: Localized;
  options: { id: string; value: Localized }[];
}

/** One member's answer to one round, as the store keeps it for scores and leaderboards. */
export const answerRecordSchema = z.object({
  guildId: z.string().min(1),
  memberId: z.string().min(1),
  roundId: z.string().min(1),
  entryId: z.string().min(1),
  right: z.boolean(),
  at: z.iso.datetime(),
});
export type AnswerRecord = z.infer<typeof answerRecordSchema>;

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A random id of `length` characters; it says nothing about which option it names. */
function opaqueId(random: RandomSource, length = 8): string {
  let id = '';
  for (let i = 0; i < length; i++)
    id += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length) % ID_ALPHABET.length];
  return id;
}

/** Starts a round of `question` in a server; option ids come from `random`, distinct within the round. */
export function startRound(
  question: QuizQuestion,
  at: { id: string; guildId: string; now: Date; random: RandomSource },
): QuizRound {
  const ids = new Set<string>();
  while (ids.size < question.options.length) ids.add(opaqueId(at.random));
  const optionIds = [...ids];
  return {
    id: at.id,
    guildId: at.guildId,
    kind: question.kind,
    entryId: question.entryId,
    clue: question.clue,
    options: question.options.map((value, i) => ({ id: optionIds[i] as string, value })),
    rightOptionId: optionIds[question.answerIndex] as string,
    startedAt: at.now.toISOString(),
    answers: [],
  };
}

export function publicRound(round: QuizRound): PublicQuizRound {
  return { id: round.id, kind: round.kind, clue: round.clue, options: round.options.map((o) => ({ ...o })) };
}

export type AnswerOutcome =
  | { outcome: 'right' | 'wrong'; round: QuizRound; record: AnswerRecord; rightOption: Localized }
  | { outcome: 'already-answered'; round: QuizRound; right: boolean }
  | { outcome: 'unknown-option'; round: QuizRound };

/** Records `memberId`'s answer: the first one counts, a second is refused; the round is not changed in place. */
export function answerRound(
  round: QuizRound,
  answer: { memberId: string; optionId: string; now: Date },
): AnswerOutcome {
  const previous = round.answers.find((a) => a.memberId === answer.memberId);
  if (previous)
    return { outcome: 'already-answered', round, right: previous.optionId === round.rightOptionId };
  if (!round.options.some((o) => o.id === answer.optionId)) return { outcome: 'unknown-option', round };
  const at = answer.now.toISOString();
  const right = answer.optionId === round.rightOptionId;
  const rightOption = round.options.find((o) => o.id === round.rightOptionId)?.value as Localized;
  return {
    outcome: right ? 'right' : 'wrong',
    round: {
      ...round,
      answers: [...round.answers, { memberId: answer.memberId, optionId: answer.optionId, at }],
    },
    record: {
      guildId: round.guildId,
      memberId: answer.memberId,
      roundId: round.id,
      entryId: round.entryId,
      right,
      at,
    },
    rightOption,
  };
}
