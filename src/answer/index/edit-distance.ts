// Bounded Damerau-Levenshtein distance (optimal string alignment): a swap of two neighbouring letters is one edit.
// Hand-written because the npm packages compute the full distance: this one stops as soon as it exceeds the bound,
// so checking a candidate costs O(length × bound) at worst and usually a few letters.

/**
 * The three rows of working memory of boundedEditDistance, reused from call to call: a typo search checks up to
 * hundreds of candidates per question word, and three new arrays per check were much of a question's garbage.
 * Every cell a call reads it has written first, so what an earlier call left does not matter.
 */
export class EditDistanceRows {
  back = new Int32Array(0);
  prev = new Int32Array(0);
  cur = new Int32Array(0);

  /** Rows of at least `length` cells. */
  fit(length: number): this {
    if (this.cur.length < length) {
      this.back = new Int32Array(length);
      this.prev = new Int32Array(length);
      this.cur = new Int32Array(length);
    }
    return this;
  }
}

/** The edit distance between a and b when it is at most `max`, else max + 1. */
export function boundedEditDistance(
  a: string,
  b: string,
  max: number,
  rows: EditDistanceRows = new EditDistanceRows(),
): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (a === b) return 0;
  const over = max + 1;
  // Three rows: two rows back (for swaps), the previous one and the current one.
  rows.fit(m + 1);
  let { back, prev, cur } = rows;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1);
    // Only cells within `max` of the diagonal can be <= max.
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    cur[0] = i;
    if (from > 1) cur[from - 1] = over;
    let rowMin = from === 1 ? i : over;
    for (let j = from; j <= to; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let d = Math.min(
        (prev[j - 1] as number) + cost,
        (j - 1 >= i - max ? (cur[j - 1] as number) : over) + 1,
        (j <= i - 1 + max ? (prev[j] as number) : over) + 1,
      );
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        d = Math.min(d, (back[j - 2] as number) + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (to < m) cur[to + 1] = over;
    if (rowMin > max) return over;
    // Rotated through temporaries: a destructuring swap allocates an array unless the optimiser removes it.
    const oldest = back;
    back = prev;
    prev = cur;
    cur = oldest;
  }
  return Math.min(prev[m] as number, over);
}
