// The neighbouring word pairs a question shares with an entry: near twins share their words, not how they stand.
import { LANGS, type Entry } from '../kb/schema.js';
import { analyzeText } from './analyze.js';
import type { StemFn } from './stem.js';

/** Pairs of stems standing side by side (stop words aside) in an entry's text, term or phrasings, in either order. */
export class EntryWordPairs {
  readonly pairs: ReadonlySet<string>;

  constructor(entry: Entry, stem: StemFn) {
    const pairs = new Set<string>();
    const add = (text: string | undefined, lang: (typeof LANGS)[number]) => {
      if (!text) return;
      const stems = analyzeText(text, lang, stem);
      for (let i = 1; i < stems.length; i++) pairs.add(pairKey(stems[i - 1]!, stems[i]!));
    };
    for (const lang of LANGS) {
      add(entry.text[lang], lang);
      add(entry.term?.[lang], lang);
      for (const phrasing of entry.phrasings[lang] ?? []) add(phrasing, lang);
    }
    this.pairs = pairs;
  }
}

/** Reads an entry's word pairs, from a memo (the engine keeps one, see candidates.ts). */
export type WordPairsReader = (entry: Entry) => EntryWordPairs;

// Either order: Polish and Russian put an adjective after its noun as readily as before it.
function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

/**
 * The share of the question's neighbouring word pairs (both words weighing something) that stand side by side in the
 * entry too. Near twins (the tip and the definition of one term, two figures of one study) share most words of a
 * question; the one the question is about tends to share its phrases too ("definition of customer service quality").
 * 0 when the question has no such pair.
 */
export function pairShare(
  entry: EntryWordPairs,
  questionStems: readonly (readonly string[])[],
  weights: readonly number[],
): number {
  let asked = 0;
  let found = 0;
  for (let i = 1; i < questionStems.length; i++) {
    if (!weights[i - 1] || !weights[i]) continue;
    asked += 1;
    const left = questionStems[i - 1]!;
    const right = questionStems[i]!;
    if (left.some((a) => right.some((b) => entry.pairs.has(pairKey(a, b))))) found += 1;
  }
  return asked === 0 ? 0 : found / asked;
}
