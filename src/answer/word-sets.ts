// Sets of a question's folded words, combined without garbage where one is empty (as mostly).

/** No words: one shared empty set, so that "none" allocates nothing. */
export const NO_WORDS: ReadonlySet<string> = new Set();

/** Both sets' words (either one itself when the other is empty, as mostly). */
export function bothSets(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> {
  return b.size === 0 ? a : a.size === 0 ? b : new Set([...a, ...b]);
}
