// Append-only 32-bit unsigned integers for the index build (the analyser's runs): amortized doubling.

/** Holds only Uint32Array storage, so its element stores stay monomorphic (a class also holding doubles was slow). */
export class GrowableU32 {
  private data: Uint32Array;
  length = 0;

  constructor(initialCapacity = 1024) {
    this.data = new Uint32Array(Math.max(16, initialCapacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i] as number;
  }

  /** Apart from push, so that push stays small (the analyser's scan inlines it, within V8's inlining budget). */
  private grow(): void {
    const bigger = new Uint32Array(this.data.length * 2);
    bigger.set(this.data);
    this.data = bigger;
  }
}
