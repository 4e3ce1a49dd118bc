// The index's hand-written parts against plain reference implementations, over random inputs (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachRun, runWords } from '../../../src/answer/index/cached-tokenizer.js';
import { DeletionLookup } from '../../../src/answer/index/deletion-index.js';
import { boundedEditDistance, EditDistanceRows } from '../../../src/answer/index/edit-distance.js';
import { TopK } from '../../../src/answer/index/top-k.js';
import { foldedWords, foldText, tokenize } from '../../../src/answer/normalize.js';

/** Optimal string alignment distance, the textbook full table. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

const shortWord = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });

describe('boundedEditDistance', () => {
  it('equals the full distance when within the bound, and bound + 1 beyond it', () => {
    fc.assert(
      fc.property(shortWord, shortWord, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const full = referenceDistance(a, b);
        expect(boundedEditDistance(a, b, max)).toBe(full <= max ? full : max + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same distances when its working rows are reused from call to call', () => {
    const rows = new EditDistanceRows();
    fc.assert(
      fc.property(shortWord, shortWord, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const full = referenceDistance(a, b);
        expect(boundedEditDistance(a, b, max, rows)).toBe(full <= max ? full : max + 1);
      }),
      { numRuns: 3000 },
    );
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(boundedEditDistance('refund', 'rfeund', 1)).toBe(1);
  });
});

/** What the index's scanner gives for a text: the words of each run, or null when it leaves the text to tokenize. */
function scannedWords(text: string): string[] | null {
  const words: string[] = [];
  const safe = forEachRun(text, (start, end) => {
    words.push(...runWords(text.slice(start, end)));
    return true;
  });
  return safe ? words : null;
}

const textChars = fc.constantFrom(
  'a',
  'Z',
  'ą',
  'Ł',
  'ó',
  'ё',
  'Й',
  'к',
  '7',
  '0',
  '.',
  ',',
  ' ',
  '-',
  '–',
  '„',
  '”',
  '…',
  '\n',
  '\t',
  'é',
  'ŀ',
  '×',
  '½',
  '²',
  '㎏',
  'ﬁ',
  '\u0301',
  '\u200f',
  '\u202e',
  '😀',
  '👍🏽',
  'م',
  'ש',
  '<',
  '@',
  '%',
);

describe('the index build scanner', () => {
  it('gives the same words as tokenize for any text it accepts', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: textChars, maxLength: 40 }), fc.string({ unit: 'binary' })),
        (text) => {
          const words = scannedWords(text);
          if (words !== null) expect(words).toEqual(tokenize(text, Number.MAX_SAFE_INTEGER));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('accepts the Polish, English and Russian text of a knowledge base', () => {
    expect(scannedWords('Tylko 1 na 26 klientów – 2,5× więcej; «Клиент» всё ещё „wraca”…')).toEqual(
      tokenize('Tylko 1 na 26 klientów – 2,5× więcej; «Клиент» всё ещё „wraca”…', 1000),
    );
  });

  it('splits a run as the pattern does, also where it skips the pattern (one kind of character, long words)', () => {
    const runChars = fc.constantFrom('a', 'Z', 'ą', 'Ł', 'ё', 'Й', '7', '0', '²', '½', 'ŀ', 'ﬁ', '.', ',');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: runChars, minLength: 1, maxLength: 12 }),
          fc.string({ unit: fc.constantFrom('a', 'ó', 'Я'), minLength: 60, maxLength: 70 }),
          fc.string({ unit: fc.constantFrom('1', '9', '²'), minLength: 60, maxLength: 70 }),
        ),
        (run) => {
          expect(runWords(run)).toEqual(foldedWords(foldText(run), Number.MAX_SAFE_INTEGER));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('leaves a text with a symbol that folds into letters to tokenize', () => {
    expect(scannedWords('5㎏')).toBeNull();
  });
});

describe('TopK', () => {
  it('gives the k highest scores, best first, lower item first among equal scores', () => {
    // One heap for every case, as the index reuses it from question to question.
    const top = new TopK();
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }),
        fc.nat(80),
        fc.boolean(),
        (scores, k, reversed) => {
          const items = scores.map((_, i) => i);
          const expected = [...items].sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, k);
          top.reset(k);
          for (const i of reversed ? [...items].reverse() : items) top.offer(i, scores[i]!);
          const count = top.finish();
          const got = Array.from({ length: count }, (_, i) => [top.item(i), top.score(i)]);
          expect(got).toEqual(expected.map((i) => [i, scores[i]]));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('offers a score read from an array as the number itself, and keeps floorCell at floor()', () => {
    const direct = new TopK();
    const fromArray = new TopK();
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { maxLength: 120 }),
        fc.nat(30),
        (scores, k) => {
          const cells = Float64Array.from(scores);
          direct.reset(k);
          fromArray.reset(k);
          expect(fromArray.floorCell[0]).toBe(fromArray.floor());
          scores.forEach((score, i) => {
            direct.offer(i, score);
            fromArray.offerFrom(i, cells, i);
            expect(fromArray.floorCell[0]).toBe(fromArray.floor());
          });
          const read = (top: TopK, count: number) =>
            Array.from({ length: count }, (_, i) => [top.item(i), top.score(i)]);
          expect(read(fromArray, fromArray.finish())).toEqual(read(direct, direct.finish()));
          expect(fromArray.floorCell[0]).toBe(fromArray.floor());
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps the same items when those scoring below floor() are never offered', () => {
    const all = new TopK();
    const skipping = new TopK();
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), fc.nat(40), (scores, k) => {
        all.reset(k);
        skipping.reset(k);
        scores.forEach((score, i) => {
          all.offer(i, score);
          if (score >= skipping.floor()) skipping.offer(i, score);
        });
        const read = (top: TopK, count: number) =>
          Array.from({ length: count }, (_, i) => [top.item(i), top.score(i)]);
        expect(read(skipping, skipping.finish())).toEqual(read(all, all.finish()));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('DeletionLookup', () => {
  it('finds the first position of a hash in the sorted hashes, or -1, as a linear search does', () => {
    fc.assert(
      fc.property(
        // Hashes crowded into a few values, and spread over the whole 32-bit range, so buckets are both full and empty.
        fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.nat({ max: 0xffffffff })), { maxLength: 300 }),
        fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.nat({ max: 0xffffffff })), { maxLength: 40 }),
        (values, probes) => {
          const hashes = Uint32Array.from(values).sort();
          const lookup = new DeletionLookup(hashes, new Uint32Array(hashes.length));
          for (const hash of [...probes, ...values]) expect(lookup.first(hash)).toBe(hashes.indexOf(hash));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
