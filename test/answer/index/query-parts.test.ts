// The query path's hand-written parts against plain reference implementations, over random inputs (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS_PER_ENTRY } from '../../../src/answer/index/index-data.js';
import { RelevanceAccumulator } from '../../../src/answer/index/relevance-accumulator.js';
import { indexOfSorted, isAt, lowerBound } from '../../../src/answer/index/sorted-strings.js';
import { TermPositions } from '../../../src/answer/index/term-positions.js';

const DOCUMENTS = 12 * DOCUMENTS_PER_ENTRY;

/** One posting list as the accumulator reads it: a stem number, a weight, distinct ascending documents with scores. */
const postingList = fc.record({
  stem: fc.nat(6),
  weight: fc.double({ min: 0.1, max: 2, noNaN: true }),
  postings: fc.uniqueArray(fc.nat(DOCUMENTS - 1), { maxLength: 20 }).chain((documents) =>
    fc.tuple(
      fc.constant([...documents].sort((a, b) => a - b)),
      fc.array(fc.double({ min: 0.5, max: 9, noNaN: true }), {
        minLength: documents.length,
        maxLength: documents.length,
      }),
    ),
  ),
});

type PostingList = typeof postingList extends fc.Arbitrary<infer T> ? T : never;

/**
 * The plain reading of a question's relevance: per entry, its best document's sum times the stems it matched, a
 * stem counted each time it differs from the last one that added to the document (stems come in order in a question).
 */
function referenceBest(lists: PostingList[], k: number) {
  const sum = new Float64Array(DOCUMENTS);
  const last = new Array<number>(DOCUMENTS).fill(-1);
  const matched = new Array<number>(DOCUMENTS).fill(0);
  for (const { stem, weight, postings } of lists) {
    const [documents, scores] = postings;
    documents.forEach((d, i) => {
      sum[d] = sum[d]! + weight * Math.fround(scores[i]!);
      if (last[d] !== stem) matched[d] = matched[d]! + 1;
      last[d] = stem;
    });
  }
  const ranked = [...sum.keys()]
    .filter((d) => matched[d]! > 0)
    .map((d) => ({ d, score: sum[d]! * matched[d]! }))
    .sort((a, b) => b.score - a.score || a.d - b.d);
  const best: { entry: number; relevance: number }[] = [];
  for (const { d, score } of ranked.slice(0, k * DOCUMENTS_PER_ENTRY)) {
    const entry = Math.floor(d / DOCUMENTS_PER_ENTRY);
    if (best.length < k && !best.some((b) => b.entry === entry)) best.push({ entry, relevance: score });
  }
  return best;
}

describe('RelevanceAccumulator', () => {
  it('ranks as the plain sums do, stems in order or not, question after question', () => {
    // One accumulator for every case, as the index reuses it from question to question.
    const accumulator = new RelevanceAccumulator(DOCUMENTS);
    fc.assert(
      fc.property(fc.array(postingList, { maxLength: 12 }), fc.nat(8), fc.boolean(), (lists, k, inOrder) => {
        const asked = inOrder ? [...lists].sort((a, b) => a.stem - b.stem) : lists;
        accumulator.begin();
        for (const { stem, weight, postings } of asked) {
          const [documents, scores] = postings;
          accumulator.add(
            stem,
            weight,
            Uint32Array.from(documents),
            Float32Array.from(scores),
            0,
            documents.length,
          );
        }
        const found = accumulator.best(k);
        const best = Array.from({ length: found }, (_, i) => ({
          entry: accumulator.entry(i),
          relevance: accumulator.relevance(i),
        }));
        expect(best).toEqual(referenceBest(asked, k));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('TermPositions', () => {
  it('gives the lower bound and position of any word, as a binary search does, however often it is asked', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'ą', 'я'), maxLength: 5 });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { maxLength: 60 }),
        fc.array(word, { maxLength: 2000 }),
        (words, asked) => {
          const terms = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
          const positions = new TermPositions(terms);
          for (const stem of asked) {
            const at = lowerBound(terms, stem);
            expect(positions.lowerBound(stem)).toBe(at);
            expect(positions.indexOf(stem)).toBe(terms[at] === stem ? at : -1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('isAt', () => {
  it('finds a key at its lower bound, and none past the end, as reading the array there did', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'ą', 'я'), maxLength: 4 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 30 }), word, (words, key) => {
        const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const at = lowerBound(sorted, key);
        expect(isAt(sorted, at, key)).toBe(sorted[at] === key);
        expect(indexOfSorted(sorted, key)).toBe(sorted.indexOf(key));
      }),
      { numRuns: 500 },
    );
    expect(isAt(['a', 'b'], 2, 'я')).toBe(false);
  });
});
