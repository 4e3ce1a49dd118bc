// The daily tip post: the tip, its topic and source, and a related statistic when the knowledge base has one.
import { catalog } from '../i18n/catalog.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Entry, Lang } from '../kb/schema.js';
import { quizTopicIds } from '../quiz/build-question.js';
import { entryCard } from './entry-card.js';
import { quizMeButton } from './quiz-buttons.js';
import type { Reply } from './reply.js';
import { strong } from './rich-text.js';
import { shownEntry } from './shown-language.js';

/** The statistic sharing the most topics with the tip (ties: the first in the knowledge base), if any. */
export function relatedStatistic(tip: Entry, kb: KnowledgeBase): Entry | undefined {
  let best: Entry | undefined;
  let bestShared = 0;
  for (const entry of kb.ofKind('statistic')) {
    const shared = entry.topics.filter((t) => tip.topics.includes(t)).length;
    if (shared > bestShared) {
      best = entry;
      bestShared = shared;
    }
  }
  return best;
}

/**
 * The post; with `quizButton`, a "Quiz me" button that starts a question for whoever presses it, on the tip's
 * first topic that has questions (any topic when none has), and only when the knowledge base has questions at all.
 */
export function dailyTipReply(
  tip: Entry,
  kb: KnowledgeBase,
  lang: Lang,
  options: { quizButton: boolean } = { quizButton: false },
): Reply {
  const words = catalog(lang).admin.dailyTip;
  const card = entryCard(tip, lang, kb, 'answer');
  card.title = words.tipOfTheDay;
  const stat = relatedStatistic(tip, kb);
  if (stat) {
    const { figure, text } = shownEntry(stat, lang);
    card.fields = [
      ...(card.fields ?? []),
      {
        name: words.worthKnowing,
        value: figure ? [strong(figure), ` — ${text}`] : text,
      },
    ];
  }
  const asked = options.quizButton ? quizTopicIds(kb) : new Set<string>();
  if (asked.size === 0) return { cards: [card] };
  return {
    cards: [card],
    buttons: [
      quizMeButton(
        lang,
        tip.topics.find((t) => asked.has(t)),
      ),
    ],
  };
}
