// The quiz's buttons: four answers that carry only the round id and an opaque option id (never the right answer),
// "Next question", and the daily tip's "Quiz me"; the router's edge accepts exactly these shapes.
import { catalog } from '../i18n/catalog.js';
import type { Lang } from '../kb/schema.js';
import type { PublicQuizRound } from '../quiz/quiz-round.js';
import type { ReplyButton } from './reply.js';

const LETTERS = ['A', 'B', 'C', 'D'] as const;

export function answerButtons(round: PublicQuizRound, lang: Lang): ReplyButton[] {
  return round.options.map((option, i) => ({
    customId: `quiz:answer:${round.id}:${option.id}`,
    label: `${LETTERS[i] ?? i + 1}. ${option.value[lang]}`,
    style: 'secondary',
  }));
}

/** Starts a new question for the member who presses it, on `topicId` when given. */
function startButton(label: string, emoji: string, topicId: string | undefined): ReplyButton {
  return { customId: topicId ? `quiz:next:${topicId}` : 'quiz:next', label, emoji, style: 'primary' };
}

export function nextQuestionButton(lang: Lang, topicId?: string): ReplyButton {
  return startButton(catalog(lang).quiz.nextQuestion, '➡️', topicId);
}

export function quizMeButton(lang: Lang, topicId?: string): ReplyButton {
  return startButton(catalog(lang).quiz.quizMe, '🎯', topicId);
}
