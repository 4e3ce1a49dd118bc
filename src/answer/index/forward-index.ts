// The build's forward index: for each ended document, its terms (provisional ids) with their packed frequencies,
// appended in chunks of a fixed size; term ids in 16 bits while every one fits.

/** Postings per chunk, as a power of two: 2^16 of them (256 KB an array) keeps the last chunk's slack small. */
const CHUNK_BITS = 16;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_SIZE - 1;

/**
 * Append-only (term, packed) pairs in chunks rather than one doubling array: the build cannot know its size before
 * the last document (3.0 million pairs at 10,000 entries), and a doubling array outgrown by a little allocated
 * twice the memory and copied the first half. Every byte of new memory costs a page fault on its first touch on
 * this kind of machine, so a chunk is allocated only when the one before is full.
 */
export class ForwardIndex {
  /**
   * Chunk c holds positions c × CHUNK_SIZE onwards; only the last one may be partly filled. Term ids take 16 bits
   * until one does not fit (a build of more than 65,536 terms), when every chunk is widened to 32: 7.7 MB less new
   * memory at 10,000 entries (15,300 terms), and all chunks of a build are of one type.
   */
  readonly termChunks: (Uint16Array | Uint32Array)[] = [];
  readonly packedChunks: Uint32Array[] = [];
  private terms: Uint16Array | Uint32Array = new Uint16Array(0);
  private packed = new Uint32Array(0);
  private wide = false;
  length = 0;

  append(term: number, packed: number): void {
    const within = this.length & CHUNK_MASK;
    if (within === 0) this.addChunk();
    if (term > 0xffff && !this.wide) this.widen();
    this.terms[within] = term;
    this.packed[within] = packed;
    this.length += 1;
  }

  /** The position of chunk c's first pair. */
  static firstOf(c: number): number {
    return c * CHUNK_SIZE;
  }

  /** How many pairs chunk c holds. */
  filled(c: number): number {
    return Math.min(CHUNK_SIZE, this.length - c * CHUNK_SIZE);
  }

  private addChunk(): void {
    this.terms = this.wide ? new Uint32Array(CHUNK_SIZE) : new Uint16Array(CHUNK_SIZE);
    this.packed = new Uint32Array(CHUNK_SIZE);
    this.termChunks.push(this.terms);
    this.packedChunks.push(this.packed);
  }

  private widen(): void {
    this.wide = true;
    for (let c = 0; c < this.termChunks.length; c++)
      this.termChunks[c] = Uint32Array.from(this.termChunks[c] as Uint16Array);
    this.terms = this.termChunks[this.termChunks.length - 1] as Uint32Array;
  }
}
