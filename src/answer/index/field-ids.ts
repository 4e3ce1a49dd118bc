// Reads a field's term ids off the words of a document as the build's analyser numbered them.

/**
 * Into `ids`: the ids (`idOf[word]`: a stem or surface id, negative for a stop word, which is left out) of the first
 * `limit` words of words[from .. to) followed by words[from2 .. to2); returns how many ids were written. Plain
 * parameters, not a rest array of ranges destructured through the iterator protocol on each of the 150,000 calls at
 * 10,000 entries (which also made the function's bytecode several times larger).
 */
export function fieldIds(
  words: Int32Array,
  idOf: Int32Array,
  ids: Int32Array,
  limit: number,
  from: number,
  to: number,
  from2: number,
  to2: number,
): number {
  // Branch-free on stop words (a third of the words, in no order a branch predictor can learn): every id is
  // written, and the count moves past it only when it is not negative. `ids` holds `limit` numbers, and the count
  // never passes the words read, which the limit caps.
  const end = Math.min(to, from + limit);
  let count = 0;
  for (let i = from; i < end; i++) {
    const id = idOf[words[i] as number] as number;
    ids[count] = id;
    count += 1 + (id >> 31);
  }
  const end2 = Math.min(to2, from2 + limit - Math.max(0, end - from));
  for (let i = from2; i < end2; i++) {
    const id = idOf[words[i] as number] as number;
    ids[count] = id;
    count += 1 + (id >> 31);
  }
  return count;
}
