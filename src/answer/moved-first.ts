// The one move every reorder step after the ranker makes (reorder-candidates.ts): a candidate found at `at` goes
// first, as `moved` (usually lifted to the first one's probability), the others keep their order.

/** The candidates with the one at `at` replaced by `moved` and put first. */
export function movedFirst<C>(candidates: readonly C[], at: number, moved: C): C[] {
  return [moved, ...candidates.slice(0, at), ...candidates.slice(at + 1)];
}
