// An entry's own words (its text and its defined term, not its phrasings), to tell what a question shares with the
// entry itself from what it shares only with the ways other people once asked for it.
import { LANGS, type Entry } from '../kb/schema.js';
import { analyzeText } from './analyze.js';
import type { StemFn } from './stem.js';

/** The stems of an entry's text in every language, and of each wording of its defined term. */
export class EntryOwnWords {
  readonly text: ReadonlySet<string>;
  /** Each wording of the term as its stems: "tajemniczy klient (mystery shopper)" is two, the bracket an alias. */
  readonly terms: readonly (readonly string[])[];
  /** Pairs of stems standing side by side (stop words aside) in its text, term or phrasings, in either order. */
  readonly pairs: ReadonlySet<string>;

  constructor(entry: Entry, stem: StemFn) {
    const text = new Set<string>();
    const terms: string[][] = [];
    const pairs = new Set<string>();
    const addPairs = (stems: readonly string[]) => {
      for (let i = 1; i < stems.length; i++) pairs.add(pairKey(stems[i - 1]!, stems[i]!));
    };
    for (const lang of LANGS) {
      const stems = analyzeText(entry.text[lang] ?? '', lang, stem);
      for (const s of stems) text.add(s);
      addPairs(stems);
      for (const phrasing of entry.phrasings[lang] ?? []) addPairs(analyzeText(phrasing, lang, stem));
      const term = entry.term?.[lang];
      if (!term) continue;
      for (const wording of term.split(/[()]/)) {
        const stems = analyzeText(wording, lang, stem);
        if (stems.length > 0) terms.push(stems);
        addPairs(stems);
      }
    }
    this.text = text;
    this.terms = terms;
    this.pairs = pairs;
  }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

/**
 * The share of the question's neighbouring word pairs (both words weighing something) that stand side by side in the
 * entry too: "zadowolony klient" and "klient niezadowolony" share both words, not the pair.
 */
export function pairShare(
  own: EntryOwnWords,
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
    if (left.some((a) => right.some((b) => own.pairs.has(pairKey(a, b))))) found += 1;
  }
  return asked === 0 ? 0 : found / asked;
}

/** Reads an entry's own words, from a memo (the engine keeps one, see candidates.ts). */
export type OwnWordsReader = (entry: Entry) => EntryOwnWords;

/** Whether one of a question word's stems is among `stems`. */
function hasAny(stems: ReadonlySet<string>, wordStems: readonly string[] | undefined): boolean {
  if (!wordStems) return false;
  for (const s of wordStems) if (stems.has(s)) return true;
  return false;
}

/**
 * The share of the question's weight in words the entry's own text (or term) holds, exactly: a match found only in
 * its phrasings ("how do I keep staff", taught to another tip) says less about what the entry tells.
 */
export function ownTextShare(
  own: EntryOwnWords,
  questionStems: readonly (readonly string[])[],
  weights: readonly number[],
  total: number,
): number {
  if (total <= 0) return 0;
  let inText = 0;
  for (let i = 0; i < questionStems.length; i++)
    if (hasAny(own.text, questionStems[i]) || own.terms.some((t) => t.some((s) => questionStems[i]?.includes(s))))
      inText += weights[i] ?? 0;
  return inText / total;
}

/**
 * The largest share of one wording of the entry's defined term that the question names ("co to jest tajemniczy
 * klient" names all of "tajemniczy klient"): 0 for an entry that defines no term.
 */
export function termNamed(own: EntryOwnWords, questionStems: ReadonlySet<string>): number {
  let best = 0;
  for (const term of own.terms) {
    let named = 0;
    for (const s of term) if (questionStems.has(s)) named += 1;
    best = Math.max(best, named / term.length);
  }
  return best;
}
