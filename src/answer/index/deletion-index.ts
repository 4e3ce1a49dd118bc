// The deletion index (SymSpell): typo candidates of a word are the terms sharing a string left after deleting
// up to two letters from each, found by hashing those strings; no walk over the vocabulary.
// Hand-written because the npm SymSpell ports keep their deletes in a Map of strings, which neither fits 100,000
// entries' vocabularies in memory nor travels from a worker as typed arrays; hashes do both.
import { GrowableArray } from './growable-array.js';
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

/** Calls `visit` with the hash of the word and of each string left after deleting 1..distance (at most 2) letters. */
export function forEachDeleteHash(word: string, distance: number, visit: (hash: number) => void): void {
  visit(hashWithout(word, -1, -1));
  if (distance < 1) return;
  const n = word.length;
  for (let i = 0; i < n; i++) {
    // Deleting either of two equal neighbours leaves the same string: hash it once.
    if (i > 0 && word.charCodeAt(i) === word.charCodeAt(i - 1)) continue;
    visit(hashWithout(word, i, -1));
    if (distance < 2) continue;
    for (let j = i + 1; j < n; j++) {
      if (j > i + 1 && word.charCodeAt(j) === word.charCodeAt(j - 1)) continue;
      visit(hashWithout(word, i, j));
    }
  }
}

// Keys pack (hash, term) into one double so a single native numeric sort orders them: hash × 2^21 + term < 2^53.
const TERM_BITS = 2 ** 21;
/** Terms past this many get no typo matching (a vocabulary of two million terms is far beyond any knowledge base). */
export const MAX_FUZZY_TERMS = TERM_BITS;

/** Builds the sorted (hash, term) pairs for a sorted vocabulary; duplicate pairs are dropped. */
export function buildDeletionIndex(terms: readonly string[]): { hashes: Uint32Array; termIds: Uint32Array } {
  const keys = new GrowableArray('f64', terms.length * 8);
  const count = Math.min(terms.length, MAX_FUZZY_TERMS);
  for (let t = 0; t < count; t++) {
    const term = terms[t] as string;
    const distance = indexedDeleteDistance(term.length);
    if (term.length < 4) continue;
    forEachDeleteHash(term, distance, (hash) => keys.push(hash * TERM_BITS + t));
  }
  const sorted = keys.toArray().sort();
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[unique++] = sorted[i] as number;
  }
  const hashes = new Uint32Array(unique);
  const termIds = new Uint32Array(unique);
  for (let i = 0; i < unique; i++) {
    const key = sorted[i] as number;
    const hash = Math.floor(key / TERM_BITS);
    hashes[i] = hash;
    termIds[i] = key - hash * TERM_BITS;
  }
  return { hashes, termIds };
}

/** The first position in `hashes` (ascending) holding `hash`, or hashes.length. */
export function firstWithHash(hashes: Uint32Array, hash: number): number {
  let lo = 0;
  let hi = hashes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((hashes[mid] as number) < hash) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
