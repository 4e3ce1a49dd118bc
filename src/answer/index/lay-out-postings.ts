// Turns the forward index of the build (document → provisional term ids and packed frequencies) into the final
// layout: terms sorted, postings grouped by term (CSR) with their BM25+ scores, and each entry's term ids sorted.
import { FIELDS, termFrequencyScore } from './bm25.js';
import { DOCUMENTS_PER_ENTRY } from './index-data.js';
import { unpackTf } from './term-scratch.js';

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
  terms: Uint32Array;
  /** Per position, the term's frequencies in the document's fields, packed (see term-scratch.ts). */
  packed: Uint32Array;
}

/** What scores a (document, term) pair, per field, in tables computed once for the whole build. */
export interface ScoreTables {
  /** Per provisional term and field (term × FIELDS.length + field): the field's boost times the term's idf in it. */
  boostIdf: Float64Array;
  /** Per document and field: lengthNormalization of the field's length. */
  norms: Float64Array;
}

export function layOutPostings(
  seen: { list: readonly string[]; ids: ReadonlyMap<string, number> },
  forward: ForwardIndex,
  tables: ScoreTables,
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
    const t = finalId[forward.terms[k] as number] as number;
    postingOffsets[t + 1] = (postingOffsets[t + 1] as number) + 1;
  }
  for (let t = 0; t < terms.length; t++) {
    postingOffsets[t + 1] = (postingOffsets[t + 1] as number) + (postingOffsets[t] as number);
  }
  const cursor = postingOffsets.slice(0, terms.length);
  const postingDocuments = new Uint32Array(postings);
  const postingScores = new Float32Array(postings);
  const documents = forward.documentOffsets.length - 1;
  const fields = FIELDS.length;
  const { boostIdf, norms } = tables;
  for (let d = 0; d < documents; d++) {
    const end = forward.documentOffsets[d + 1] as number;
    for (let k = forward.documentOffsets[d] as number; k < end; k++) {
      const provisional = forward.terms[k] as number;
      const packed = forward.packed[k] as number;
      // BM25+ summed over the fields holding the term, in field order (the float sum must not change).
      let score = 0;
      for (let f = 0; f < fields; f++) {
        const tf = unpackTf(packed, f);
        if (tf === 0) continue;
        score +=
          (boostIdf[provisional * fields + f] as number) *
          termFrequencyScore(tf, norms[d * fields + f] as number);
      }
      const t = finalId[provisional] as number;
      const at = cursor[t] as number;
      cursor[t] = at + 1;
      postingDocuments[at] = d;
      postingScores[at] = score;
    }
  }
  return {
    terms,
    postingOffsets,
    postingDocuments,
    postingScores,
    ...entryTermLists(documents / DOCUMENTS_PER_ENTRY, postingOffsets, postingDocuments),
  };
}

/**
 * Per entry, the distinct terms of all its languages, ascending; and per term, the entries containing it. Read off
 * the postings term by term: their documents ascend, so each entry's list comes out sorted with no sort, and an
 * entry's documents (its languages) are neighbours within a term.
 */
function entryTermLists(entries: number, postingOffsets: Uint32Array, postingDocuments: Uint32Array) {
  const termCount = postingOffsets.length - 1;
  const termEntryCounts = new Uint32Array(termCount);
  const entryTermOffsets = new Uint32Array(entries + 1);
  for (let t = 0; t < termCount; t++) {
    const end = postingOffsets[t + 1] as number;
    let last = -1;
    for (let p = postingOffsets[t] as number; p < end; p++) {
      const e = Math.floor((postingDocuments[p] as number) / DOCUMENTS_PER_ENTRY);
      if (e === last) continue;
      last = e;
      entryTermOffsets[e + 1] = (entryTermOffsets[e + 1] as number) + 1;
      termEntryCounts[t] = (termEntryCounts[t] as number) + 1;
    }
  }
  for (let e = 0; e < entries; e++) {
    entryTermOffsets[e + 1] = (entryTermOffsets[e + 1] as number) + (entryTermOffsets[e] as number);
  }
  const entryTerms = new Uint32Array(entryTermOffsets[entries] as number);
  const cursor = entryTermOffsets.slice(0, entries);
  for (let t = 0; t < termCount; t++) {
    const end = postingOffsets[t + 1] as number;
    let last = -1;
    for (let p = postingOffsets[t] as number; p < end; p++) {
      const e = Math.floor((postingDocuments[p] as number) / DOCUMENTS_PER_ENTRY);
      if (e === last) continue;
      last = e;
      entryTerms[cursor[e] as number] = t;
      cursor[e] = (cursor[e] as number) + 1;
    }
  }
  return { entryTermOffsets, entryTerms, termEntryCounts };
}
