// Lists built element by element from one array literal per kind of value, so that V8 gives each list one layout.
// Why: `Array.prototype.map` lays its result out by the values it got (small integers, doubles or anything; an empty
// result as small integers), so one list (a question's word weights, its word flags, the pair shares) came in two or
// three layouts from one question to the next. The optimised readers (evidenceFeatures, nameBacking, the pair scan)
// were compiled for the layouts met so far and thrown away at the next one ("wrong map"), then compiled again: 10-50
// ms each on a V8 thread, beside the questions of the timed tail. An array made from one literal takes the layout V8
// has learned for that literal (allocation-site tracking): every list of numbers is one of doubles, every other list
// one of tagged values, empty or not.

/** `items.map(at)` for a list of numbers. */
export function numberList<T>(items: readonly T[], at: (item: T, i: number) => number): number[] {
  const list: number[] = [];
  for (let i = 0; i < items.length; i++) list.push(at(items[i] as T, i));
  return list;
}

/** `items.map(at)` for a list of anything but numbers (flags, strings, arrays, objects). */
export function valueList<T, U>(items: readonly T[], at: (item: T, i: number) => U): U[] {
  const list: U[] = [];
  for (let i = 0; i < items.length; i++) list.push(at(items[i] as T, i));
  return list;
}
