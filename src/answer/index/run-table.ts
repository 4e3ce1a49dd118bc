// A hash table from runs of text to numbers, probed with the run's position in the text: no substring is made
// and no string hashed twice. Hand-written because a Map needs a string key, and slicing millions of runs out of
// texts only to look them up was most of the index build's time.

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** What `get` returns for a run the table does not hold (no stored value may be this). */
export const NOT_IN_TABLE = 0x7fffffff;

/**
 * Keys are runs of text; the caller hashes them with FNV-1a (FNV_OFFSET, FNV_PRIME) over their code units. Hashes
 * and values sit in typed arrays, so a probe compares numbers, and the keys' code units sit end to end in one
 * typed array, compared with the run's in a loop only when the hashes agree. Comparing with `startsWith` against
 * key strings cost a fifth more over the 4.1 million runs of a 10,000-entry build (`charCodeAt` on the key
 * strings, of mixed representations, cost far more).
 */
export class RunTable {
  private slots = new Int32Array(1 << 12).fill(-1);
  private hashes = new Int32Array(1024);
  private values = new Int32Array(1024);
  /** Key k's code units: chars[keyStarts[k] .. keyStarts[k + 1]). */
  private keyStarts = new Int32Array(1025);
  private chars = new Uint16Array(1 << 14);
  private count = 0;

  /** The value stored for text[start, end), or NOT_IN_TABLE. */
  get(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    const signed = hash | 0;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const k = this.slots[s] as number;
      if (k < 0) return NOT_IN_TABLE;
      if (this.hashes[k] !== signed) continue;
      const from = this.keyStarts[k] as number;
      if ((this.keyStarts[k + 1] as number) - from === length && this.keyIs(from, text, start, length))
        return this.values[k] as number;
    }
  }

  private keyIs(from: number, text: string, start: number, length: number): boolean {
    const { chars } = this;
    for (let i = 0; i < length; i++) if (chars[from + i] !== text.charCodeAt(start + i)) return false;
    return true;
  }

  /** Stores a value (a 32-bit integer other than NOT_IN_TABLE) for a key not yet in the table. */
  set(key: string, hash: number, value: number): void {
    if ((this.count + 1) * 2 > this.slots.length) this.grow();
    if (this.count === this.hashes.length) {
      const hashes = new Int32Array(this.count * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
      const values = new Int32Array(this.count * 2);
      values.set(this.values);
      this.values = values;
      const keyStarts = new Int32Array(this.count * 2 + 1);
      keyStarts.set(this.keyStarts);
      this.keyStarts = keyStarts;
    }
    const k = this.count;
    this.place(k, hash);
    const from = this.keyStarts[k] as number;
    if (from + key.length > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, from + key.length));
      chars.set(this.chars);
      this.chars = chars;
    }
    for (let i = 0; i < key.length; i++) this.chars[from + i] = key.charCodeAt(i);
    this.keyStarts[k + 1] = from + key.length;
    this.hashes[k] = hash | 0;
    this.values[k] = value;
    this.count = k + 1;
  }

  private place(k: number, hash: number): void {
    const mask = this.slots.length - 1;
    let s = hash & mask;
    while ((this.slots[s] as number) >= 0) s = (s + 1) & mask;
    this.slots[s] = k;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let k = 0; k < this.count; k++) this.place(k, this.hashes[k] as number);
  }
}
