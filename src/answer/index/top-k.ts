// Picks the k best of many scored items with a small min-heap: O(n log k), no sort of every hit.

/**
 * The `k` items of `items[0..count)` with the highest score, best first; equal scores keep the lower item first
 * (entry order), so results do not depend on the order items were touched in.
 */
export function topK(
  items: Uint32Array,
  count: number,
  score: (item: number) => number,
  k: number,
): number[] {
  if (k <= 0) return [];
  const heapItems: number[] = [];
  const heapScores: number[] = [];
  // "a is worse than b": lower score, or the same score and a later item.
  const worse = (i: number, j: number) =>
    (heapScores[i] as number) < (heapScores[j] as number) ||
    (heapScores[i] === heapScores[j] && (heapItems[i] as number) > (heapItems[j] as number));
  const swap = (i: number, j: number) => {
    [heapItems[i], heapItems[j]] = [heapItems[j] as number, heapItems[i] as number];
    [heapScores[i], heapScores[j]] = [heapScores[j] as number, heapScores[i] as number];
  };
  const siftDown = (start: number) => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < heapItems.length && worse(l, w)) w = l;
      if (r < heapItems.length && worse(r, w)) w = r;
      if (w === i) return;
      swap(i, w);
      i = w;
    }
  };
  for (let n = 0; n < count; n++) {
    const item = items[n] as number;
    const s = score(item);
    if (heapItems.length < k) {
      heapItems.push(item);
      heapScores.push(s);
      for (let i = heapItems.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!worse(i, parent)) break;
        swap(i, parent);
        i = parent;
      }
    } else if (s > (heapScores[0] as number) || (s === heapScores[0] && item < (heapItems[0] as number))) {
      heapItems[0] = item;
      heapScores[0] = s;
      siftDown(0);
    }
  }
  const order = heapItems.map((_, i) => i);
  order.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
  return order.map((i) => heapItems[i] as number);
}
