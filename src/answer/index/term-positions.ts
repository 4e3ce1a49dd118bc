// Where a question stem falls among the index's sorted terms, remembered for the stems a question looks up again.

import { isAt, lowerBound } from './sorted-strings.js';

/** Slots of the memo: a question has a few dozen stems, and a slot lost to another stem is only searched again. */
const SLOTS = 512;

/**
 * One question looks each of its stems up four or five times (its weight, its exact term and its prefix range, its
 * pair numbers), a binary search over hundreds of thousands of terms each: most of those searches were a cache miss
 * per step. A direct-mapped memo of the last stems' positions (fixed size: it never grows, and a stem's slot holds
 * it until another stem hashes there), one per index; terms never change, so a remembered position is never stale.
 */
export class TermPositions {
  private readonly stems: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
  private readonly positions = new Int32Array(SLOTS);

  constructor(readonly terms: readonly string[]) {}

  /** The first position whose term is not less than `stem` (lowerBound of sorted-strings.ts). */
  lowerBound(stem: string): number {
    const slot = slotOf(stem);
    if (this.stems[slot] === stem) return this.positions[slot] as number;
    const at = lowerBound(this.terms, stem);
    this.stems[slot] = stem;
    this.positions[slot] = at;
    return at;
  }

  /** The position of the term `stem`, or -1. */
  indexOf(stem: string): number {
    const at = this.lowerBound(stem);
    return isAt(this.terms, at, stem) ? at : -1;
  }
}

/** A slot from an FNV-1a hash of the stem (a stem is a word: hashing it costs less than one step of a search). */
function slotOf(stem: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < stem.length; i++) h = Math.imul(h ^ stem.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 16)) & (SLOTS - 1);
}
