// A hash table from runs of text to values, probed with the run's position in the text: no substring is made
// and no string hashed twice. Hand-written because a Map needs a string key, and slicing millions of runs out of
// texts only to look them up was most of the index build's time.

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** Keys are runs of text; the caller hashes them with FNV-1a (FNV_OFFSET, FNV_PRIME) over their code units. */
export class RunTable<V> {
  private slots = new Int32Array(1 << 12).fill(-1);
  private readonly keys: string[] = [];
  private readonly hashes: number[] = [];
  private readonly values: V[] = [];

  /** The value stored for text[start, end), or undefined. */
  get(text: string, start: number, end: number, hash: number): V | undefined {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const k = this.slots[s] as number;
      if (k < 0) return undefined;
      const key = this.keys[k] as string;
      if (this.hashes[k] === hash && key.length === length && text.startsWith(key, start))
        return this.values[k];
    }
  }

  set(key: string, hash: number, value: V): void {
    if ((this.keys.length + 1) * 2 > this.slots.length) this.grow();
    this.place(this.keys.length, hash);
    this.keys.push(key);
    this.hashes.push(hash);
    this.values.push(value);
  }

  private place(k: number, hash: number): void {
    const mask = this.slots.length - 1;
    let s = hash & mask;
    while ((this.slots[s] as number) >= 0) s = (s + 1) & mask;
    this.slots[s] = k;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    this.hashes.forEach((hash, k) => this.place(k, hash));
  }
}
