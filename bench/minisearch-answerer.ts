// Baseline (c): MiniSearch with its default options (no stemming, prefix or fuzzy) over text and phrasings in all languages.
import MiniSearch from 'minisearch';
import type { KnowledgeBase } from '../src/kb/knowledge-base.js';
import { LANGS } from '../src/kb/schema.js';
import type { Answerer } from './answerer.js';

type Doc = Record<string, string>;

const FIELDS = LANGS.flatMap((lang) => [`text_${lang}`, `phrasings_${lang}`]);

/** The top result is the answer; no result is a decline. */
export function miniSearchAnswerer(kb: KnowledgeBase): Answerer {
  const search = new MiniSearch<Doc>({ fields: FIELDS });
  search.addAll(
    kb.entries.map((entry) => {
      const doc: Doc = { id: entry.id };
      for (const lang of LANGS) {
        doc[`text_${lang}`] = entry.text[lang] ?? '';
        doc[`phrasings_${lang}`] = (entry.phrasings[lang] ?? []).join('\n');
      }
      return doc;
    }),
  );
  return (question) => {
    const top = search.search(question)[0];
    return top ? String(top.id) : null;
  };
}
