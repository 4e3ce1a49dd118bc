// The build's forward index: for each ended document, its terms (provisional ids) with their packed frequencies,
// appended in chunks of a fixed size; term ids in 16 bits while every one fits, frequencies in 16 bits when short.
import { GrowableU32 } from './growable-array.js';

/** Postings per chunk, as a power of two: 2^16 of them (256 KB an array) keeps the last chunk's slack small. */
const CHUNK_BITS = 16;
const CHUNK_SIZE = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_SIZE - 1;

/**
 * A packed frequency word (term-scratch.ts: 6 bits a field, five fields) has a short form when every field's
 * frequency is under 8: 3 bits a field, 15 bits in all. 98.8 % of the 3.85 million postings at 10,000 entries have
 * one; the others are kept whole in `ForwardIndex.long`, in order, with LONG_FORM in their place.
 */
export const LONG_FORM = 0xffff;
/** Bits 3-5 of every field's 6 bits: a word with none of them set has a short form. */
const HIGH_TF_BITS = 0x38e38e38;

/** The short form of a packed frequency word, or LONG_FORM when one of its frequencies is 8 or more. */
export function shortForm(packed: number): number {
  if ((packed & HIGH_TF_BITS) !== 0) return LONG_FORM;
  return (
    (packed & 7) |
    ((packed >>> 3) & 0x38) |
    ((packed >>> 6) & 0x1c0) |
    ((packed >>> 9) & 0xe00) |
    ((packed >>> 12) & 0x7000)
  );
}

/** The packed frequency word of a short form (not LONG_FORM). */
export function fromShortForm(short: number): number {
  return (
    ((short & 7) |
      ((short & 0x38) << 3) |
      ((short & 0x1c0) << 6) |
      ((short & 0xe00) << 9) |
      ((short & 0x7000) << 12)) >>>
    0
  );
}

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
  /** Each pair's frequencies in short form, or LONG_FORM (see shortForm): 7.7 MB less new memory at 10,000 entries. */
  readonly packedChunks: Uint16Array[] = [];
  /** The frequency words without a short form, in the order of their pairs. */
  readonly long = new GrowableU32(1024);
  private terms: Uint16Array | Uint32Array = new Uint16Array(0);
  private packed = new Uint16Array(0);
  private wide = false;
  length = 0;

  append(term: number, packed: number): void {
    const within = this.length & CHUNK_MASK;
    if (within === 0) this.addChunk();
    if (term > 0xffff && !this.wide) this.widen();
    this.terms[within] = term;
    const short = shortForm(packed);
    if (short === LONG_FORM) this.long.push(packed);
    this.packed[within] = short;
    this.length += 1;
  }

  /** The chunk holding a position. */
  static chunkOf(position: number): number {
    return position >>> CHUNK_BITS;
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
    this.packed = new Uint16Array(CHUNK_SIZE);
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
