// English words of the quiz: questions, answers, scores, the leaderboard, the daily tip's "Quiz me" button. The
// English module is the type the Polish and Russian ones must match.
import { code, type Rich } from '../../render/rich-text.js';
import { pluralEn } from '../plural.js';

export const enQuiz = {
  /** What a question asks, by what it tests: a statistic's figure, a definition's term, a quote's author. */
  prompt: {
    figure: 'Which figure is right?',
    term: 'Which term fills the blank?',
    author: 'Who said it?',
  },
  onTopic: (topic: string): string => `Topic: ${topic}`,
  howToAnswer: 'One answer per person; only you see whether you were right.',
  right: '✅ Right!',
  wrong: '❌ Not quite.',
  yourAnswer: 'Your answer',
  theAnswer: 'The right answer',
  score: (points: number, streak: number, best: number): string =>
    `Your score: ${points} ${pluralEn(points, 'point', 'points')} · streak ${streak} (best ${best})`,
  nextQuestion: 'Next question',
  quizMe: 'Quiz me',
  alreadyAnswered: (right: boolean): string =>
    `You already answered this question${right ? ', and you were right' : ''}: one answer per person. Try the next one!`,
  unknownRound:
    'This quiz question is not one I know (it may be too old). Nothing was saved. Start a new one with /quiz play.',
  unknownOption: "That answer is not one of this question's options. Nothing was saved.",
  serverOnly: 'The quiz is played in a Discord server, where the team can see the leaderboard.',
  noQuestions: 'The knowledge base has no statistics, definitions or quotes to ask about yet.',
  noTopic: 'I know no such topic with quiz questions. Topics you can pick:',
  leaderboard: {
    title: '🏆 Quiz leaderboard',
    week: 'This week',
    allTime: 'All time',
    empty: 'Nobody has answered yet.',
    row: (points: number, answered: number, streak: number): string =>
      ` — ${points} ${pluralEn(points, 'point', 'points')} of ${answered}${streak > 1 ? ` · 🔥 ${streak} in a row` : ''}`,
    footer: (since: string): string => `The week started ${since}. Play with /quiz play.`,
  },
  /** /daily-tip: the "Quiz me" button under the daily post. */
  dailyTip: {
    button: 'Quiz me button',
    on: '▶️ on',
    off: '⏹️ off',
    changed: (on: boolean): Rich => [
      `The daily post ${on ? 'now carries' : 'no longer carries'} a “Quiz me” button. `,
      code(on ? '/daily-tip set quiz:off' : '/daily-tip set quiz:on'),
      on ? ' turns it off.' : ' turns it on again.',
    ],
    title: '✅ Daily tip changed',
  },
};
