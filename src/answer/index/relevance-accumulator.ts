// Sums relevance per document over a question's postings in arrays reused across questions: only touched ones cost.
import { DOCUMENTS_PER_ENTRY } from './index-data.js';
import { topK } from './top-k.js';

/**
 * One per index (answering is synchronous, so questions never interleave). A generation stamp per entry stands in
 * for clearing the arrays between questions.
 */
export class RelevanceAccumulator {
  private readonly sum: Float64Array;
  private readonly stemsMatched: Uint16Array;
  private readonly lastStem: Int32Array;
  private readonly stamp: Uint32Array;
  private readonly touched: Uint32Array;
  private touchedCount = 0;
  private generation = 0;

  constructor(documentCount: number) {
    this.sum = new Float64Array(documentCount);
    this.stemsMatched = new Uint16Array(documentCount);
    this.lastStem = new Int32Array(documentCount);
    this.stamp = new Uint32Array(documentCount);
    this.touched = new Uint32Array(documentCount);
  }

  /** Starts a question: every document's sum is zero again. */
  begin(): void {
    this.generation += 1;
    if (this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    this.touchedCount = 0;
  }

  /** Adds weight × score of postings [start, end) for the question stem numbered `stem`. */
  add(
    stem: number,
    weight: number,
    documents: Uint32Array,
    scores: Float32Array,
    start: number,
    end: number,
  ): void {
    const { sum, stemsMatched, lastStem, stamp, generation } = this;
    for (let p = start; p < end; p++) {
      const e = documents[p] as number;
      if (stamp[e] !== generation) {
        stamp[e] = generation;
        sum[e] = 0;
        stemsMatched[e] = 0;
        lastStem[e] = -1;
        this.touched[this.touchedCount++] = e;
      }
      sum[e] = (sum[e] as number) + weight * (scores[p] as number);
      if (lastStem[e] !== stem) {
        lastStem[e] = stem;
        stemsMatched[e] = (stemsMatched[e] as number) + 1;
      }
    }
  }

  /**
   * The `k` most relevant entries, best first. A document's relevance is its sum times the number of question
   * stems it matched (as MiniSearch ranks OR queries: matching more of the question comes first); an entry's is
   * that of its best language. The best k entries' best documents are among the best 3k documents.
   */
  best(k: number): { entry: number; relevance: number }[] {
    const relevance = (d: number) => (this.sum[d] as number) * (this.stemsMatched[d] as number);
    const documents = topK(this.touched, this.touchedCount, relevance, k * DOCUMENTS_PER_ENTRY);
    const seen = new Set<number>();
    const best: { entry: number; relevance: number }[] = [];
    for (const d of documents) {
      const entry = Math.floor(d / DOCUMENTS_PER_ENTRY);
      if (seen.has(entry)) continue;
      seen.add(entry);
      best.push({ entry, relevance: relevance(d) });
      if (best.length === k) break;
    }
    return best;
  }
}
