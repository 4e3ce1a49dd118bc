// One knowledge-base entry as a card: kind, text, figure, topics and source.
import { catalog } from '../i18n/catalog.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { figureIn, type Entry, type Kind, type Lang } from '../kb/schema.js';
import type { ReplyCard, Tone } from './reply.js';
import { sourceLine } from './source-line.js';

export const KIND_ICONS: Readonly<Record<Kind, string>> = {
  tip: '💡',
  statistic: '📊',
  definition: '📖',
  quote: '💬',
  metric: '📏',
  case: '📁',
};

export function entryTitle(entry: Entry, lang: Lang): string {
  const kind = catalog(lang).replies.kinds[entry.kind];
  return `${KIND_ICONS[entry.kind]} ${entry.term ? `${kind}: ${entry.term[lang]}` : kind}`;
}

export function entryCard(entry: Entry, lang: Lang, kb: KnowledgeBase, tone: Tone = 'answer'): ReplyCard {
  const words = catalog(lang).replies.entry;
  const fields: NonNullable<ReplyCard['fields']> = [];
  const figure = figureIn(entry, lang);
  if (figure) fields.push({ name: words.figure, value: figure, inline: true });
  fields.push({
    name: words.topic,
    value: entry.topics.map((id) => kb.topicName(id, lang)).join(', '),
    inline: true,
  });
  return {
    title: entryTitle(entry, lang),
    description: entry.text[lang],
    fields,
    footer: `${words.source}: ${sourceLine(entry.source, lang, entry.kind)}`,
    tone,
  };
}
