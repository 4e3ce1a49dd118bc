// Reduces a folded word to the stem the index uses, per language (snowball for en/ru, our light stemmer for pl).
// One file per language from snowball-stemmer.jsx: the same Snowball algorithms (identical stems on every word of the
// knowledge base and the question sets) as the all-languages snowball-stemmers bundle, whose 870 kB of code cost
// about 10 MB of memory at start-up, and about 25 times faster.
import type { Lang } from '../kb/schema.js';
import { stemPolish } from './polish-stemmer.js';
import { englishStemmer, russianStemmer } from './snowball.js';
import { canonicalStem } from './synonyms.js';

const english = englishStemmer();
const russian = russianStemmer();

/** Stems one folded word; pure (no memory), see StemMemo for the remembering form. */
export type StemFn = (word: string, lang: Lang) => string;

export const stemWord: StemFn = (word, lang) => {
  if (/^\d/.test(word)) return word;
  return canonicalStem(
    lang === 'ru' ? russian.stemWord(word) : lang === 'en' ? english.stemWord(word) : stemPolish(word),
    lang,
  );
};

/** Characters a StemMemo keeps (words and stems; a few MB with the maps): a busy team's vocabulary fits many times. */
export const STEM_MEMO_CHARS = 1_000_000;

/**
 * Remembers stems, since stemming is the costliest step of reading a question and team vocabulary repeats
 * (without it a question takes about twice as long). Owned by one engine, not the module, so each engine's
 * memory goes with it. Bounded by characters, not count: a flood of long never-seen words cannot grow it.
 * Two generations: when the young one is full it becomes the old one, and a word read from the old one moves
 * back, so the words in use survive the turnover (a cheap approximation of LRU, which no small library gives
 * with a size-in-characters bound and per-language keys).
 */
export class StemMemo {
  private young = new Map<string, string>();
  private old = new Map<string, string>();
  private youngChars = 0;

  constructor(private readonly maxChars = STEM_MEMO_CHARS) {}

  readonly stem: StemFn = (word, lang) => {
    const key = lang + word;
    let stem = this.young.get(key);
    if (stem !== undefined) return stem;
    stem = this.old.get(key) ?? stemWord(word, lang);
    this.remember(key, stem);
    return stem;
  };

  /** Characters held, both generations (for tests and benchmarks). */
  get chars(): number {
    let total = this.youngChars;
    for (const [key, stem] of this.old) total += key.length + stem.length;
    return total;
  }

  private remember(key: string, stem: string): void {
    const size = key.length + stem.length;
    if (this.youngChars + size > this.maxChars / 2) {
      this.old = this.young;
      this.young = new Map();
      this.youngChars = 0;
    }
    if (size > this.maxChars / 2) return;
    this.young.set(key, stem);
    this.youngChars += size;
  }
}
