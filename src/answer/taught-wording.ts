// A question asked in the very words a lead taught an entry ("teach" in /kb inbox, `npm run teach-pool`) is answered
// by that entry: the ranker weighs words, so a near twin could otherwise still outscore the entry it was taught to.
import type { Entry } from '../kb/schema.js';
import { foldText } from './normalize.js';

/** Case, diacritics and punctuation do not make another question. */
export function questionKey(question: string): string {
  return foldText(question)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The key a taught question is matched by: word order does not make another question either ("keeping one vs cost of
 * a new customer" was taught as the same ask as "cost of a new customer vs keeping one"). */
function taughtKey(question: string): string {
  return questionKey(question).split(' ').sort().join(' ');
}

/** How many of the best candidates are checked: a taught entry always ranks near the top for its own words. */
const CHECKED = 3;

/** The taught keys of an entry's phrasings in all languages. */
export function phrasingKeys(entry: Entry): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const list of Object.values(entry.phrasings))
    for (const phrasing of list ?? []) keys.add(taughtKey(phrasing));
  return keys;
}

/**
 * The position among `candidates` (first CHECKED only) of the one entry holding `question` word for word as a phrasing,
 * or -1 when none or several do. `keysOf` gives an entry's phrasing keys; the engine remembers them per entry, so a
 * question costs one fold and a few set look-ups (folding the candidates' phrasings each time cost ~7 % of an answer).
 */
export function taughtPosition(
  question: string,
  candidates: readonly Entry[],
  keysOf: (entry: Entry) => ReadonlySet<string> = phrasingKeys,
): number {
  const key = taughtKey(question);
  if (key === '') return -1;
  let found = -1;
  for (let i = 0; i < Math.min(CHECKED, candidates.length); i += 1) {
    if (!keysOf(candidates[i]!).has(key)) continue;
    if (found !== -1) return -1;
    found = i;
  }
  return found;
}
