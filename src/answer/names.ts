// Finds the names in a knowledge base (companies, people, technologies), so answering can tell when only a name matched.
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { LANGS, type Entry, type Lang } from '../kb/schema.js';
import { foldText, tokenize } from './normalize.js';
import { stemWord } from './stem.js';

// A capitalised word that does not start a sentence ("... at Zappos, ..."), an all-capitals word (UMTS), or a
// figure glued to letters (2.5G), wherever it stands. Sentence starts are skipped for capitalised words only: there
// every word is capitalised, while "2,5G to sieci..." opens with the name it defines. The cheap assertions come first
// (a word boundary, then a capital or a digit), so the look-behind runs only where a capitalised name can start.
const NAME =
  /\b(?:(?=\p{Lu})(?<![.!?:]\s|^|["«„(]\s?)\p{Lu}[\p{Ll}\p{Lu}\d]+|(?=\d)\d+(?:[.,]\d+)?\p{Lu}+)\b/gu;

/** The folded words and stems of every name the entries use, in any language. */
export function namesOf(kb: KnowledgeBase): ReadonlySet<string> {
  const names = new Set<string>();
  // A name recurs across entries: folded and stemmed once per language.
  const seen: Record<Lang, Set<string>> = { pl: new Set(), en: new Set(), ru: new Set() };
  const add = (raw: string, lang: Lang) => {
    if (seen[lang].has(raw)) return;
    seen[lang].add(raw);
    const folded = foldText(raw).replace(/,/g, '.');
    names.add(folded);
    names.add(stemWord(folded, lang));
  };
  for (const entry of kb.entries) {
    for (const lang of LANGS) {
      const text = entry.text[lang];
      if (!text) continue;
      for (const match of text.matchAll(NAME)) add(match[0], lang);
      const attribution = entry.source.attribution;
      if (attribution) for (const word of attribution.split(/[\s,]+/)) if (word) add(word, lang);
    }
  }
  return names;
}

/** Whether a question word (by its stems) is a word of the term the entry defines (2.5G for the 2.5G definition). */
export function isEntryTerm(entry: Entry, stems: readonly string[]): boolean {
  if (!entry.term) return false;
  for (const lang of LANGS) {
    const term = entry.term[lang];
    if (term && tokenize(term, 8).some((word) => stems.includes(word))) return true;
  }
  return false;
}
