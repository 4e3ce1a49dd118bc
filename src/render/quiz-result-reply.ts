// The private reply to a member's answer: right or wrong with their score and streak, the entry with its source
// (what the question was about), and "Next question"; or why the answer was not counted.
import { catalog } from '../i18n/catalog.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Entry, Lang } from '../kb/schema.js';
import type { Localized } from '../quiz/quiz-question.js';
import type { MemberScore } from '../quiz/quiz-scores.js';
import { entryCard } from './entry-card.js';
import { nextQuestionButton } from './quiz-buttons.js';
import type { Reply, ReplyCard } from './reply.js';

export interface QuizResult {
  right: boolean;
  chosen: Localized;
  rightOption: Localized;
  /** The entry asked about; undefined when a reload removed it since the question was asked. */
  entry: Entry | undefined;
  score: MemberScore;
  /** The topic of the question, kept for the next one. */
  topicId?: string;
}

export function quizResultReply(result: QuizResult, lang: Lang, kb: KnowledgeBase): Reply {
  const words = catalog(lang).quiz;
  const { points, streak, bestStreak } = result.score;
  const answers = [
    { name: words.yourAnswer, value: result.chosen[lang], inline: true },
    ...(result.right ? [] : [{ name: words.theAnswer, value: result.rightOption[lang], inline: true }]),
  ];
  const card: ReplyCard = result.entry
    ? entryCard(result.entry, lang, kb, result.right ? 'answer' : 'declined')
    : { title: words.theAnswer, description: result.rightOption[lang], tone: 'declined' };
  card.fields = [...answers, ...(card.fields ?? [])];
  return {
    content: `${result.right ? words.right : words.wrong} ${words.score(points, streak, bestStreak)}`,
    cards: [card],
    buttons: [nextQuestionButton(lang, result.topicId)],
    private: true,
  };
}

/** A second answer to the same question: not counted, said kindly, with the way on. */
export function alreadyAnsweredReply(right: boolean, lang: Lang, topicId?: string): Reply {
  return {
    content: `🙂 ${catalog(lang).quiz.alreadyAnswered(right)}`,
    cards: [],
    buttons: [nextQuestionButton(lang, topicId)],
    private: true,
  };
}

/** A refusal that stores nothing: the round is unknown (forged, too old) or the option is not one of it. */
export function quizRefusal(kind: 'unknownRound' | 'unknownOption', lang: Lang): Reply {
  return {
    cards: [{ title: '🚫', description: catalog(lang).quiz[kind], tone: 'declined' }],
    private: true,
  };
}
