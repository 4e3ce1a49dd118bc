// Turns the forward index of the build (document → provisional term ids and packed frequencies) into the final
// layout: terms sorted, postings grouped by term (CSR) with their BM25+ scores, and each entry's term ids sorted.
import { ForwardIndex } from './forward-index.js';
import { DOCUMENTS_PER_ENTRY, termIdArray, type IndexData, type TermIds } from './index-data.js';
import { PostingScatter, type ScoreTables } from './posting-scatter.js';

/** The layout's part of the index data, and the final id (position in `terms`) of each provisional term id. */
export type LaidOut = Pick<
  IndexData,
  | 'terms'
  | 'postingOffsets'
  | 'postingDocuments'
  | 'postingScores'
  | 'termEntryCounts'
  | 'entryTermOffsets'
  | 'entryTerms'
> & { finalId: Uint32Array };

/** The build's forward index and what says where each document's terms lie in it. */
export interface ForwardDocuments {
  /** Terms of document d: positions documentOffsets[d] .. documentOffsets[d + 1] - 1. */
  documentOffsets: Uint32Array;
  /** Per position, a provisional term id and the term's frequencies in the document's fields, packed (see term-scratch.ts). */
  index: ForwardIndex;
  /** Per provisional term id, how many documents have it. */
  documentCount: (provisional: number) => number;
}

/**
 * Terms per bucket of the postings' first pass, as a power of two, at most: 2^7 terms a bucket keeps both passes'
 * writes within a few hundred cache lines (see layOutPostings).
 */
const MAX_BUCKET_BITS = 7;

/**
 * The postings are grouped by term in two passes, as a radix sort would: the first, in document order, appends each
 * posting to its bucket of neighbouring terms (a few dozen write streams, each a contiguous range of the final
 * arrays), with its term's place in the bucket kept in the document number's unused high bits; the second regroups
 * each bucket by term from a copy, in order, so that every term's documents still ascend. Scattering straight to
 * each of 15,300 terms' places (one write stream per term, twice) missed the cache on nearly every posting.
 */
export function layOutPostings(
  seen: { list: readonly string[]; ids: ReadonlyMap<string, number> },
  forward: ForwardDocuments,
  tables: ScoreTables,
): LaidOut {
  // The default sort compares UTF-16 code units, the order binary search and prefix ranges rely on.
  const terms = [...seen.list].sort();
  const termCount = terms.length;
  const finalId = new Uint32Array(termCount);
  const postingOffsets = new Uint32Array(termCount + 1);
  terms.forEach((term, i) => {
    const provisional = seen.ids.get(term) as number;
    finalId[provisional] = i;
    postingOffsets[i + 1] = (postingOffsets[i] as number) + forward.documentCount(provisional);
  });
  const { index, documentOffsets } = forward;
  const documents = documentOffsets.length - 1;
  const entries = documents / DOCUMENTS_PER_ENTRY;
  const entryList = new EntryTermList(termCount, entries, index.length);
  // A document number takes documentBits bits; the term's place in its bucket goes above them.
  const documentBits = Math.max(1, 32 - Math.clz32(Math.max(1, documents - 1)));
  if (documentBits > 31) throw new Error(`too many documents to index: ${documents}`);
  const bucketBits = Math.min(MAX_BUCKET_BITS, 32 - documentBits);
  const buckets = Math.ceil(termCount / (1 << bucketBits));
  const bucketCursor = new Uint32Array(buckets + 1);
  for (let b = 0; b <= buckets; b++)
    bucketCursor[b] = postingOffsets[Math.min(termCount, b << bucketBits)] as number;
  const postingDocuments = new Uint32Array(index.length);
  const postingScores = new Float32Array(index.length);
  const scatter = new PostingScatter(
    { finalId, bucketCursor, postingDocuments, postingScores, entryList, long: index.long },
    tables,
    documentBits,
    bucketBits,
  );
  // Document d's terms are at positions documentOffsets[d] .. documentOffsets[d + 1] - 1, in one chunk or two.
  for (let d = 0, e = 0; d < documents; d++) {
    const to = documentOffsets[d + 1] as number;
    for (let at = documentOffsets[d] as number; at < to;) {
      const c = ForwardIndex.chunkOf(at);
      const first = ForwardIndex.firstOf(c);
      const end = Math.min(to, first + index.filled(c));
      scatter.document(
        index.termChunks[c] as Uint16Array | Uint32Array,
        index.packedChunks[c] as Uint16Array,
        at - first,
        end - first,
        d,
      );
      at = end;
    }
    if (d % DOCUMENTS_PER_ENTRY === DOCUMENTS_PER_ENTRY - 1) entryList.flush(e++);
  }
  regroupBuckets(postingOffsets, postingDocuments, postingScores, documentBits, bucketBits);
  return {
    terms,
    postingOffsets,
    postingDocuments,
    postingScores,
    finalId,
    ...entryList.finish(),
  };
}

/**
 * The second pass: each bucket's postings, in document order with their term's place in the bucket above the
 * document number, copied aside and written back grouped by term (documents still ascending within a term).
 */
function regroupBuckets(
  postingOffsets: Uint32Array,
  postingDocuments: Uint32Array,
  postingScores: Float32Array,
  documentBits: number,
  bucketBits: number,
): void {
  const termCount = postingOffsets.length - 1;
  const size = 1 << bucketBits;
  const documentMask = 2 ** documentBits - 1;
  let largest = 0;
  for (let t = 0; t < termCount; t += size) {
    const length = (postingOffsets[Math.min(termCount, t + size)] as number) - (postingOffsets[t] as number);
    if (length > largest) largest = length;
  }
  const documentsAside = new Uint32Array(largest);
  const scoresAside = new Float32Array(largest);
  const cursor = new Uint32Array(size);
  for (let t = 0; t < termCount; t += size) {
    const from = postingOffsets[t] as number;
    const to = postingOffsets[Math.min(termCount, t + size)] as number;
    if (to - from === 0) continue;
    documentsAside.set(postingDocuments.subarray(from, to));
    scoresAside.set(postingScores.subarray(from, to));
    for (let k = 0; k < size; k++) cursor[k] = postingOffsets[Math.min(termCount, t + k)] as number;
    const length = to - from;
    for (let i = 0; i < length; i++) {
      const value = documentsAside[i] as number;
      const place = value >>> documentBits;
      const at = cursor[place] as number;
      cursor[place] = at + 1;
      postingDocuments[at] = value & documentMask;
      postingScores[at] = scoresAside[i] as number;
    }
  }
}

/**
 * The distinct terms (final ids) of the entry being laid out, as a bit per term: written out ascending, with no sort,
 * after the entries before it when the entry ends (or sorted from a list, when the entry's terms are few against the
 * bits to scan); each term's entries are counted as they go. The lists' room is the postings' number, which an
 * entry's distinct terms never exceed: their sum is known only once the last entry is written.
 */
class EntryTermList {
  private readonly bits: Int32Array;
  private readonly list: Uint32Array;
  private count = 0;
  private readonly offsets: Uint32Array;
  private readonly out: TermIds;
  private readonly termEntryCounts: Uint32Array;

  constructor(termCount: number, entries: number, room: number) {
    this.bits = new Int32Array(Math.ceil(termCount / 32));
    this.list = new Uint32Array(termCount);
    this.offsets = new Uint32Array(entries + 1);
    this.out = termIdArray(termCount, room);
    this.termEntryCounts = new Uint32Array(termCount);
  }

  add(term: number): void {
    const w = term >>> 5;
    const bit = 1 << (term & 31);
    const word = this.bits[w] as number;
    if ((word & bit) !== 0) return;
    this.bits[w] = word | bit;
    this.list[this.count++] = term;
  }

  /** Writes entry e's terms ascending after entry e - 1's and forgets them. */
  flush(e: number): void {
    const { bits, list, out, count, termEntryCounts } = this;
    let next = this.offsets[e] as number;
    if (count * 8 >= bits.length) {
      for (let w = 0; w < bits.length; w++) {
        let word = bits[w] as number;
        if (word === 0) continue;
        bits[w] = 0;
        while (word !== 0) {
          const low = word & -word;
          const term = (w << 5) + 31 - Math.clz32(low);
          out[next++] = term;
          termEntryCounts[term] = (termEntryCounts[term] as number) + 1;
          word ^= low;
        }
      }
    } else if (count > 0) {
      const sorted = list.subarray(0, count).sort();
      for (let k = 0; k < count; k++) {
        const term = sorted[k] as number;
        out[next++] = term;
        termEntryCounts[term] = (termEntryCounts[term] as number) + 1;
        bits[term >>> 5] = 0;
      }
    }
    this.offsets[e + 1] = next;
    this.count = 0;
  }

  /**
   * The entries' term lists, their offsets and each term's entries, once every entry is written: the lists a view of
   * their room (a few per cent of it is left over: terms an entry has in two languages) unless a quarter is unused.
   */
  finish(): { entryTermOffsets: Uint32Array; entryTerms: TermIds; termEntryCounts: Uint32Array } {
    const { offsets, out } = this;
    const length = offsets[offsets.length - 1] as number;
    const entryTerms = length * 4 < out.length * 3 ? out.slice(0, length) : out.subarray(0, length);
    return { entryTermOffsets: offsets, entryTerms, termEntryCounts: this.termEntryCounts };
  }
}
