// Turns the forward index of the build (document → provisional term ids and scores) into the final layout:
// terms sorted, postings grouped by term (CSR), and each entry's term ids sorted for binary search.
import type { GrowableArray } from './growable-array.js';
import { DOCUMENTS_PER_ENTRY } from './index-data.js';

export interface LaidOut {
  terms: string[];
  postingOffsets: Uint32Array;
  postingDocuments: Uint32Array;
  postingScores: Float32Array;
  termEntryCounts: Uint32Array;
  entryTermOffsets: Uint32Array;
  entryTerms: Uint32Array;
}

export interface ForwardIndex {
  /** Terms of document d: positions documentOffsets[d] .. documentOffsets[d + 1] - 1. */
  documentOffsets: Uint32Array;
  /** Provisional term ids. */
  terms: GrowableArray<'u32'>;
  /** Per position, what the scorer needs besides document and term (the packed term frequencies). */
  packed: GrowableArray<'u32'>;
}

/** The score of a (document, provisional term) pair. */
export type Scorer = (document: number, term: number, packed: number) => number;

export function layOutPostings(
  seen: { list: readonly string[]; ids: ReadonlyMap<string, number> },
  forward: ForwardIndex,
  score: Scorer,
): LaidOut {
  // The default sort compares UTF-16 code units, the order binary search and prefix ranges rely on.
  const terms = [...seen.list].sort();
  const finalId = new Uint32Array(terms.length);
  terms.forEach((term, i) => {
    finalId[seen.ids.get(term) as number] = i;
  });
  const postings = forward.terms.length;
  const postingOffsets = new Uint32Array(terms.length + 1);
  for (let k = 0; k < postings; k++) {
    const t = finalId[forward.terms.get(k)] as number;
    postingOffsets[t + 1] = (postingOffsets[t + 1] as number) + 1;
  }
  for (let t = 0; t < terms.length; t++) {
    postingOffsets[t + 1] = (postingOffsets[t + 1] as number) + (postingOffsets[t] as number);
  }
  const cursor = postingOffsets.slice(0, terms.length);
  const postingDocuments = new Uint32Array(postings);
  const postingScores = new Float32Array(postings);
  const documents = forward.documentOffsets.length - 1;
  for (let d = 0; d < documents; d++) {
    const end = forward.documentOffsets[d + 1] as number;
    for (let k = forward.documentOffsets[d] as number; k < end; k++) {
      const provisional = forward.terms.get(k);
      const t = finalId[provisional] as number;
      const at = cursor[t] as number;
      cursor[t] = at + 1;
      postingDocuments[at] = d;
      postingScores[at] = score(d, provisional, forward.packed.get(k));
    }
  }
  return {
    terms,
    postingOffsets,
    postingDocuments,
    postingScores,
    ...entryTermLists(terms.length, forward, finalId),
  };
}

/** Per entry, the distinct terms of all its languages, ascending; and per term, the entries containing it. */
function entryTermLists(termCount: number, forward: ForwardIndex, finalId: Uint32Array) {
  const entries = (forward.documentOffsets.length - 1) / DOCUMENTS_PER_ENTRY;
  const entryTermOffsets = new Uint32Array(entries + 1);
  // At most every posting once; trimmed at the end.
  const entryTerms = new Uint32Array(forward.terms.length);
  const termEntryCounts = new Uint32Array(termCount);
  const lastEntry = new Int32Array(termCount).fill(-1);
  let length = 0;
  for (let e = 0; e < entries; e++) {
    const start = length;
    const from = forward.documentOffsets[e * DOCUMENTS_PER_ENTRY] as number;
    const to = forward.documentOffsets[(e + 1) * DOCUMENTS_PER_ENTRY] as number;
    for (let k = from; k < to; k++) {
      const t = finalId[forward.terms.get(k)] as number;
      if (lastEntry[t] === e) continue;
      lastEntry[t] = e;
      termEntryCounts[t] = (termEntryCounts[t] as number) + 1;
      entryTerms[length++] = t;
    }
    entryTerms.subarray(start, length).sort();
    entryTermOffsets[e + 1] = length;
  }
  return { entryTermOffsets, entryTerms: entryTerms.slice(0, length), termEntryCounts };
}
