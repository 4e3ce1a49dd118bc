// A quiz question as a reply: the prompt, the clue, the four options (also written out, so a clipped button label
// loses nothing) and their buttons; public for /quiz play, private when one member asked for the next question.
import { catalog } from '../i18n/catalog.js';
import type { Lang } from '../kb/schema.js';
import type { QuizKind } from '../quiz/quiz-question.js';
import type { PublicQuizRound } from '../quiz/quiz-round.js';
import { answerButtons } from './quiz-buttons.js';
import type { Reply } from './reply.js';
import { em, joinRich, strong } from './rich-text.js';

/** A figure's clue is a way of asking ("how many customers complain"): it reads as a question. */
function clueText(kind: QuizKind, clue: string): string {
  if (kind !== 'figure') return clue;
  const capital = clue.charAt(0).toLocaleUpperCase() + clue.slice(1);
  return /[.?!…]$/u.test(capital) ? capital : `${capital}?`;
}

export function quizQuestionReply(
  round: PublicQuizRound,
  lang: Lang,
  options: { topicName?: string; private: boolean },
): Reply {
  const words = catalog(lang).quiz;
  const listed = round.options.map((o, i) => [strong(`${'ABCD'[i] ?? i + 1}.`), ` ${o.value[lang]}`]);
  return {
    cards: [
      {
        title: `🎯 ${words.prompt[round.kind]}`,
        description: joinRich([em(clueText(round.kind, round.clue[lang])), '', ...listed]),
        footer: [options.topicName ? words.onTopic(options.topicName) : '', words.howToAnswer]
          .filter(Boolean)
          .join(' · '),
        tone: 'answer',
      },
    ],
    buttons: answerButtons(round, lang),
    private: options.private,
  };
}
