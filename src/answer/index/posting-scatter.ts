// The first pass of the postings' layout (see lay-out-postings.ts): each posting scored with BM25+ and appended to
// its bucket of neighbouring terms, with its term's place in the bucket above the document number.
import { FIELDS, termFrequencyScore } from './bm25.js';
import { fromShortForm, LONG_FORM } from './forward-index.js';
import type { GrowableU32 } from './growable-array.js';
import { MAX_PACKED_TF, TF_BITS, unpackTf } from './term-scratch.js';

/** What scores a (document, term) pair, per field, in tables computed once for the whole build. */
export interface ScoreTables {
  /** Per provisional term and field (term × FIELDS.length + field): the field's boost times the term's idf in it. */
  boostIdf: Float64Array;
  /** Per document and field: lengthNormalization of the field's length. */
  norms: Float64Array;
}

/** The field whose packed frequency holds a bit (bit b of a packed word belongs to field ⌊b / TF_BITS⌋). */
const FIELD_OF_BIT = Uint8Array.from({ length: 32 }, (_, bit) => Math.floor(bit / TF_BITS));

/** Where the first pass writes to, and what it reads a posting's final term and frequencies from. */
export interface ScatterTargets {
  finalId: Uint32Array;
  /** Per bucket, where its next posting goes. */
  bucketCursor: Uint32Array;
  postingDocuments: Uint32Array;
  postingScores: Float32Array;
  /** Told each posting's term as it goes, for the entry's term list. */
  entryList: { add(term: number): void };
  /** The forward index's frequency words kept whole, read in order. */
  long: GrowableU32;
}

/**
 * The first pass, one document (or its part in one chunk) a call: scores each posting and appends it to its bucket.
 * A method called 30,000 times rather than one loop over 3.9 million postings: V8 optimizes a function called often
 * once it has run a little, with type feedback from every path, where the single long loop was compiled on the stack
 * (OSR) and thrown back to the interpreter whenever a path it had not yet run was reached (a long frequency word,
 * an entry's end), each time running unoptimized until compiled again (twice per first build at 10,000 entries): callgrind, a fresh process's build of 2,000 entries, 5.08 -> 4.64
 * billion instructions in all.
 */
export class PostingScatter {
  private nextLong = 0;
  private readonly fields = FIELDS.length;
  private readonly placeMask: number;

  constructor(
    private readonly to: ScatterTargets,
    private readonly tables: ScoreTables,
    private readonly documentBits: number,
    private readonly bucketBits: number,
  ) {
    this.placeMask = (1 << bucketBits) - 1;
  }

  /** Postings from..to - 1 of a chunk, all of document d. */
  document(
    terms: Uint16Array | Uint32Array,
    packedWords: Uint16Array,
    from: number,
    to: number,
    d: number,
  ): void {
    const { finalId, bucketCursor, postingDocuments, postingScores, entryList } = this.to;
    const { boostIdf, norms } = this.tables;
    const { fields, documentBits, bucketBits, placeMask } = this;
    for (let i = from; i < to; i++) {
      const provisional = terms[i] as number;
      const short = packedWords[i] as number;
      const packed = short === LONG_FORM ? this.to.long.get(this.nextLong++) : fromShortForm(short);
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
      const term = finalId[provisional] as number;
      entryList.add(term);
      const bucket = term >>> bucketBits;
      const at = bucketCursor[bucket] as number;
      bucketCursor[bucket] = at + 1;
      postingDocuments[at] = (d | ((term & placeMask) << documentBits)) >>> 0;
      postingScores[at] = score;
    }
  }
}
