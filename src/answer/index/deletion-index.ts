// The deletion index (SymSpell): typo candidates of a word are the terms sharing a string left after deleting
// up to two letters from each, found by hashing those strings; no walk over the vocabulary.
// Hand-written because the npm SymSpell ports keep their deletes in a Map of strings, which neither fits 100,000
// entries' vocabularies in memory nor travels from a worker as typed arrays; hashes do both.
import type { TermIds } from './index-data.js';
import { MAX_FUZZY_TERM_LENGTH } from './limits.js';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Called as `charCodeAt.call(word, i)`: words come in many string representations (see foldText's). */
const charCodeAt = String.prototype.charCodeAt;

/** FNV-1a over the word's UTF-16 code units, leaving out positions `skipA` and `skipB` (-1: none). */
function hashWithout(word: string, skipA: number, skipB: number): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    if (i === skipA || i === skipB) continue;
    h = Math.imul(h ^ charCodeAt.call(word, i), FNV_PRIME);
  }
  return h >>> 0;
}

/**
 * Calls `visit` with the hash of the word and of each string left after deleting 1..distance (at most 2) letters,
 * until it returns false.
 */
export function forEachDeleteHash(word: string, distance: number, visit: (hash: number) => boolean): void {
  if (!visit(hashWithout(word, -1, -1)) || distance < 1) return;
  const n = word.length;
  for (let i = 0; i < n; i++) {
    // Deleting either of two equal neighbours leaves the same string: hash it once.
    if (i > 0 && word.charCodeAt(i) === word.charCodeAt(i - 1)) continue;
    if (!visit(hashWithout(word, i, -1))) return;
    if (distance < 2) continue;
    for (let j = i + 1; j < n; j++) {
      if (j > i + 1 && word.charCodeAt(j) === word.charCodeAt(j - 1)) continue;
      if (!visit(hashWithout(word, i, j))) return;
    }
  }
}

/** Terms past this many get no typo matching (a vocabulary of two million terms is far beyond any knowledge base). */
export const MAX_FUZZY_TERMS = 2 ** 21;

/** The most hashes deleteHashesInto writes for one word: itself, one letter and two letters deleted. */
export const MAX_DELETE_HASHES =
  1 + MAX_FUZZY_TERM_LENGTH + (MAX_FUZZY_TERM_LENGTH * (MAX_FUZZY_TERM_LENGTH - 1)) / 2;

/**
 * Writes into `out` the hashes forEachDeleteHash visits (the same ones, in the same order) and returns how many.
 * For the index build: no call per hash, and each hash continues from the hash of the letters before the first
 * deleted one (kept in `prefix`) instead of starting over. `distance` above 0 needs a word of at most
 * MAX_FUZZY_TERM_LENGTH letters (as indexedDeleteDistance gives); `prefix` must hold that many + 1.
 */
export function deleteHashesInto(
  word: string,
  distance: number,
  out: Uint32Array,
  prefix: Int32Array,
): number {
  const n = word.length;
  if (distance < 1) {
    out[0] = hashWithout(word, -1, -1);
    return 1;
  }
  let h = FNV_OFFSET;
  prefix[0] = h;
  for (let i = 0; i < n; i++) prefix[i + 1] = h = Math.imul(h ^ charCodeAt.call(word, i), FNV_PRIME);
  out[0] = h >>> 0;
  let count = 1;
  for (let i = 0; i < n; i++) {
    if (i > 0 && charCodeAt.call(word, i) === charCodeAt.call(word, i - 1)) continue;
    out[count++] = hashFrom(prefix[i] as number, word, i + 1, n);
    if (distance < 2) continue;
    // The letters between the two deletions, hashed once for every second deletion further on.
    let between = prefix[i] as number;
    for (let j = i + 1; j < n; j++) {
      if (!(j > i + 1 && charCodeAt.call(word, j) === charCodeAt.call(word, j - 1)))
        out[count++] = hashFrom(between, word, j + 1, n);
      between = Math.imul(between ^ charCodeAt.call(word, j), FNV_PRIME);
    }
  }
  return count;
}

/** FNV-1a continued from `h` over word[from, to). */
function hashFrom(h: number, word: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ charCodeAt.call(word, i), FNV_PRIME);
  return h >>> 0;
}

/**
 * Finds a hash's run in the deletion index in one or two cache misses: a directory of where each bucket of hashes
 * (by their top bits) starts, then a binary search inside the bucket. A plain binary search over the whole array
 * took some twenty misses per look-up, and a typo search looks up a hundred deletes for a long word. Built when an
 * index is opened (one pass over the hashes), so the index data and its snapshots stay as they are.
 */
export class DeletionLookup {
  private readonly shift: number;
  private readonly buckets: Uint32Array;

  constructor(
    readonly hashes: Uint32Array,
    readonly termIds: TermIds,
  ) {
    // About eight hashes a bucket, so that the directory (half a byte a hash) mostly stays in the cache and a
    // bucket's hashes share a cache line or two.
    const bits = Math.min(24, Math.max(4, Math.ceil(Math.log2(Math.max(1, hashes.length / 8)))));
    this.shift = 32 - bits;
    const buckets = new Uint32Array((1 << bits) + 1);
    let p = 0;
    for (let b = 0; b < 1 << bits; b++) {
      buckets[b] = p;
      while (p < hashes.length && (hashes[p] as number) >>> this.shift === b) p++;
    }
    buckets[1 << bits] = hashes.length;
    this.buckets = buckets;
  }

  /** The first position holding `hash` (then the positions after it that hold it too), or -1 when none does. */
  first(hash: number): number {
    const bucket = hash >>> this.shift;
    let lo = this.buckets[bucket] as number;
    let hi = this.buckets[bucket + 1] as number;
    const { hashes } = this;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((hashes[mid] as number) < hash) lo = mid + 1;
      else hi = mid;
    }
    return lo < hashes.length && hashes[lo] === hash ? lo : -1;
  }
}
