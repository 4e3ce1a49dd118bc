// Turns the forward index of the build (document → provisional term ids and packed frequencies) into the final
// layout: terms sorted, postings grouped by term (CSR) with their BM25+ scores, and each entry's term ids sorted.
import { FIELDS, termFrequencyScore } from './bm25.js';
import { ForwardIndex, fromShortForm, LONG_FORM } from './forward-index.js';
import { DOCUMENTS_PER_ENTRY } from './index-data.js';
import { MAX_PACKED_TF, TF_BITS, unpackTf } from './term-scratch.js';

/** The field whose packed frequency holds a bit (bit b of a packed word belongs to field ⌊b / TF_BITS⌋). */
const FIELD_OF_BIT = Uint8Array.from({ length: 32 }, (_, bit) => Math.floor(bit / TF_BITS));

export interface LaidOut {
  terms: string[];
  postingOffsets: Uint32Array;
  postingDocuments: Uint32Array;
  postingScores: Float32Array;
  termEntryCounts: Uint32Array;
  entryTermOffsets: Uint32Array;
  entryTerms: Uint32Array;
  /** The final id (position in `terms`) of each provisional term id. */
  finalId: Uint32Array;
}

/** The build's forward index and what says where each document's terms lie in it. */
export interface ForwardDocuments {
  /** Terms of document d: positions documentOffsets[d] .. documentOffsets[d + 1] - 1. */
  documentOffsets: Uint32Array;
  /** Per position, a provisional term id and the term's frequencies in the document's fields, packed (see term-scratch.ts). */
  index: ForwardIndex;
  /** Per provisional term id, how many documents have it. */
  documentCount: (provisional: number) => number;
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
  forward: ForwardDocuments,
  tables: ScoreTables,
): LaidOut {
  // The default sort compares UTF-16 code units, the order binary search and prefix ranges rely on.
  const terms = [...seen.list].sort();
  const finalId = new Uint32Array(terms.length);
  const postingOffsets = new Uint32Array(terms.length + 1);
  terms.forEach((term, i) => {
    const provisional = seen.ids.get(term) as number;
    finalId[provisional] = i;
    postingOffsets[i + 1] = (postingOffsets[i] as number) + forward.documentCount(provisional);
  });
  const { index, documentOffsets } = forward;
  // Where the next posting of each term goes, by provisional id: the forward index names terms by those, and
  // looking up each posting's final id first was one more random read a posting (3 million at 10,000 entries).
  const cursor = new Uint32Array(terms.length);
  for (let provisional = 0; provisional < terms.length; provisional++)
    cursor[provisional] = postingOffsets[finalId[provisional] as number] as number;
  const postingDocuments = new Uint32Array(index.length);
  const postingScores = new Float32Array(index.length);
  const documents = documentOffsets.length - 1;
  const fields = FIELDS.length;
  const { boostIdf, norms } = tables;
  // Per entry, how many distinct terms its documents hold, and per term (provisional), how many entries hold it,
  // counted here (a term's documents of one entry come one after another in this loop) rather than in a pass of
  // their own over the 3.9 million postings laid out: lastEntry is the last entry that counted the term, plus one.
  const entries = documents / DOCUMENTS_PER_ENTRY;
  const entryTermOffsets = new Uint32Array(entries + 1);
  const entryCounts = new Uint32Array(terms.length);
  const lastEntry = new Uint32Array(terms.length);
  // Document d's terms are at positions documentOffsets[d] .. documentOffsets[d + 1] - 1, read chunk by chunk.
  let d = 0;
  let e = 0;
  let dInEntry = 0;
  // The next of the frequency words kept whole (read in order, as they were appended).
  let long = 0;
  for (let c = 0; c < index.termChunks.length; c++) {
    const chunkTerms = index.termChunks[c] as Uint16Array | Uint32Array;
    const chunkPacked = index.packedChunks[c] as Uint16Array;
    const first = ForwardIndex.firstOf(c);
    const filled = index.filled(c);
    for (let i = 0; i < filled; i++) {
      while (first + i >= (documentOffsets[d + 1] as number)) {
        d += 1;
        dInEntry += 1;
        if (dInEntry === DOCUMENTS_PER_ENTRY) {
          dInEntry = 0;
          e += 1;
        }
      }
      const provisional = chunkTerms[i] as number;
      const short = chunkPacked[i] as number;
      const packed = short === LONG_FORM ? index.long.get(long++) : fromShortForm(short);
      // BM25+ summed over the fields holding the term, in field order (the float sum must not change). Only those
      // fields are visited (1.3 of 5 on average), lowest first: testing every field's frequency was a branch the
      // processor could not predict, five times per posting.
      let score = 0;
      for (let rest = packed; rest !== 0;) {
        const f = FIELD_OF_BIT[31 - Math.clz32(rest & -rest)] as number;
        rest &= ~(MAX_PACKED_TF << (f * TF_BITS));
        score +=
          (boostIdf[provisional * fields + f] as number) *
          termFrequencyScore(unpackTf(packed, f), norms[d * fields + f] as number);
      }
      if (lastEntry[provisional] !== e + 1) {
        lastEntry[provisional] = e + 1;
        entryTermOffsets[e + 1] = (entryTermOffsets[e + 1] as number) + 1;
        entryCounts[provisional] = (entryCounts[provisional] as number) + 1;
      }
      const at = cursor[provisional] as number;
      cursor[provisional] = at + 1;
      postingDocuments[at] = d;
      postingScores[at] = score;
    }
  }
  const termEntryCounts = new Uint32Array(terms.length);
  for (let provisional = 0; provisional < terms.length; provisional++)
    termEntryCounts[finalId[provisional] as number] = entryCounts[provisional] as number;
  return {
    terms,
    postingOffsets,
    postingDocuments,
    postingScores,
    finalId,
    ...entryTermLists(postingOffsets, postingDocuments, entryTermOffsets, termEntryCounts),
  };
}

/**
 * Per entry, the distinct terms of all its languages, ascending, given how many each entry has (entryTermOffsets[e +
 * 1], summed here into offsets). Read off the postings term by term: their documents ascend, so each entry's list
 * comes out sorted with no sort, and an entry's documents (its languages) are neighbours within a term.
 */
function entryTermLists(
  postingOffsets: Uint32Array,
  postingDocuments: Uint32Array,
  entryTermOffsets: Uint32Array,
  termEntryCounts: Uint32Array,
) {
  const termCount = postingOffsets.length - 1;
  const entries = entryTermOffsets.length - 1;
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
