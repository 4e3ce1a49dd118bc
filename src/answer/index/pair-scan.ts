// The share of a question's neighbouring word pairs that stand side by side in an entry, read off its stem runs.
import { runEnd } from './pair-words-builder.js';
import { indexOfSorted } from './sorted-strings.js';
import { TermPositions } from './term-positions.js';
import { numberList, valueList } from '../same-layout-lists.js';

/** What the scan reads: the index's terms and its entries' stem runs (see PairWordData). */
export interface PairRuns {
  terms: readonly string[];
  pairOnlyStems: readonly string[];
  pairWordOffsets: Uint32Array;
  pairWords: Uint16Array | Uint32Array;
}

/** Question words the bit masks hold; a longer question (none that analyzeQuestion gives) is read slowly. */
const MASK_WORDS = 32;

/**
 * Per stem number, a bit for each question word that may stand for it: an entry's run is read once, and two
 * neighbours in it that are stems of neighbouring question words (either order) tell their pair at once. The
 * marks are the index's working memory, set and cleared within one call (answering is synchronous).
 */
export class PairScanner {
  private readonly marks: Uint32Array;
  private readonly end: number;

  /** `positions` finds stems among the terms (the index's own, which remembers the question's stems). */
  constructor(
    private readonly runs: PairRuns,
    private readonly positions: TermPositions = new TermPositions(runs.terms),
  ) {
    this.end = runEnd(runs);
    // The run end has a place too, never marked: a run's last stem is no neighbour of the next run's first.
    this.marks = new Uint32Array(this.end + 1);
  }

  /**
   * Per entry (by position), the share of the question's neighbouring word pairs (both words weighing something)
   * that stand side by side in one of the entry's runs, in either order; 0 when the question has no such pair.
   */
  shares(
    positions: readonly number[],
    questionStems: readonly (readonly string[])[],
    weights: readonly number[],
  ) {
    let asked = 0;
    let askedMask = 0;
    for (let i = 1; i < questionStems.length; i++) {
      if (!weights[i - 1] || !weights[i]) continue;
      asked += 1;
      if (i < MASK_WORDS) askedMask |= 1 << i;
    }
    if (asked === 0) return numberList(positions, () => 0);
    const numbers = valueList(questionStems, (stems) => numberList(stems, (stem) => this.stemNumber(stem)));
    if (questionStems.length > MASK_WORDS)
      return numberList(positions, (p) => this.foundSlowly(p, numbers, weights) / asked);
    const { marks } = this;
    numbers.forEach((word, i) => word.forEach((n) => n >= 0 && (marks[n] = (marks[n] as number) | (1 << i))));
    const shares = numberList(positions, (p) => bitCount(this.foundPairs(p) & askedMask) / asked);
    for (const word of numbers) for (const n of word) if (n >= 0) marks[n] = 0;
    return shares;
  }

  /** Bit i set when the pair of question words i - 1 and i stands in the entry at `position`. */
  private foundPairs(position: number): number {
    const { pairWordOffsets, pairWords } = this.runs;
    const { marks } = this;
    const to = pairWordOffsets[position + 1] as number;
    let found = 0;
    let previous = 0;
    // Without a branch: a stem of no question word (or a run's end) has no bits, so it adds none.
    for (let k = pairWordOffsets[position] as number; k < to; k++) {
      const mark = marks[pairWords[k] as number] as number;
      found |= ((previous << 1) & mark) | ((mark << 1) & previous);
      previous = mark;
    }
    return found;
  }

  /** How many weighing pairs of a question of any length stand in the entry, pair by pair. */
  private foundSlowly(position: number, numbers: number[][], weights: readonly number[]): number {
    const { pairWordOffsets, pairWords } = this.runs;
    const has = new Set<string>();
    const to = pairWordOffsets[position + 1] as number;
    for (let k = (pairWordOffsets[position] as number) + 1; k < to; k++) {
      const [a, b] = [pairWords[k - 1] as number, pairWords[k] as number];
      if (a !== this.end && b !== this.end) has.add(a < b ? `${a} ${b}` : `${b} ${a}`);
    }
    let found = 0;
    for (let i = 1; i < numbers.length; i++) {
      if (!weights[i - 1] || !weights[i]) continue;
      const right = numbers[i] as number[];
      const pair = (a: number, b: number) => a >= 0 && b >= 0 && has.has(a < b ? `${a} ${b}` : `${b} ${a}`);
      if ((numbers[i - 1] as number[]).some((a) => right.some((b) => pair(a, b)))) found += 1;
    }
    return found;
  }

  /** A stem's number: its term id, or past the terms when only a run holds it; -1 when no run can hold it. */
  private stemNumber(stem: string): number {
    const { terms, pairOnlyStems } = this.runs;
    const t = this.positions.indexOf(stem);
    if (t >= 0) return t;
    const extra = indexOfSorted(pairOnlyStems, stem);
    return extra < 0 ? -1 : terms.length + extra;
  }
}

/** The number of bits set in a 32-bit integer. */
function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
