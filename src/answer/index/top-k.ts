// Picks the k best of many scored items with a small min-heap in typed arrays: O(n log k), no sort of every hit,
// and no allocation per question (the heap's arrays are reused; only a larger k grows them).

/**
 * Offer items with their scores, then `finish()`: the `k` items with the highest scores, best first; equal scores
 * keep the lower item first (entry order), so results do not depend on the order items were offered in.
 */
export class TopK {
  private items = new Uint32Array(64);
  private scores = new Float64Array(64);
  private size = 0;
  private k = 0;
  /**
   * floor(), kept up to date in a typed array: a caller's loop reads it without a call. A double returned from a call
   * V8 does not inline (or passed to one) is boxed, a heap number each time: the accumulator's ranking made a few
   * hundred a question that way (~3 KB), garbage that brings the young-generation collections on sooner. Scores go
   * in through arrays for the same reason, and to replaceRoot through `pending`.
   */
  readonly floorCell = new Float64Array(1);
  private readonly pending = new Float64Array(1);

  /** Starts a new selection of at most `k` items. */
  reset(k: number): void {
    this.k = Math.max(0, k);
    this.size = 0;
    if (this.items.length < this.k) {
      this.items = new Uint32Array(this.k);
      this.scores = new Float64Array(this.k);
    }
    this.floorCell[0] = this.floor();
  }

  offer(item: number, score: number): void {
    this.pending[0] = score;
    this.offerFrom(item, this.pending, 0);
  }

  /** Offers `item` with the score `from[at]` (see floorCell: the score is not passed as a number). */
  offerFrom(item: number, from: Float64Array, at: number): void {
    const { items, scores } = this;
    const score = from[at] as number;
    if (this.size < this.k) {
      // Sift up from the new leaf.
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!worse(score, item, scores[parent] as number, items[parent] as number)) break;
        items[i] = items[parent] as number;
        scores[i] = scores[parent] as number;
        i = parent;
      }
      items[i] = item;
      scores[i] = score;
    } else if (this.k > 0 && worse(scores[0] as number, items[0] as number, score, item)) {
      this.pending[0] = score;
      this.replaceRoot(item, this.size);
    }
    this.floorCell[0] = this.floor();
  }

  /**
   * A score below which offer() keeps nothing: the worst kept score once k items are kept, -Infinity before. Callers
   * offering many items compare with it first and skip the call (an equal score may still enter, by its item).
   */
  floor(): number {
    if (this.k === 0) return Infinity;
    return this.size < this.k ? -Infinity : (this.scores[0] as number);
  }

  /**
   * Sorts the kept items best first, in place; returns how many there are. Read them with item(i) and score(i)
   * until the next reset.
   */
  finish(): number {
    const { items, scores } = this;
    const count = this.size;
    // Heap sort: the worst item leaves the root for the end of the shrinking heap, so the array ends best first.
    for (let end = count - 1; end > 0; end--) {
      const item = items[0] as number;
      const score = scores[0] as number;
      this.pending[0] = scores[end] as number;
      this.replaceRoot(items[end] as number, end);
      items[end] = item;
      scores[end] = score;
    }
    this.size = 0;
    this.floorCell[0] = this.floor();
    return count;
  }

  item(i: number): number {
    return this.items[i] as number;
  }

  score(i: number): number {
    return this.scores[i] as number;
  }

  /** Puts (item, score) at the root of the heap of `size` items and sifts it down. */
  private replaceRoot(item: number, size: number): void {
    const { items, scores } = this;
    const score = this.pending[0] as number;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const r = l + 1;
      let w = l;
      if (r < size && worse(scores[r] as number, items[r] as number, scores[l] as number, items[l] as number))
        w = r;
      if (!worse(scores[w] as number, items[w] as number, score, item)) break;
      items[i] = items[w] as number;
      scores[i] = scores[w] as number;
      i = w;
    }
    items[i] = item;
    scores[i] = score;
  }
}

/** Whether (scoreA, itemA) ranks below (scoreB, itemB): a lower score, or the same score and a later item. */
function worse(scoreA: number, itemA: number, scoreB: number, itemB: number): boolean {
  return scoreA < scoreB || (scoreA === scoreB && itemA > itemB);
}
