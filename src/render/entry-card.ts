// Renders one knowledge-base entry as a card: kind, text, figure, topics and source.
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { figureIn, type Entry, type Lang } from '../kb/schema.js';
import { KIND_ICONS, KIND_LABELS, t } from './labels.js';
import { COLORS, type ReplyCard } from './reply.js';
import { sourceLine } from './source-line.js';

export function entryTitle(entry: Entry, lang: Lang): string {
  const label = entry.term
    ? `${KIND_LABELS[entry.kind][lang]}: ${entry.term[lang]}`
    : KIND_LABELS[entry.kind][lang];
  return `${KIND_ICONS[entry.kind]} ${label}`;
}

export function entryCard(entry: Entry, lang: Lang, kb: KnowledgeBase, color = COLORS.answer): ReplyCard {
  const fields: NonNullable<ReplyCard['fields']> = [];
  const figure = figureIn(entry, lang);
  if (figure) fields.push({ name: t('figure', lang), value: figure, inline: true });
  fields.push({
    name: t('topic', lang),
    value: entry.topics.map((id) => kb.topicName(id, lang)).join(', '),
    inline: true,
  });
  return {
    title: entryTitle(entry, lang),
    description: entry.text[lang],
    fields,
    footer: `${t('source', lang)}: ${sourceLine(entry.source, lang, entry.kind)}`,
    color,
  };
}
