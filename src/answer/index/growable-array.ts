// Append-only typed arrays for the index build: amortized doubling, then trimmed to a buffer of their own.

interface Kinds {
  u32: Uint32Array;
  f32: Float32Array;
  f64: Float64Array;
}

const CONSTRUCTORS = { u32: Uint32Array, f32: Float32Array, f64: Float64Array };

/** A typed array that grows as values are pushed; `toArray()` returns an exact-length copy that owns its buffer. */
export class GrowableArray<K extends keyof Kinds> {
  private data: Kinds[K];
  length = 0;

  constructor(
    private readonly kind: K,
    initialCapacity = 1024,
  ) {
    this.data = this.allocate(Math.max(16, initialCapacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.allocate(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i] as number;
  }

  toArray(): Kinds[K] {
    return this.data.slice(0, this.length) as Kinds[K];
  }

  private allocate(capacity: number): Kinds[K] {
    return new CONSTRUCTORS[this.kind](capacity) as Kinds[K];
  }
}
