// Keeps, during the index build, each entry's stems in text order (stop words out) for its neighbouring word pairs.
import type { Lang } from '../../kb/schema.js';
import { analyzeText } from '../analyze.js';
import type { GrowableU32 } from './growable-array.js';
import { compareCodeUnits, indexOfSorted } from './sorted-strings.js';

/** Words read per text, term or phrasing for its pairs, as the analysis of a text always capped them. */
export const PAIR_WORDS = 400;

/** Room for stems in runs per entry that the build starts with. */
const STEMS_PER_ENTRY = 480;

/** Provisional ids from here on name stems that are no index term (see pairOnlyStems). */
const EXTRA = 0x80000000;

/**
 * The stems of every entry as runs: entry e's are pairWords[pairWordOffsets[e] .. pairWordOffsets[e + 1]), each
 * run (its text, term or one phrasing, in one language) ended by runEnd; stems are numbered as the terms, then
 * pairOnlyStems after them. Two stems stand side by side when they are neighbours in a run. 16 bits a stem while
 * they fit, else 32.
 */
export interface PairWordData {
  pairWordOffsets: Uint32Array;
  pairWords: Uint16Array | Uint32Array;
  /**
   * Stems of entries' runs that the index's terms lack, sorted (nearly always none: only words past the build's
   * reading limit, such as phrasings beyond its 2,000th word, which each phrasing's own analysis still reaches).
   */
  pairOnlyStems: string[];
}

/** The number that ends a run: one past the last stem's (so a table by stem number can give it a place too). */
export function runEnd(data: { terms: readonly string[]; pairOnlyStems: readonly string[] }): number {
  return data.terms.length + data.pairOnlyStems.length;
}

/**
 * Receives the words of an entry's texts (the build's numbers) and keeps their stems, run by run, as provisional
 * term ids; `finish` renumbers them as the laid-out terms. A run of fewer than two stems holds no pair: left out.
 */
export class PairWordsBuilder {
  private readonly stems: StemIds;
  private readonly ends: number[] = [0];
  private readonly extras = new Map<string, number>();

  /**
   * `terms`: the build's provisional term ids, by term (a live view: it grows as the build goes); `entries`: how
   * many entries will come, so that the stems' array is rarely outgrown (a generated entry has ~460 stems in runs,
   * and a doubling copied the whole array into new memory, then kept its unused half with the index).
   */
  constructor(
    private readonly terms: ReadonlyMap<string, number>,
    entries = 0,
  ) {
    this.stems = new StemIds(Math.max(1 << 12, entries * STEMS_PER_ENTRY));
  }

  /**
   * One run: words[from .. to), at most PAIR_WORDS of them; `stemOf` gives a word's stem id, negative for a stop
   * word (left out, so that its neighbours stand side by side).
   */
  addWords(words: Int32Array, stemOf: Int32Array, from: number, to: number): void {
    const start = this.stems.length;
    this.stems.pushStems(words, stemOf, from, Math.min(to, from + PAIR_WORDS));
    this.endRun(start);
  }

  /**
   * Consecutive runs of `words`, the first from `from`, each ending where `ends` says (the phrasings of a document
   * as the analyser read them apart: no pair crosses from one phrasing to the next).
   */
  addRuns(words: Int32Array, stemOf: Int32Array, from: number, ends: GrowableU32): void {
    const done = this.stems.pushRuns(words, stemOf, from, ends);
    // The runs left (when a stem needs the wider array), one by one.
    let start = done === 0 ? from : ends.get(done - 1);
    for (let k = done; k < ends.length; k++) {
      const end = ends.get(k);
      this.addWords(words, stemOf, start, end);
      start = end;
    }
  }

  /** Texts analysed each on its own: ones the build's analysis read joined, or not at all. */
  addTexts(texts: readonly (string | undefined)[], lang: Lang): void {
    for (const text of texts) {
      if (!text) continue;
      const start = this.stems.length;
      for (const stem of analyzeText(text, lang, undefined, PAIR_WORDS)) this.stems.push(this.idOf(stem));
      this.endRun(start);
    }
  }

  endEntry(): void {
    this.ends.push(this.stems.length);
  }

  /** The runs over the final term ids (`finalId[provisional]`). */
  finish(finalId: Uint32Array, termCount: number): PairWordData {
    // A stem met outside the terms may have become one since (a later entry's text): then it is that term.
    const pairOnlyStems = [...this.extras.keys()].filter((s) => !this.terms.has(s)).sort(compareCodeUnits);
    const extraId = new Uint32Array(this.extras.size);
    for (const [stem, id] of this.extras) {
      const term = this.terms.get(stem);
      extraId[id - EXTRA] =
        term === undefined ? termCount + indexOfSorted(pairOnlyStems, stem) : (finalId[term] as number);
    }
    const { data, length, mark } = this.stems;
    const end = termCount + pairOnlyStems.length;
    // Renumbered in place when the width stays (nearly always): no second array of the build's size.
    const narrow = end <= 0xffff;
    const pairWords =
      narrow === data instanceof Uint16Array
        ? data
        : narrow
          ? new Uint16Array(length)
          : new Uint32Array(length);
    for (let i = 0; i < length; i++) {
      const id = data[i] as number;
      pairWords[i] =
        id === mark ? end : id >= EXTRA ? (extraId[id - EXTRA] as number) : (finalId[id] as number);
    }
    // A view rather than a copy unless a quarter of the room is unused (the room was outgrown, or the guess too big).
    const kept =
      length * 4 < pairWords.length * 3 ? pairWords.slice(0, length) : pairWords.subarray(0, length);
    return {
      pairWordOffsets: Uint32Array.from(this.ends),
      pairWords: kept,
      pairOnlyStems,
    };
  }

  /** Ends the run begun at `start`: kept with its end mark when it holds a pair, else dropped. */
  private endRun(start: number): void {
    if (this.stems.length - start < 2) this.stems.length = start;
    else this.stems.endRun();
  }

  private idOf(stem: string): number {
    const id = this.terms.get(stem) ?? this.extras.get(stem);
    if (id !== undefined) return id;
    this.extras.set(stem, EXTRA + this.extras.size);
    return EXTRA + this.extras.size - 1;
  }
}

/**
 * Provisional stem ids appended in 16 bits while every one fits, then in 32 (a build of more than 65,534 terms, or a
 * stem no term has); a run ends with the largest value of the width (`mark`), which no id reaches.
 */
class StemIds {
  data: Uint16Array | Uint32Array;
  mark = 0xffff;
  length = 0;

  constructor(capacity: number) {
    this.data = new Uint16Array(capacity);
  }

  push(id: number): void {
    if (id >= this.mark) this.widen();
    this.append(id);
  }

  /**
   * Pushes `stemOf[words[i]]` for i in [from, to), leaving out negatives (stop words), in a loop that keeps the
   * array and length in locals while the run surely fits (a call per word was most of the build's pair work).
   */
  pushStems(words: Int32Array, stemOf: Int32Array, from: number, to: number): void {
    if (this.length + (to - from) >= this.data.length) {
      // Near the end of the room: one by one, so that the array grows exactly when it did (its room is kept).
      for (let i = from; i < to; i++) {
        const stem = stemOf[words[i] as number] as number;
        if (stem >= 0) this.push(stem);
      }
      return;
    }
    const { data, mark } = this;
    let length = this.length;
    for (let i = from; i < to; i++) {
      const stem = stemOf[words[i] as number] as number;
      if (stem >= mark) {
        this.length = length;
        this.widen();
        this.pushStems(words, stemOf, i, to);
        return;
      }
      // Branch-free on stop words (negative: written, then passed over by the next stem or the run's end mark).
      data[length] = stem;
      length += 1 + (stem >> 31);
    }
    this.length = length;
  }

  endRun(): void {
    this.append(this.mark);
  }

  /**
   * As pushStems and the builder's endRun for each run of words[from ..) ending where `ends` says (at most
   * PAIR_WORDS of each), in one loop with the length in a local (the 570,000 phrasings of a 10,000-entry build were
   * two calls and a room check each), when all of them surely fit; stops before a run holding a stem that needs the
   * wider array, or at once when they may not fit. Returns how many runs it took.
   */
  pushRuns(words: Int32Array, stemOf: Int32Array, from: number, ends: GrowableU32): number {
    const runs = ends.length;
    if (runs === 0 || this.length + (ends.get(runs - 1) - from) + runs >= this.data.length) return 0;
    const { data, mark } = this;
    let length = this.length;
    let start = from;
    for (let k = 0; k < runs; k++) {
      const end = ends.get(k);
      const to = Math.min(end, start + PAIR_WORDS);
      const runStart = length;
      for (let i = start; i < to; i++) {
        const stem = stemOf[words[i] as number] as number;
        if (stem >= mark) {
          this.length = runStart;
          return k;
        }
        data[length] = stem;
        length += 1 + (stem >> 31);
      }
      // A run of fewer than two stems holds no pair: dropped.
      if (length - runStart < 2) length = runStart;
      else data[length++] = mark;
      start = end;
    }
    this.length = length;
    return runs;
  }

  private append(value: number): void {
    if (this.length === this.data.length) this.grow(this.data.length * 2);
    this.data[this.length++] = value;
  }

  private grow(capacity: number): void {
    const bigger = this.data instanceof Uint16Array ? new Uint16Array(capacity) : new Uint32Array(capacity);
    bigger.set(this.data);
    this.data = bigger;
  }

  private widen(): void {
    if (this.data instanceof Uint32Array) return;
    const wide = new Uint32Array(this.data.length);
    for (let i = 0; i < this.length; i++) {
      const id = this.data[i] as number;
      wide[i] = id === 0xffff ? 0xffffffff : id;
    }
    this.data = wide;
    this.mark = 0xffffffff;
  }
}
