// /quiz top as a reply: the server's leaderboard for this week and for all time, members shown by name.
import { catalog } from '../i18n/catalog.js';
import type { Lang } from '../kb/schema.js';
import type { MemberScore } from '../quiz/quiz-scores.js';
import type { Reply } from './reply.js';
import { joinRich, member, type Rich } from './rich-text.js';

const MEDALS = ['🥇', '🥈', '🥉'];

function rows(scores: readonly MemberScore[], lang: Lang): Rich {
  const words = catalog(lang).quiz.leaderboard;
  if (scores.length === 0) return words.empty;
  return joinRich(
    scores.map((s, i) => [
      `${MEDALS[i] ?? `${i + 1}.`} `,
      member(s.memberId),
      words.row(s.points, s.answered, s.streak),
    ]),
  );
}

/** `weekStart` is the instant the server's week began; it is shown as a date in the server's zone. */
export function quizLeaderboardReply(
  board: { week: readonly MemberScore[]; allTime: readonly MemberScore[] },
  lang: Lang,
  week: { start: Date; timeZone: string },
): Reply {
  const c = catalog(lang);
  const words = c.quiz.leaderboard;
  const since = new Intl.DateTimeFormat(c.dateLocale, {
    timeZone: week.timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(week.start);
  return {
    cards: [
      {
        title: words.title,
        fields: [
          { name: words.week, value: rows(board.week, lang) },
          { name: words.allTime, value: rows(board.allTime, lang) },
        ],
        footer: words.footer(since),
        tone: 'answer',
      },
    ],
  };
}
