// The word pairs as the engine first computed them (per entry, from its text, with strings): what the index must equal.
import { analyzeText } from '../../src/answer/analyze.js';
import { stemWord } from '../../src/answer/stem.js';
import { LANGS, type Entry } from '../../src/kb/schema.js';

/** Pairs of stems standing side by side (stop words aside) in an entry's text, term or phrasings, in either order. */
export function referenceEntryPairs(entry: Entry): Set<string> {
  const pairs = new Set<string>();
  const add = (text: string | undefined, lang: (typeof LANGS)[number]) => {
    if (!text) return;
    const stems = analyzeText(text, lang, stemWord);
    for (let i = 1; i < stems.length; i++) pairs.add(referencePairKey(stems[i - 1]!, stems[i]!));
  };
  for (const lang of LANGS) {
    add(entry.text[lang], lang);
    add(entry.term?.[lang], lang);
    for (const phrasing of entry.phrasings[lang] ?? []) add(phrasing, lang);
  }
  return pairs;
}

export function referencePairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

/** The share of the question's weighing neighbouring pairs found in `pairs`, as the first pairShare computed it. */
export function referencePairShare(
  pairs: ReadonlySet<string>,
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
    if (left.some((a) => right.some((b) => pairs.has(referencePairKey(a, b))))) found += 1;
  }
  return asked === 0 ? 0 : found / asked;
}
