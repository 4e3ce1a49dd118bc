// The deletion index (SymSpell): typo candidates of a word are the terms sharing a string left after deleting
// up to two letters from each, found by hashing those strings; no walk over the vocabulary.
// Hand-written because the npm SymSpell ports keep their deletes in a Map of strings, which neither fits 100,000
// entries' vocabularies in memory nor travels from a worker as typed arrays; hashes do both.
import { indexedDeleteDistance } from './limits.js';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the word's UTF-16 code units, leaving out positions `skipA` and `skipB` (-1: none). */
function hashWithout(word: string, skipA: number, skipB: number): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    if (i === skipA || i === skipB) continue;
    h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
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

/** Builds the (hash, term) pairs for a sorted vocabulary, ordered by hash then term; duplicate pairs are dropped. */
export function buildDeletionIndex(terms: readonly string[]): { hashes: Uint32Array; termIds: Uint32Array } {
  const count = Math.min(terms.length, MAX_FUZZY_TERMS);
  // Room for every delete of every term (fewer when neighbours repeat a letter), counted before any is hashed.
  let room = 0;
  for (let t = 0; t < count; t++) {
    const n = (terms[t] as string).length;
    const distance = indexedDeleteDistance(n);
    if (n >= 4) room += 1 + (distance >= 1 ? n : 0) + (distance >= 2 ? (n * (n - 1)) / 2 : 0);
  }
  let hashes: Uint32Array = new Uint32Array(room);
  let termIds: Uint32Array = new Uint32Array(room);
  let length = 0;
  for (let t = 0; t < count; t++) {
    const term = terms[t] as string;
    const distance = indexedDeleteDistance(term.length);
    if (term.length < 4) continue;
    forEachDeleteHash(term, distance, (hash) => {
      hashes[length] = hash;
      termIds[length] = t;
      length += 1;
      return true;
    });
  }
  // Pairs were added in term order, so a stable sort by hash alone orders them by hash, then term.
  [hashes, termIds] = sortByHash(hashes.subarray(0, length), termIds.subarray(0, length));
  let unique = 0;
  for (let i = 0; i < length; i++) {
    if (i > 0 && hashes[i] === hashes[i - 1] && termIds[i] === termIds[i - 1]) continue;
    hashes[unique] = hashes[i] as number;
    termIds[unique] = termIds[i] as number;
    unique += 1;
  }
  return { hashes: hashes.slice(0, unique), termIds: termIds.slice(0, unique) };
}

/**
 * Sorts pairs by hash, keeping the order of equal hashes: a radix sort in two passes of 16 bits. By hand, as no
 * library sorts two typed arrays together; it replaced sorting the pairs packed into doubles, which took about
 * 40 ms of the 10,000-entry build's 70 ms here.
 */
function sortByHash(hashes: Uint32Array, termIds: Uint32Array): [Uint32Array, Uint32Array] {
  const n = hashes.length;
  let fromHashes = hashes;
  let fromTerms = termIds;
  let toHashes: Uint32Array = new Uint32Array(n);
  let toTerms: Uint32Array = new Uint32Array(n);
  const counts = new Uint32Array(1 << 16);
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const digit = ((fromHashes[i] as number) >>> shift) & 0xffff;
      counts[digit] = (counts[digit] as number) + 1;
    }
    let sum = 0;
    for (let d = 0; d < counts.length; d++) {
      const c = counts[d] as number;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const hash = fromHashes[i] as number;
      const digit = (hash >>> shift) & 0xffff;
      const at = counts[digit] as number;
      counts[digit] = at + 1;
      toHashes[at] = hash;
      toTerms[at] = fromTerms[i] as number;
    }
    [fromHashes, toHashes] = [toHashes, fromHashes];
    [fromTerms, toTerms] = [toTerms, fromTerms];
  }
  return [fromHashes, fromTerms];
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
    readonly termIds: Uint32Array,
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
