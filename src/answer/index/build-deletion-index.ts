// Builds the deletion index (see deletion-index.ts) for the index build: every (delete hash, term) pair of a
// sorted vocabulary, ordered by hash then term, each pair once.
import { deleteHashesInto, MAX_DELETE_HASHES, MAX_FUZZY_TERMS } from './deletion-index.js';
import { termIdArray, type TermIds } from './index-data.js';
import { indexedDeleteDistance, MAX_FUZZY_TERM_LENGTH } from './limits.js';

/**
 * Hashes every term's deletes once, in term order, into a scratch array (~2 MB at 10,000 entries), counting the
 * pairs per bucket of hashes (their top bits) as it goes; then writes each pair from there straight into its bucket,
 * in term order, and a short insertion sort by hash within each bucket finishes the order (stable, so equal hashes
 * keep their terms ascending). Hashing twice instead, to save the scratch array, cost more than its page faults:
 * 55-130 against 26-111 ms for the 15,300 terms of 10,000 entries (12 runs each, alternated 3 times, load 6-7).
 */
export function buildDeletionIndex(terms: readonly string[]): { hashes: Uint32Array; termIds: TermIds } {
  const count = Math.min(terms.length, MAX_FUZZY_TERMS);
  const scratch = new Uint32Array(MAX_DELETE_HASHES);
  const prefix = new Int32Array(MAX_FUZZY_TERM_LENGTH + 1);
  // Room for every delete of every term (fewer when neighbours repeat a letter), counted before any is hashed.
  let room = 0;
  for (let t = 0; t < count; t++) {
    const n = (terms[t] as string).length;
    const distance = indexedDeleteDistance(n);
    if (n >= 4) room += 1 + (distance >= 1 ? n : 0) + (distance >= 2 ? (n * (n - 1)) / 2 : 0);
  }
  // About eight pairs a bucket, so that the insertion sorts stay short.
  const bits = Math.min(20, Math.max(4, Math.ceil(Math.log2(Math.max(1, room / 8)))));
  const shift = 32 - bits;
  const starts = new Uint32Array((1 << bits) + 1);
  // Every term's deletes hashed once, in term order (term t's at made[termStarts[t] .. termStarts[t + 1])), counted
  // per bucket as they are made; then placed bucket by bucket from there.
  const made = new Uint32Array(room);
  const termStarts = new Uint32Array(count + 1);
  let length = 0;
  for (let t = 0; t < count; t++) {
    const term = terms[t] as string;
    if (term.length >= 4) {
      const n = deleteHashesInto(term, indexedDeleteDistance(term.length), scratch, prefix);
      for (let k = 0; k < n; k++) {
        const hash = scratch[k] as number;
        made[length++] = hash;
        const bucket = hash >>> shift;
        starts[bucket + 1] = (starts[bucket + 1] as number) + 1;
      }
    }
    termStarts[t + 1] = length;
  }
  for (let b = 0; b < 1 << bits; b++) starts[b + 1] = (starts[b + 1] as number) + (starts[b] as number);
  const hashes = new Uint32Array(length);
  const termIds = termIdArray(terms.length, length);
  const next = starts.slice(0, 1 << bits);
  for (let t = 0; t < count; t++) {
    const to = termStarts[t + 1] as number;
    for (let k = termStarts[t] as number; k < to; k++) {
      const hash = made[k] as number;
      const at = next[hash >>> shift] as number;
      next[hash >>> shift] = at + 1;
      hashes[at] = hash;
      termIds[at] = t;
    }
  }
  for (let b = 0; b < 1 << bits; b++)
    sortBucket(hashes, termIds, starts[b] as number, starts[b + 1] as number);
  let unique = 0;
  for (let i = 0; i < length; i++) {
    if (i > 0 && hashes[i] === hashes[i - 1] && termIds[i] === termIds[i - 1]) continue;
    hashes[unique] = hashes[i] as number;
    termIds[unique] = termIds[i] as number;
    unique += 1;
  }
  // Views rather than copies: the few duplicate pairs dropped are not worth new memory.
  return { hashes: hashes.subarray(0, unique), termIds: termIds.subarray(0, unique) };
}

/** Insertion sort of positions [from, to) by hash, stable (equal hashes keep their order). */
function sortBucket(hashes: Uint32Array, termIds: TermIds, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const hash = hashes[i] as number;
    if ((hashes[i - 1] as number) <= hash) continue;
    const term = termIds[i] as number;
    let at = i;
    for (; at > from && (hashes[at - 1] as number) > hash; at--) {
      hashes[at] = hashes[at - 1] as number;
      termIds[at] = termIds[at - 1] as number;
    }
    hashes[at] = hash;
    termIds[at] = term;
  }
}
