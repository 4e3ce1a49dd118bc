// A hash table from runs of text to numbers, probed with the run's position in the text: no substring is made
// and no string hashed twice. Hand-written because a Map needs a string key, and slicing millions of runs out of
// texts only to look them up was most of the index build's time.

/**
 * A run's hash, from what the cursor reads anyway: its length, its first character's number and its last six
 * characters packed (see cached-tokenizer.ts), mixed so that the low bits a slot is chosen by depend on all of them.
 * Runs alike in all four (same length, first and last six characters, a different middle) share a hash and are told
 * apart by their characters, as colliding runs always were. An FNV-1a hash over every code unit, one multiplication
 * a character on the run's critical path, was an eighth of the cursor's time over a 10,000-entry build's 41 million
 * characters.
 */
export function runHash(length: number, first: number, low: number, high: number): number {
  let h = low ^ Math.imul(high, 0x9e3779b1) ^ Math.imul((length << 9) | first, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}

/** What `get` returns for a run the table does not hold (no stored value may be this). */
export const NOT_IN_TABLE = 0x7fffffff;

/**
 * Numbers per slot: the key's hash, the value, where the key's code units start in `chars`, its length + 1, and its
 * last PACKED_CHARS code units packed (two numbers, see cached-tokenizer.ts).
 */
const SLOT = 6;
const HASH = 0;
const VALUE = 1;
const KEY_START = 2;
/** The key's length + 1, so that a slot of zeros (as allocated) is an empty one. */
const LENGTH_1 = 3;
const PACKED_LOW = 4;
const PACKED_HIGH = 5;
/** Code units at the end of a key that its packed numbers stand for exactly (cached-tokenizer.ts's PACKED_CHARS). */
const PACKED_CHARS = 6;

/**
 * Keys are runs of text; the caller hashes them with runHash (any hash does: a hit also needs the key equal). A key's
 * hash, value and place sit side by side in its slot (open addressing), so a probe reads one cache line, and the
 * keys' code units sit end to end in one typed array, compared with the run's in a loop only when the hashes
 * agree. Slots holding only a key number, with hashes, values and key starts in arrays of their own, cost four
 * cache misses a probe where this costs one: the 4.1 million probes of a 10,000-entry build were a third of it.
 * (Comparing with `startsWith` against key strings cost a fifth more, `charCodeAt` on them far more.)
 */
export class RunTable {
  private slots = new Int32Array(SLOT << 12);
  /** Slots - 1 (a power of two, less one). */
  private mask = (1 << 12) - 1;
  private chars = new Uint16Array(1 << 14);
  private charCount = 0;
  private count = 0;

  /**
   * The value stored for text[start, end), or NOT_IN_TABLE. `low` and `high`: the run's last characters packed (as
   * RunCursor gives them): with the length they prove those characters equal, so only the ones before are compared
   * (none for most runs, where comparing every character was a fifth of the build's analysis).
   */
  get(text: string, start: number, end: number, hash: number, low: number, high: number): number {
    const { slots, mask } = this;
    const length1 = end - start + 1;
    const signed = hash | 0;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const at = s * SLOT;
      const stored = slots[at + LENGTH_1] as number;
      if (stored === 0) return NOT_IN_TABLE;
      if (
        slots[at + HASH] === signed &&
        stored === length1 &&
        slots[at + PACKED_LOW] === low &&
        slots[at + PACKED_HIGH] === high &&
        (length1 <= PACKED_CHARS + 1 ||
          this.keyIs(slots[at + KEY_START] as number, text, start, length1 - 1 - PACKED_CHARS))
      )
        return slots[at + VALUE] as number;
    }
  }

  private keyIs(from: number, text: string, start: number, length: number): boolean {
    const { chars } = this;
    for (let i = 0; i < length; i++) if (chars[from + i] !== text.charCodeAt(start + i)) return false;
    return true;
  }

  /**
   * Stores a value (a 32-bit integer other than NOT_IN_TABLE) for a key not yet in the table, with its hash and
   * packed last characters.
   */
  set(key: string, hash: number, low: number, high: number, value: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const from = this.charCount;
    if (from + key.length > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, from + key.length));
      chars.set(this.chars);
      this.chars = chars;
    }
    for (let i = 0; i < key.length; i++) this.chars[from + i] = key.charCodeAt(i);
    this.charCount = from + key.length;
    const { slots, mask } = this;
    let s = hash & mask;
    while ((slots[s * SLOT + LENGTH_1] as number) !== 0) s = (s + 1) & mask;
    const at = s * SLOT;
    slots[at + HASH] = hash | 0;
    slots[at + VALUE] = value;
    slots[at + KEY_START] = from;
    slots[at + LENGTH_1] = key.length + 1;
    slots[at + PACKED_LOW] = low;
    slots[at + PACKED_HIGH] = high;
    this.count += 1;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = this.mask * 2 + 1;
    for (let from = 0; from < old.length; from += SLOT) {
      if ((old[from + LENGTH_1] as number) === 0) continue;
      let s = (old[from + HASH] as number) & mask;
      while ((slots[s * SLOT + LENGTH_1] as number) !== 0) s = (s + 1) & mask;
      slots.set(old.subarray(from, from + SLOT), s * SLOT);
    }
    this.slots = slots;
    this.mask = mask;
  }
}
