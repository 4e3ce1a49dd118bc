// Look-ups in a sorted array of strings by binary search: exact position, prefix range, and a set of words.

/** The first position whose string is not less than `key` (strings compared by UTF-16 code units, as `<` does). */
export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The position of `key`, or -1. */
export function indexOfSorted(sorted: readonly string[], key: string): number {
  const i = lowerBound(sorted, key);
  return isAt(sorted, i, key) ? i : -1;
}

/**
 * Whether `sorted[at]` is `key`, for a lower bound `at` that may be the array's length (a key after every string).
 * Checked first, not read past the end: V8 compiles the read for in-bounds positions only, and the first question
 * with such a word (a Cyrillic one sorting after every term) threw the optimised code of every function that
 * inlines the look-up (the search, the weights, the pairs) back to the interpreter in the middle of the timed run.
 */
export function isAt(sorted: readonly string[], at: number, key: string): boolean {
  return at < sorted.length && sorted[at] === key;
}

/**
 * A read-only set of words kept as one sorted array: no hash table to rebuild when an index arrives from a
 * worker, and `has` costs a binary search (a question looks up a few dozen words).
 */
export class SortedWordSet {
  constructor(private readonly sorted: readonly string[]) {}

  has(word: string): boolean {
    return indexOfSorted(this.sorted, word) >= 0;
  }

  get size(): number {
    return this.sorted.length;
  }
}

/** Sorts and removes duplicates in place order (code-unit order, matching lowerBound). */
export function sortedUnique(words: Iterable<string>): string[] {
  return [...new Set(words)].sort(compareCodeUnits);
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
