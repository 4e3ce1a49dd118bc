// Baseline: MiniSearch as a developer would set it up untuned: fuzzy 0.2 and prefix search over every string of an
// entry (texts, phrasings, terms, figure, source and topics in all languages).
import MiniSearch from 'minisearch';
import type { KnowledgeBase } from '../src/kb/knowledge-base.js';
import type { Entry } from '../src/kb/schema.js';
import type { Answerer } from './answerer.js';

const FIELDS = ['text', 'phrasings', 'term', 'figure', 'source', 'topics'] as const;

/** Every string under a value (nested objects and arrays), joined; file names of seeds are no text. */
function allStrings(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(allStrings).join('\n');
  if (value && typeof value === 'object')
    return Object.entries(value)
      .filter(([key]) => key !== 'seeds')
      .map(([, v]) => allStrings(v))
      .join('\n');
  return '';
}

/** The top result is the answer; no result is a decline. */
export function miniSearchAnswerer(kb: KnowledgeBase): Answerer {
  const search = new MiniSearch<Entry>({
    fields: [...FIELDS],
    extractField: (entry, field) =>
      field === 'id' ? entry.id : allStrings((entry as unknown as Record<string, unknown>)[field]),
    searchOptions: { fuzzy: 0.2, prefix: true },
  });
  search.addAll([...kb.entries]);
  return (question) => {
    const top = search.search(question)[0];
    return top ? String(top.id) : null;
  };
}
