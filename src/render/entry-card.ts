// One knowledge-base entry as a card: kind, text, figure, topics and source.
import { catalog } from '../i18n/catalog.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Entry, Kind, Lang } from '../kb/schema.js';
import type { ReplyCard, Tone } from './reply.js';
import { shownEntry } from './shown-language.js';
import { sourceLine } from './source-line.js';

export const KIND_ICONS: Readonly<Record<Kind, string>> = {
  tip: '💡',
  statistic: '📊',
  definition: '📖',
  quote: '💬',
  metric: '📏',
  case: '📁',
};

/** The kind in the reader's language, the term in the entry's, and "(only in Polish)" when they differ. */
export function entryTitle(entry: Entry, lang: Lang): string {
  const words = catalog(lang).replies;
  const kind = words.kinds[entry.kind];
  const shown = shownEntry(entry, lang);
  const only = shown.fallback ? ` (${words.entry.onlyIn[shown.lang]})` : '';
  return `${KIND_ICONS[entry.kind]} ${shown.term ? `${kind}: ${shown.term}` : kind}${only}`;
}

export function entryCard(entry: Entry, lang: Lang, kb: KnowledgeBase, tone: Tone = 'answer'): ReplyCard {
  const words = catalog(lang).replies.entry;
  const fields: NonNullable<ReplyCard['fields']> = [];
  const shown = shownEntry(entry, lang);
  const figure = shown.figure;
  if (figure) fields.push({ name: words.figure, value: figure, inline: true });
  fields.push({
    name: words.topic,
    value: entry.topics.map((id) => kb.topicName(id, lang)).join(', '),
    inline: true,
  });
  return {
    title: entryTitle(entry, lang),
    description: shown.text,
    fields,
    footer: `${words.source}: ${sourceLine(entry.source, lang, entry.kind)}`,
    tone,
  };
}
