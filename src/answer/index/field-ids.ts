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
  let count = 0;
  let taken = 0;
  for (let i = from; i < to && taken < limit; i++, taken++) {
    const id = idOf[words[i] as number] as number;
    if (id >= 0) ids[count++] = id;
  }
  for (let i = from2; i < to2 && taken < limit; i++, taken++) {
    const id = idOf[words[i] as number] as number;
    if (id >= 0) ids[count++] = id;
  }
  return count;
}
