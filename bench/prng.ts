// The seeded random source and the picks and shuffles the generated knowledge base is made with.
import { randomIndex, shuffled as shuffle, type RandomSource } from '../src/tips/shuffle.js';

export { seededRandom } from '../src/tips/seeded-random.js';
export type Random = RandomSource;

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[randomIndex(items.length, random)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** A shuffled copy (Fisher-Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  return shuffle(items, random);
}
