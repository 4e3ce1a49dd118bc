// Russian words of the quiz: questions, answers, scores, the leaderboard, the daily tip's button (typed against the
// English catalog).
import type { enQuiz } from '../en/quiz.js';
import { code } from '../../render/rich-text.js';
import { pluralRu } from '../plural.js';

const points = (n: number) => `${n} ${pluralRu(n, 'очко', 'очка', 'очков')}`;

export const ruQuiz: typeof enQuiz = {
  prompt: {
    figure: 'Какая цифра верна?',
    term: 'Какой термин пропущен?',
    author: 'Кто это сказал?',
  },
  onTopic: (topic) => `Тема: ${topic}`,
  howToAnswer: 'Один ответ на человека; верно ли, видите только вы.',
  right: '✅ Верно!',
  wrong: '❌ Не совсем.',
  yourAnswer: 'Ваш ответ',
  theAnswer: 'Верный ответ',
  score: (n, streak, best) => `Ваш счёт: ${points(n)} · серия ${streak} (лучшая ${best})`,
  nextQuestion: 'Следующий вопрос',
  quizMe: 'Проверь меня',
  alreadyAnswered: (right) =>
    `Вы уже ответили на этот вопрос${right ? ', и верно' : ''}: один ответ на человека. Попробуйте следующий!`,
  unknownRound:
    'Я не знаю этого вопроса викторины (возможно, он устарел). Ничего не сохранено. Начните новый: /quiz play.',
  unknownOption: 'Такого ответа нет среди вариантов этого вопроса. Ничего не сохранено.',
  serverOnly: 'В викторину играют на сервере Discord, где команда видит рейтинг.',
  noQuestions: 'В базе знаний пока нет статистики, определений или цитат для вопросов.',
  noTopic: 'Я не знаю такой темы с вопросами викторины. Темы на выбор:',
  leaderboard: {
    title: '🏆 Рейтинг викторины',
    week: 'Эта неделя',
    allTime: 'За всё время',
    empty: 'Пока никто не ответил.',
    row: (n, answered, streak) =>
      ` — ${points(n)} из ${answered}${streak > 1 ? ` · 🔥 ${streak} подряд` : ''}`,
    footer: (since) => `Неделя началась ${since}. Играть: /quiz play.`,
  },
  dailyTip: {
    button: 'Кнопка «Проверь меня»',
    on: '▶️ включена',
    off: '⏹️ выключена',
    changed: (on) => [
      `Совет дня ${on ? 'теперь с кнопкой' : 'больше без кнопки'} «Проверь меня». `,
      code(on ? '/daily-tip set quiz:off' : '/daily-tip set quiz:on'),
      on ? ' выключает её.' : ' включает её снова.',
    ],
    title: '✅ Совет дня изменён',
  },
};
