// Two words typed together on a phone ("jakiemetryki", "tajemniczyklient", "howmany"): as one word the index knows
// nothing of it, and the words it holds go unmatched (round 32: "jakiemetryki poradnik zaleca…" declined, 0.11). An
// unknown word is split where both halves are words the entries use (or a stop word and one they use); the halves
// the entries use are read in its place. Known words, short words and numbers are left as typed.
// Hand-written: a split point tried against the index's own vocabulary; no library segments Polish or Russian words
// against a given vocabulary.
import type { QueryWord } from './analyze.js';
import { isCyrillic } from './normalize.js';
import type { StemFn } from './stem.js';
import { isStopword } from './stopwords.js';
import { isFocusWord } from './focus.js';

/** The shortest word split, and the shortest half. */
const MIN_LENGTH = 8;
const MIN_HALF = 3;
/** The shortest stop word taken as a half of its own ("jakie", "what"), and the longer ones that are prefixes. */
const MIN_STOPWORD_HALF = 4;
const PREFIXES = new Set(['przy', 'prze', 'przed', 'przez', 'nad', 'pod', 'пере', 'через', 'пред', 'пере']);
/**
 * Polish inflection endings that are also short English words or stems ("one", "ego"): "wyliczone" (worked out) is
 * one word, not "wylicz" + "one" (round 63). A three-letter last half that is one of them is no word of its own.
 */
const ENDINGS = new Set(['one', 'ona', 'ono', 'ony', 'ego', 'emu', 'ych', 'ymi', 'ami', 'ach', 'owi', 'iem']);

/** The stems a half is read by, as analyze.ts reads a word (a Latin word by its Polish and English stems). */
function stemsOfHalf(half: string, stem: StemFn): string[] {
  return isCyrillic(half)
    ? [stem(half, 'ru'), half]
    : [...new Set([stem(half, 'pl'), stem(half, 'en'), half])];
}

/**
 * The words with each unknown run-together word read as the halves the entries use; the same array when none is.
 * `isKnown`: whether the entries use a word read by these stems.
 */
export function withRunTogetherSplit(
  words: QueryWord[],
  stem: StemFn,
  isKnown: (stems: string[]) => boolean,
): QueryWord[] {
  const unknownLong = (w: QueryWord) =>
    w.word.length >= MIN_LENGTH && !/\d/.test(w.word) && !isKnown(w.stems);
  // Most questions hold no long unknown word: they pass with no array made.
  if (!words.some(unknownLong)) return words;
  let split = false;
  const read = words.flatMap((w) => {
    const halves = unknownLong(w) ? bestSplit(w.word, stem, isKnown) : undefined;
    if (halves) split = true;
    return halves ?? [w];
  });
  return split ? read : words;
}

/** The split whose halves are each a stop word or a word the entries use, the longest known half first. */
function bestSplit(
  word: string,
  stem: StemFn,
  isKnown: (stems: string[]) => boolean,
): QueryWord[] | undefined {
  let best: QueryWord[] | undefined;
  let bestLength = 0;
  for (let at = MIN_HALF; at <= word.length - MIN_HALF; at++) {
    const parts = [word.slice(0, at), word.slice(at)];
    if (ENDINGS.has(parts[1] as string)) continue;
    // A half that would ask an attribute ("breakfast" as "break" + "fast": a speed asked; round 81) is more likely a
    // real compound than two words typed together: the word is not split there.
    if (parts.some((part) => isFocusWord(part))) continue;
    const read: QueryWord[] = [];
    let ok = true;
    let knownLength = 0;
    for (const part of parts) {
      // A stop word half only when it cannot be a prefix: "при" + "готовить" is one word (to cook), not two.
      if (isStopword(part) && part.length >= MIN_STOPWORD_HALF && !PREFIXES.has(part)) continue;
      const stems = stemsOfHalf(part, stem);
      if (!isKnown(stems)) {
        ok = false;
        break;
      }
      read.push({ word: part, stems });
      knownLength = Math.max(knownLength, part.length);
    }
    if (ok && read.length > 0 && knownLength > bestLength) {
      best = read;
      bestLength = knownLength;
    }
  }
  return best;
}
