// Sums relevance per document over a question's postings in arrays reused across questions: only touched ones cost.
import { DOCUMENTS_PER_ENTRY } from './index-data.js';
import { TopK } from './top-k.js';

/** Bits of a document's tag that count the question stems it matched (MAX_QUESTION_STEMS of limits.ts fits them). */
const COUNT_BITS = 8;
const COUNT_MASK = (1 << COUNT_BITS) - 1;
/** The share of documents touched from which best() clears the arrays whole rather than one document at a time. */
const CLEAR_WHOLE_FROM = 1 / 8;

/**
 * One per index (answering is synchronous, so questions never interleave). The documents a question touched are
 * put back to zero as they are ranked (or when the next question begins), so no array is cleared whole and no stamp
 * is read per posting: the arrays stay small (12 bytes a document), as at 100,000 entries they outgrow the cache.
 * Each document has one tag, (last stem that added to it + 1) << COUNT_BITS | number of stems that added to it, 0
 * when untouched: the last stem and the count were two arrays, two random reads a posting where one does (the sum
 * and the stem bookkeeping were half each of a fresh question's posting loop). A tag fits 16 bits (at most
 * MAX_QUESTION_STEMS + 1 = 129 shifted by 8, plus a byte), so the tags take half the cache 32-bit ones did.
 */
export class RelevanceAccumulator {
  private readonly sum: Float64Array;
  private readonly tags: Uint16Array;
  private readonly touched: Uint32Array;
  private touchedCount = 0;
  /** The highest stem added so far in this question (-1: none). */
  private highestStem = -1;
  private readonly top = new TopK();
  /** What best() found, reused (grown only for a larger k). */
  private bestEntries = new Uint32Array(32);
  private bestRelevances = new Float64Array(32);
  /** A score on its way to the heap when the sums are kept (see TopK.floorCell). */
  private readonly cell = new Float64Array(1);
  /** Per entry, the `bestRound` in which best() last took it: an entry's later documents are passed over. */
  private readonly taken: Uint32Array;
  private bestRound = 0;

  constructor(documentCount: number) {
    this.taken = new Uint32Array(Math.ceil(documentCount / DOCUMENTS_PER_ENTRY));
    this.sum = new Float64Array(documentCount);
    this.tags = new Uint16Array(documentCount);
    // One slot more than documents: the first list of a stem writes a document's number there before counting it.
    this.touched = new Uint32Array(documentCount + 1);
  }

  /**
   * Starts a question: every document's sum is zero again (best() already zeroes what it read, unless it kept the
   * sums for a wider ranking).
   */
  begin(): void {
    this.clear();
    this.highestStem = -1;
  }

  /** Puts every touched document back to zero, one by one or, when a question touched many, the arrays whole. */
  private clear(): void {
    const { sum, tags, touched } = this;
    const count = this.touchedCount;
    if (count > sum.length * CLEAR_WHOLE_FROM) {
      sum.fill(0);
      tags.fill(0);
    } else {
      for (let n = 0; n < count; n++) {
        const e = touched[n] as number;
        sum[e] = 0;
        tags[e] = 0;
      }
    }
    this.touchedCount = 0;
  }

  /**
   * Adds weight × score of postings [start, end) for the question stem numbered `stem` (0 ≤ stem < MAX_QUESTION_STEMS of limits.ts, which fits the byte that counts them).
   * A question's stems come in order, so the first list of a stem meets no document that stem has counted already
   * (a term's postings name each document once): that list skips the check.
   */
  add(
    stem: number,
    weight: number,
    documents: Uint32Array,
    scores: Float32Array,
    start: number,
    end: number,
  ): void {
    const { sum, tags, touched } = this;
    let touchedCount = this.touchedCount;
    const mark = (stem + 1) << COUNT_BITS;
    if (stem > this.highestStem) {
      this.highestStem = stem;
      for (let p = start; p < end; p++) {
        const e = documents[p] as number;
        const tag = tags[e] as number;
        // Appended without a branch: counted only when untouched (tag 0, so tag - 1 has its sign bit set). Whether a
        // document was touched is a coin toss for a common word's list, and a mispredicted branch cost more than
        // the store.
        touched[touchedCount] = e;
        touchedCount += (tag - 1) >>> 31;
        tags[e] = mark | ((tag & COUNT_MASK) + 1);
        sum[e] = (sum[e] as number) + weight * (scores[p] as number);
      }
    } else {
      for (let p = start; p < end; p++) {
        const e = documents[p] as number;
        const tag = tags[e] as number;
        if ((tag & ~COUNT_MASK) !== mark) {
          if (tag === 0) touched[touchedCount++] = e;
          tags[e] = mark | ((tag & COUNT_MASK) + 1);
        }
        sum[e] = (sum[e] as number) + weight * (scores[p] as number);
      }
    }
    this.touchedCount = touchedCount;
  }

  /**
   * The `k` most relevant entries, best first: returns how many there are, read with entry(i) and relevance(i) until
   * the next best(). A document's relevance is its sum times the number of question stems it matched (as MiniSearch
   * ranks OR queries: matching more of the question comes first); an entry's is that of its best language. The best
   * k entries' best documents are among the best 3k documents. Kept in typed arrays reused across questions: the
   * objects and the per-document closure it returned were a twentieth of what a fresh question allocated.
   * `keep`: the sums stay, so that the next best() ranks the same documents again (for more entries) without the
   * postings summed a second time; the next begin() clears them.
   */
  best(k: number, keep = false): number {
    const { top } = this;
    top.reset(k * DOCUMENTS_PER_ENTRY);
    if (keep) this.rankKept();
    else this.rankClearing();
    const documents = top.finish();
    if (this.bestEntries.length < k) {
      this.bestEntries = new Uint32Array(k);
      this.bestRelevances = new Float64Array(k);
    }
    const { bestEntries, bestRelevances, taken } = this;
    // An entry's later documents rank below its first: a stamp per entry tells them (a scan of those found cost
    // up to k reads a document, with k = 200 for a figure-led search).
    if (this.bestRound === 0xffffffff) {
      taken.fill(0);
      this.bestRound = 0;
    }
    const round = ++this.bestRound;
    let found = 0;
    for (let i = 0; i < documents && found < k; i++) {
      const entry = Math.floor(top.item(i) / DOCUMENTS_PER_ENTRY);
      if (taken[entry] === round) continue;
      taken[entry] = round;
      bestEntries[found] = entry;
      bestRelevances[found] = top.score(i);
      found += 1;
    }
    return found;
  }

  /**
   * Offers every touched document to the heap, each put back to zero for the next question in the same pass; when a
   * question touched many (a common word's expansions), clearing the arrays whole, in order, costs less.
   * Most documents score below the heap's worst once it is full: they are passed over without an offer.
   * An offered document's score goes to the heap through its slot of `sum` (see TopK.floorCell: no boxed numbers).
   */
  private rankClearing(): void {
    const count = this.touchedCount;
    if (count > this.sum.length * CLEAR_WHOLE_FROM) {
      this.offerTouched(count);
      this.sum.fill(0);
      this.tags.fill(0);
    } else this.offerTouchedClearing(count);
    this.touchedCount = 0;
    this.highestStem = -1;
  }

  // Each loop is a method of its own, with nothing after it: V8 compiles a long loop on the stack (OSR) before the code
  // after it ever ran, and the cached OSR code was entered again and again at the `fill` calls it had no feedback for,
  // deoptimised each time (up to ~900 deopts of rankClearing in 2,000 fresh questions, all on questions touching many
  // documents: the slow tail).
  /** Offers the touched documents to the heap; the caller clears the arrays whole. */
  private offerTouched(count: number): void {
    const { sum, tags, touched, top } = this;
    const { floorCell } = top;
    for (let n = 0; n < count; n++) {
      const d = touched[n] as number;
      const score = (sum[d] as number) * ((tags[d] as number) & COUNT_MASK);
      if (score < (floorCell[0] as number)) continue;
      sum[d] = score;
      top.offerFrom(d, sum, d);
    }
  }

  /** Offers the touched documents to the heap, putting each back to zero. */
  private offerTouchedClearing(count: number): void {
    const { sum, tags, touched, top } = this;
    const { floorCell } = top;
    for (let n = 0; n < count; n++) {
      const d = touched[n] as number;
      const score = (sum[d] as number) * ((tags[d] as number) & COUNT_MASK);
      tags[d] = 0;
      if (score < (floorCell[0] as number)) {
        sum[d] = 0;
        continue;
      }
      sum[d] = score;
      top.offerFrom(d, sum, d);
      sum[d] = 0;
    }
  }

  /**
   * Offers every touched document to the heap and keeps the sums and tags, so that best() may rank them again, for
   * more entries, without the postings summed a second time; begin() clears them. The score goes through `cell`.
   */
  private rankKept(): void {
    const { sum, tags, touched, top, cell } = this;
    const count = this.touchedCount;
    const { floorCell } = top;
    for (let n = 0; n < count; n++) {
      const d = touched[n] as number;
      const score = (sum[d] as number) * ((tags[d] as number) & COUNT_MASK);
      if (score < (floorCell[0] as number)) continue;
      cell[0] = score;
      top.offerFrom(d, cell, 0);
    }
  }

  /** The i-th best entry of the last best(). */
  entry(i: number): number {
    return this.bestEntries[i] as number;
  }

  /** Its relevance. */
  relevance(i: number): number {
    return this.bestRelevances[i] as number;
  }
}
