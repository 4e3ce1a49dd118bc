// Finds the names in a knowledge base (companies, people, technologies), so answering can tell when only a name matched.
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { LANGS, type Entry, type Lang } from '../kb/schema.js';
import { findNames } from './find-names.js';
import { foldText, tokenize } from './normalize.js';
import { stemWord } from './stem.js';

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
  // Entries share attributions (a study's, a vendor's): each is split once per language.
  const attributions: Record<Lang, Set<string>> = { pl: new Set(), en: new Set(), ru: new Set() };
  for (const entry of kb.entries) {
    for (const lang of LANGS) {
      const text = entry.text[lang];
      if (!text) continue;
      for (const name of findNames(text)) add(name, lang);
      const attribution = entry.source.attribution;
      if (!attribution || attributions[lang].has(attribution)) continue;
      attributions[lang].add(attribution);
      for (const word of attribution.split(/[\s,]+/)) if (word) add(word, lang);
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

/**
 * The Latin words of the terms the entries define ("mystery shopper", LiveAgent): beside the names,
 * the words a question may spell as heard ("мистери шопер", "лайв эйджент"). Read once per knowledge base.
 */
export function termWordsOf(kb: KnowledgeBase): ReadonlySet<string> {
  const words = new Set<string>();
  for (const entry of kb.entries) {
    if (!entry.term) continue;
    // The English term, and the Latin words of the Russian one ("(mystery shopper)"): a Polish term's words are Polish.
    for (const word of tokenize(entry.term.en ?? '', 8)) if (/^[a-z]+$/.test(word)) words.add(word);
    for (const word of tokenize(entry.term.ru ?? '', 8)) if (/^[a-z]+$/.test(word)) words.add(word);
  }
  return words;
}
