// The search index as plain data: typed arrays and string arrays, built once (possibly in a worker) and handed over.
import type { LANGS } from '../../kb/schema.js';

/**
 * Each entry is searched as one document per language (as a question is asked in one language): document
 * `entry × DOCUMENTS_PER_ENTRY + position of the language in LANGS`. A language an entry lacks has no postings.
 */
export const DOCUMENTS_PER_ENTRY: (typeof LANGS)['length'] = 3;

/** Bumped whenever the layout below changes, so that a worker of another version is not trusted blindly. */
export const INDEX_DATA_VERSION = 3;

/**
 * Everything `SearchIndex.fromData` needs, with no analysis left to do. It survives `postMessage` (structured
 * clone); pass `indexDataTransferables(data)` as the transfer list so that the big typed arrays move without a copy.
 *
 * Ids: entry `e` is `entryIds[e]`; document d is language d % 3 of entry ⌊d / 3⌋; term `t` is `terms[t]`, and `terms` is sorted by UTF-16 code units (the order of
 * `<` on strings), so a term is found by binary search and the terms sharing a prefix form one contiguous range.
 */
/**
 * Term ids listed per entry or per delete: 16 bits while every term id fits (a knowledge base of up to 65,536 terms;
 * the generated bases of every size have ~15,300), else 32. Half the memory of the two largest lists of term ids
 * (7.5 MB of 15 MB at 10,000 entries), all of it new to the build, whose first touch of a page is dear on this host.
 */
export type TermIds = Uint16Array | Uint32Array;

/** Whether the term ids of a vocabulary of `terms` terms are kept in 16 bits (see TermIds). */
export function narrowTermIds(terms: number): boolean {
  return terms <= 0x10000;
}

/** A zeroed list of `length` term ids of a vocabulary of `terms` terms, as narrow as they fit (see TermIds). */
export function termIdArray(terms: number, length: number): TermIds {
  return narrowTermIds(terms) ? new Uint16Array(length) : new Uint32Array(length);
}

export interface IndexData {
  version: typeof INDEX_DATA_VERSION;
  /** Entry ids in index order (the knowledge base's order when built). */
  entryIds: string[];
  /** Every indexed term (stems and folded surface words of all languages), sorted, without duplicates. */
  terms: string[];
  /** Postings of term t: positions postingOffsets[t] .. postingOffsets[t + 1] - 1 (length terms.length + 1). */
  postingOffsets: Uint32Array;
  /** The document (entry and language) of each posting, ascending within a term. */
  postingDocuments: Uint32Array;
  /** BM25+ score of the term in the document (field boosts applied), per posting. */
  postingScores: Float32Array;
  /** Per term, how many entries (in any language) contain it: the weight of a question word. */
  termEntryCounts: Uint32Array;
  /** Terms of entry e: entryTerms[entryTermOffsets[e] .. entryTermOffsets[e + 1] - 1] (length entryIds.length + 1). */
  entryTermOffsets: Uint32Array;
  /** Term ids of each entry (all its languages), ascending (searched by binary search to tell which question words an entry matched). */
  entryTerms: TermIds;
  /**
   * The deletion index for typo matching (SymSpell): 32-bit hashes of each term and of the strings left after
   * deleting one or two of its letters, ascending, with the term each came from at the same position.
   */
  deleteHashes: Uint32Array;
  deleteTerms: TermIds;
  /**
   * Each entry's stems in runs (its text, term and each phrasing, per language, stop words left out), for the word
   * pairs it shares with a question (see pair-words-builder.ts): entry e's at pairWords[pairWordOffsets[e] ..
   * pairWordOffsets[e + 1] - 1], numbered as terms, then as pairOnlyStems, each run ended by the largest value.
   */
  pairWordOffsets: Uint32Array;
  pairWords: Uint16Array | Uint32Array;
  /** Stems of entries' runs that are no term, sorted; nearly always none. */
  pairOnlyStems: string[];
  /** Folded words of the Polish and English texts, sorted without duplicates: tells Polish from English questions. */
  vocabulary: { pl: string[]; en: string[] };
}

/** The buffers to list in `postMessage(data, transferList)`; after the transfer the sender's arrays are empty. */
export function indexDataTransferables(data: IndexData): ArrayBuffer[] {
  const arrays = [
    data.postingOffsets,
    data.postingDocuments,
    data.postingScores,
    data.termEntryCounts,
    data.entryTermOffsets,
    data.entryTerms,
    data.deleteHashes,
    data.deleteTerms,
    data.pairWordOffsets,
    data.pairWords,
  ];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
