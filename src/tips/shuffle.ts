// Fisher-Yates shuffle and random picks driven by an injected random source, so tests can seed it.

/** A source of numbers in [0, 1), like Math.random. */
export type RandomSource = () => number;

/** A whole number in [0, count), from `random`; safe even if `random` returns 1. */
export function randomIndex(count: number, random: RandomSource): number {
  return Math.min(count - 1, Math.max(0, Math.floor(random() * count)));
}

/** A shuffled copy of `items` (Fisher-Yates); every order is equally likely when `random` is uniform. */
export function shuffled<T>(items: readonly T[], random: RandomSource): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    swap(result, i, randomIndex(i + 1, random));
  }
  return result;
}

export function swap<T>(items: T[], a: number, b: number): void {
  const itemA = items[a] as T;
  items[a] = items[b] as T;
  items[b] = itemA;
}
