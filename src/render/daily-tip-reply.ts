// The daily tip post: the tip, its topic and source, and a related statistic when the knowledge base has one.
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { figureIn, type Entry, type Lang } from '../kb/schema.js';
import { entryCard } from './entry-card.js';
import { COLORS, type Reply } from './reply.js';

const TITLE: Record<Lang, string> = { pl: '💡 Porada dnia', en: '💡 Tip of the day', ru: '💡 Совет дня' };
const STAT: Record<Lang, string> = { pl: '📊 Warto wiedzieć', en: '📊 Worth knowing', ru: '📊 Стоит знать' };

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

export function dailyTipReply(tip: Entry, kb: KnowledgeBase, lang: Lang): Reply {
  const card = entryCard(tip, lang, kb, COLORS.answer);
  card.title = TITLE[lang];
  const stat = relatedStatistic(tip, kb);
  if (stat)
    card.fields = [
      ...(card.fields ?? []),
      {
        name: STAT[lang],
        value: `${figureIn(stat, lang) ? `**${figureIn(stat, lang)}** — ` : ''}${stat.text[lang]}`,
      },
    ];
  return { cards: [card] };
}
