// Finds the names in a knowledge base (companies, people, technologies), so answering can tell when only a name matched.
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { LANGS, type Entry, type Lang } from '../kb/schema.js';
import { COUNTRIES } from './countries.js';
import { findNames } from './find-names.js';
import { foldText, tokenize } from './normalize.js';
import { PLACED_WORK_NOUNS, WORK_NOUNS } from './publication-nouns.js';
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
    // "Podcast" in "K2 Podcast" is a title's common noun: in a question ("a podcast blurb about…") it names no one.
    if (PUBLICATION_NOUN.test(folded)) return;
    names.add(folded);
    names.add(stemWord(folded, lang));
  };
  // Entries share attributions (a study's, a vendor's): each is split once per language.
  const attributions: Record<Lang, Set<string>> = { pl: new Set(), en: new Set(), ru: new Set() };
  for (const entry of kb.entries) {
    for (const lang of LANGS) {
      const text = entry.text[lang];
      if (!text) continue;
      const found = findNames(text);
      for (const [i, name] of found.entries()) if (!inCountryName(found, i)) add(name, lang);
      if (lang === 'ru') for (const name of cyrillicNames(text)) if (!isCountryName(name)) add(name, lang);
      const attribution = entry.source.attribution;
      if (!attribution || attributions[lang].has(attribution)) continue;
      attributions[lang].add(attribution);
      for (const word of attribution.split(/[\s,]+/)) if (word) add(word, lang);
    }
  }
  return names;
}

/**
 * Whether the `i`th of the names found in a text is a country or a word of one with its neighbour ("Wielkiej" of
 * "Wielkiej Brytanii"): read as a name, "wielkiej awarii" in a question was one the rest had to back (round 81).
 */
function inCountryName(found: readonly string[], i: number): boolean {
  const name = found[i] as string;
  const before = found[i - 1];
  const after = found[i + 1];
  return (
    isCountryName(name) ||
    (before !== undefined && isCountryName(`${before} ${name}`)) ||
    (after !== undefined && isCountryName(`${name} ${after}`))
  );
}

/** A noun of a published work in any language ("podcast", "blog", "FAQ"), whole. */
const PUBLICATION_NOUN = new RegExp(
  `^(?:${LANGS.flatMap((lang) => [...WORK_NOUNS[lang], ...PLACED_WORK_NOUNS[lang]]).join('|')})$`,
  'u',
);

/** A capitalised Cyrillic word that does not start a sentence (see cyrillicNames). */
const CYRILLIC_NAME = /(?<![.!?:]\s|^|["«„(]\s?|[\p{L}\p{N}])[А-ЯЁ][\p{Ll}\p{Lu}\d]+(?![\p{L}\p{N}])/gu;

/**
 * A country ("США", "Великобритании") is where a figure was counted, no name a question's other words must back: the
 * Latin "US" and "UK" are too short or too common to be taken for names.
 */
function isCountryName(name: string): boolean {
  const folded = foldText(name);
  return COUNTRIES.some((country) => country.named.test(folded));
}

/**
 * Capitalised Cyrillic words that do not start a sentence ("исследование Эстебана Колски", "Безос"): findNames's
 * `\b` is ASCII-only, so it never finds them, and a Russian question naming "Колски" as the entry spells him would
 * not count as naming anyone. Russian capitalises little else mid-sentence.
 */
export function cyrillicNames(text: string): string[] {
  return [...text.matchAll(CYRILLIC_NAME)].map((m) => m[0]);
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
