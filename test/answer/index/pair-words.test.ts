// The entries' stem runs for word pairs: built run by run, renumbered, 16 bits wide while the stems fit; and the scan.
import { describe, expect, it } from 'vitest';
import { GrowableU32 } from '../../../src/answer/index/growable-array.js';
import { PairScanner } from '../../../src/answer/index/pair-scan.js';
import { PairWordsBuilder, runEnd } from '../../../src/answer/index/pair-words-builder.js';
import { stemWord } from '../../../src/answer/stem.js';

/** Words 0..5 whose stems are the provisional ids 10, (stop word), 11, 12, 10, 11. */
const stemOf = Int32Array.from([10, -1, 11, 12, 10, 11]);
const words = Int32Array.from([0, 1, 2, 3, 4, 5]);
/** Provisional id p is final id 19 - p. */
const finalId = Uint32Array.from({ length: 20 }, (_, p) => 19 - p);

describe('the stem runs of the index build', () => {
  it('keep each run of two stems or more (stop words out), renumbered, with its end, per entry', () => {
    const builder = new PairWordsBuilder(new Map());
    builder.addWords(words, stemOf, 0, 6);
    builder.addWords(words, stemOf, 1, 3); // one stem: no pair, left out
    builder.endEntry();
    builder.addWords(words, stemOf, 2, 4);
    builder.endEntry();
    const data = builder.finish(finalId, 20);
    const end = runEnd({ terms: Array.from({ length: 20 }, String), pairOnlyStems: data.pairOnlyStems });
    expect(end).toBe(20);
    expect(data.pairWords).toBeInstanceOf(Uint16Array);
    expect([...data.pairWordOffsets]).toEqual([0, 6, 9]);
    expect([...data.pairWords]).toEqual([9, 8, 7, 9, 8, end, 8, 7, end]);
  });

  it('are 32 bits wide once the stems no longer fit 16 bits', () => {
    const builder = new PairWordsBuilder(new Map());
    builder.addWords(words, stemOf, 0, 3);
    builder.endEntry();
    const data = builder.finish(finalId, 70_000);
    expect(data.pairWords).toBeInstanceOf(Uint32Array);
    expect([...data.pairWords]).toEqual([9, 8, 70_000]);
  });

  it('hold a stem id past 16 bits from the build on, in 32 bits', () => {
    const builder = new PairWordsBuilder(new Map());
    builder.addWords(words, stemOf, 0, 3);
    builder.addWords(words, Int32Array.from([3, 70_000, 5]), 0, 3);
    builder.endEntry();
    const wideIds = Uint32Array.from({ length: 70_001 }, (_, p) => p % 7);
    const data = builder.finish(wideIds, 70_001);
    expect(data.pairWords).toBeInstanceOf(Uint32Array);
    expect([...data.pairWords]).toEqual([3, 4, 70_001, 3, 0, 5, 70_001]);
  });

  it('read at most 400 words of a run, as the analysis of one text does', () => {
    const many = Int32Array.from({ length: 1000 }, (_, i) => i % 2);
    const builder = new PairWordsBuilder(new Map());
    builder.addWords(many, Int32Array.from([3, 4]), 0, 1000);
    builder.endEntry();
    expect(builder.finish(Uint32Array.from([0, 1, 2, 3, 4]), 5).pairWords.length).toBe(401);
  });

  it('number the stems of a text no term has after the terms, and a stem that became a term as that term', () => {
    const terms = new Map([[stemWord('klient', 'pl'), 0]]);
    const builder = new PairWordsBuilder(terms);
    builder.addTexts(['happy klient'], 'pl');
    builder.endEntry();
    // A later entry's text makes "happy" a term before the build ends.
    terms.set(stemWord('happy', 'pl'), 1);
    builder.addTexts(['angry klient', undefined], 'pl');
    builder.endEntry();
    const data = builder.finish(Uint32Array.from([0, 1]), 2);
    expect(data.pairOnlyStems).toEqual([stemWord('angry', 'pl')]);
    expect([...data.pairWords]).toEqual([1, 0, 3, 2, 0, 3]);
  });
});

describe('the pair scan', () => {
  // Entry 0: "a b c" and "d a"; entry 1: "b a" and "c d".
  const runs = {
    terms: ['a', 'b', 'c', 'd'],
    pairOnlyStems: [],
    pairWordOffsets: Uint32Array.from([0, 7, 13]),
    // 4 ends a run.
    pairWords: Uint16Array.from([0, 1, 2, 4, 3, 0, 4, 1, 0, 4, 2, 3, 4]),
  };
  const scanner = new PairScanner(runs);

  it('counts the weighing neighbouring pairs of the question that stand side by side in a run, in either order', () => {
    // Pairs (a b), (b c), (c d): entry 0 has a-b and b-c; entry 1 has b-a and c-d.
    expect(scanner.shares([0, 1], [['a'], ['b'], ['c'], ['d']], [1, 1, 1, 1])).toEqual([2 / 3, 2 / 3]);
    // A word weighing nothing drops both its pairs: only (a b) is asked.
    expect(scanner.shares([0, 1], [['a'], ['b'], ['c'], ['d']], [1, 1, 0, 1])).toEqual([1, 1]);
    // Across a run's end there is no pair: entry 0's "c" ends a run before "d a".
    expect(scanner.shares([0], [['c'], ['d']], [1, 1])).toEqual([0]);
  });

  it('matches any stem of a word with any stem of the next, and ignores stems no entry has', () => {
    expect(
      scanner.shares(
        [1],
        [
          ['x', 'c'],
          ['y', 'd'],
        ],
        [1, 1],
      ),
    ).toEqual([1]);
    expect(scanner.shares([0, 1], [['x'], ['y']], [1, 1])).toEqual([0, 0]);
    expect(scanner.shares([0], [['a']], [1])).toEqual([0]);
  });

  it('gives a question of more than 32 words the same shares, read pair by pair', () => {
    const long = Array.from({ length: 40 }, (_, i) => [['a', 'b', 'c', 'd'][i % 4] as string]);
    const weights = long.map(() => 1);
    // The pairs repeat every four words: a-b, b-c, c-d, d-a; entry 0 has all but c-d (10 of the 39).
    expect(scanner.shares([0], long, weights)).toEqual([29 / 39]);
    expect(scanner.shares([0], long.slice(0, 32), weights)).toEqual([23 / 31]);
  });

  it('are the same for runs added at once as for each run added alone, wide stems and long runs included', () => {
    // Words 0..6: stems 10, stop word, 11, 12, a stem past 16 bits, 13, stop word.
    const stems = Int32Array.from([10, -1, 11, 12, 70_000, 13, -1]);
    const text = Int32Array.from([
      ...[0, 1, 2, 3], // a run of three stems
      ...[1, 2, 1], // one stem: dropped
      ...Array.from({ length: 4500 }, (_, i) => [0, 2, 3, 5][i % 4] as number), // past 400 words
      ...[2, 4, 5], // a stem past 16 bits: the array widens
      ...[3, 6, 0],
    ]);
    const runEnds = [4, 7, 4507, 4510, 4513];
    const ends = new GrowableU32(4);
    for (const end of runEnds) ends.push(end);
    const wideIds = Uint32Array.from({ length: 70_001 }, (_, p) => p % 9);
    const expected = (builder: PairWordsBuilder) => {
      builder.endEntry();
      const data = builder.finish(wideIds, 70_001);
      return { offsets: [...data.pairWordOffsets], words: [...data.pairWords] };
    };
    // Room for all the runs' words at once (4,800 stems), and less (4,096: then each run is added alone, growing as it
    // always did).
    for (const entries of [10, 0]) {
      const apart = new PairWordsBuilder(new Map(), entries);
      let start = 0;
      for (const end of runEnds) {
        apart.addWords(text, stems, start, end);
        start = end;
      }
      const together = new PairWordsBuilder(new Map(), entries);
      together.addRuns(text, stems, 0, ends);
      const result = expected(together);
      expect(result).toEqual(expected(apart));
      expect(result.words.length).toBe(3 + 1 + 400 + 1 + 3 + 1 + 2 + 1);
    }
  });
});
