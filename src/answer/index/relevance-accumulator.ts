// Sums relevance per document over a question's postings in arrays reused across questions: only touched ones cost.
import { DOCUMENTS_PER_ENTRY } from './index-data.js';
import { TopK } from './top-k.js';

/**
 * One per index (answering is synchronous, so questions never interleave). The documents a question touched are
 * put back to zero as they are ranked (or when the next question begins), so no array is cleared whole and no stamp
 * is read per posting: the arrays stay small (11 bytes a document), as at 100,000 entries they outgrow the cache.
 */
export class RelevanceAccumulator {
  private readonly sum: Float64Array;
  private readonly stemsMatched: Uint8Array;
  /** The last question stem that added to each document; -1: none yet in this question. */
  private readonly lastStem: Int16Array;
  private readonly touched: Uint32Array;
  private touchedCount = 0;
  private readonly top = new TopK();

  constructor(documentCount: number) {
    this.sum = new Float64Array(documentCount);
    this.stemsMatched = new Uint8Array(documentCount);
    this.lastStem = new Int16Array(documentCount).fill(-1);
    this.touched = new Uint32Array(documentCount);
  }

  /** Starts a question: every document's sum is zero again (best() already zeroes what it read). */
  begin(): void {
    const { sum, stemsMatched, lastStem, touched } = this;
    for (let n = 0; n < this.touchedCount; n++) {
      const e = touched[n] as number;
      sum[e] = 0;
      stemsMatched[e] = 0;
      lastStem[e] = -1;
    }
    this.touchedCount = 0;
  }

  /**
   * Adds weight × score of postings [start, end) for the question stem numbered `stem` (0 ≤ stem < MAX_QUESTION_STEMS of limits.ts, which fits the byte that counts them;
   * a question's stems are numbered in order, so a document's stems are counted as they change).
   */
  add(
    stem: number,
    weight: number,
    documents: Uint32Array,
    scores: Float32Array,
    start: number,
    end: number,
  ): void {
    const { sum, stemsMatched, lastStem, touched } = this;
    let touchedCount = this.touchedCount;
    for (let p = start; p < end; p++) {
      const e = documents[p] as number;
      const last = lastStem[e] as number;
      if (last !== stem) {
        if (last === -1) touched[touchedCount++] = e;
        lastStem[e] = stem;
        stemsMatched[e] = (stemsMatched[e] as number) + 1;
      }
      sum[e] = (sum[e] as number) + weight * (scores[p] as number);
    }
    this.touchedCount = touchedCount;
  }

  /**
   * The `k` most relevant entries, best first. A document's relevance is its sum times the number of question
   * stems it matched (as MiniSearch ranks OR queries: matching more of the question comes first); an entry's is
   * that of its best language. The best k entries' best documents are among the best 3k documents.
   */
  best(k: number): { entry: number; relevance: number }[] {
    const { sum, stemsMatched, lastStem, touched, top } = this;
    top.reset(k * DOCUMENTS_PER_ENTRY);
    // Each touched document is read once more, and put back to zero for the next question in the same pass.
    for (let n = 0; n < this.touchedCount; n++) {
      const d = touched[n] as number;
      top.offer(d, (sum[d] as number) * (stemsMatched[d] as number));
      sum[d] = 0;
      stemsMatched[d] = 0;
      lastStem[d] = -1;
    }
    this.touchedCount = 0;
    const documents = top.finish();
    const best: { entry: number; relevance: number }[] = [];
    for (let i = 0; i < documents && best.length < k; i++) {
      const entry = Math.floor(top.item(i) / DOCUMENTS_PER_ENTRY);
      // An entry's later documents rank below its first: at most k entries, so a linear look-up is enough.
      if (best.some((b) => b.entry === entry)) continue;
      best.push({ entry, relevance: top.score(i) });
    }
    return best;
  }
}
