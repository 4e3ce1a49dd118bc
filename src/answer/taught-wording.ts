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

/** The words of a questionKey in order: word order does not make another question either ("keeping one vs cost of a
 * new customer" was taught as the same ask as "cost of a new customer vs keeping one"). As long as the questionKey. */
function sortedWords(key: string): string {
  return key.split(' ').sort().join(' ');
}

/**
 * A question as phrasings are compared with it: its raw length, its questionKey, and that key's words sorted. The key
 * is folded only when a phrasing is about as long as the question (for most fresh questions none of the best three
 * candidates' is).
 */
class AskedWording {
  readonly length: number;
  private wordsRead: string | undefined;
  private sortedRead: string | undefined;

  constructor(private readonly question: string) {
    this.length = question.length;
  }

  get words(): string {
    return (this.wordsRead ??= questionKey(this.question));
  }

  /** Sorted only when a phrasing's questionKey is as long as the question's (few fresh questions meet one). */
  get sorted(): string {
    return (this.sortedRead ??= sortedWords(this.words));
  }
}

/** How many of the best candidates are checked: a taught entry always ranks near the top for its own words. */
const CHECKED = 3;

/** Raw lengths further apart than this cannot fold to one key (folding drops only punctuation and spaces). */
const LENGTH_SLACK = 6;

/**
 * An entry's phrasings, folded only when a question of about their length asks, and then remembered. Folding every
 * phrasing of an entry at once cost ~160 µs per entry on a 10,000-entry base, which a fresh question paid for each
 * new candidate; comparing raw lengths first leaves a few folds.
 */
export class TaughtPhrasings {
  private readonly texts: string[] = [];
  /** Per phrasing, its questionKey once folded; its taught key (the same words sorted, so as long) once needed. */
  private readonly wordKeys: (string | undefined)[] = [];
  private readonly keys: (string | undefined)[] = [];

  constructor(entry: Entry) {
    for (const list of Object.values(entry.phrasings))
      for (const phrasing of list ?? []) this.texts.push(phrasing);
  }

  /** Whether a phrasing has the question's words, in any order. */
  holds(question: AskedWording): boolean {
    for (let i = 0; i < this.texts.length; i += 1) {
      const text = this.texts[i]!;
      if (Math.abs(text.length - question.length) > LENGTH_SLACK) continue;
      // A question of no words is no phrasing's.
      if (question.words === '') return false;
      const words = this.wordKeys[i] ?? (this.wordKeys[i] = questionKey(text));
      // Sorting words keeps the length: a phrasing of another length cannot hold the words, and is not sorted.
      if (words.length !== question.words.length) continue;
      const sorted = this.keys[i] ?? (this.keys[i] = sortedWords(words));
      if (sorted === question.sorted) return true;
    }
    return false;
  }
}

/**
 * The position among `candidates` (first CHECKED only) of the one entry holding `question` word for word as a phrasing,
 * or -1 when none or several do. `phrasingsOf` gives an entry's TaughtPhrasings; the engine remembers them per entry.
 */
export function taughtPosition(
  question: string,
  candidates: readonly Entry[],
  phrasingsOf: (entry: Entry) => TaughtPhrasings = (entry) => new TaughtPhrasings(entry),
): number {
  const asked = new AskedWording(question);
  let found = -1;
  for (let i = 0; i < Math.min(CHECKED, candidates.length); i += 1) {
    if (!phrasingsOf(candidates[i]!).holds(asked)) continue;
    if (found !== -1) return -1;
    found = i;
  }
  return found;
}
