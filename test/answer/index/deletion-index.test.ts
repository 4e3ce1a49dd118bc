// The deletion index's layout against a plain reference: every (hash, term) pair once, by hash then term.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDeletionIndex } from '../../../src/answer/index/build-deletion-index.js';
import {
  deleteHashesInto,
  forEachDeleteHash,
  MAX_DELETE_HASHES,
} from '../../../src/answer/index/deletion-index.js';
import { indexedDeleteDistance } from '../../../src/answer/index/limits.js';

/** The pairs collected and sorted with a comparator, duplicates dropped. */
function referenceIndex(terms: readonly string[]): { hashes: number[]; termIds: number[] } {
  const pairs: [number, number][] = [];
  terms.forEach((term, t) => {
    if (term.length < 4) return;
    forEachDeleteHash(term, indexedDeleteDistance(term.length), (hash) => {
      pairs.push([hash, t]);
      return true;
    });
  });
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const unique = pairs.filter((p, i) => i === 0 || p[0] !== pairs[i - 1]![0] || p[1] !== pairs[i - 1]![1]);
  return { hashes: unique.map((p) => p[0]), termIds: unique.map((p) => p[1]) };
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'ą', 'к', '1'), minLength: 1, maxLength: 11 });

describe('buildDeletionIndex', () => {
  it('holds every pair of a delete hash and its term once, ordered by hash, then term', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 60 }), (words) => {
        const terms = [...words].sort();
        const built = buildDeletionIndex(terms);
        expect({ hashes: Array.from(built.hashes), termIds: Array.from(built.termIds) }).toEqual(
          referenceIndex(terms),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('keeps term ids in 16 bits up to 65,536 terms and in 32 past that, the same pairs', () => {
    // Short terms (no deletes) fill the vocabulary; the long ones, sorting last, have ids past 65,535 when wide.
    const letters = 'abcdefghijklmnopqrstuvwxyz0123456789ąęłśк';
    const short = (count: number) =>
      Array.from({ length: count }, (_, i) => {
        const n = letters.length;
        return `${letters[i % n]}${letters[Math.floor(i / n) % n]}${letters[Math.floor(i / n / n) % n]}`;
      });
    const long = ['ӿӿӿӿabcde', 'ӿӿӿӿabcdf', 'ӿӿӿӿxyz'];
    for (const [count, Kind] of [
      [65_536 - long.length, Uint16Array],
      [65_540, Uint32Array],
    ] as const) {
      const terms = [...new Set(short(count)), ...long].sort();
      const built = buildDeletionIndex(terms);
      expect(built.termIds).toBeInstanceOf(Kind);
      expect({ hashes: Array.from(built.hashes), termIds: Array.from(built.termIds) }).toEqual(
        referenceIndex(terms),
      );
    }
  });

  it('keeps a pair once when repeated letters give equal deletes, hashes ascending', () => {
    const terms = ['aaaa', 'aaab', 'abcdefgh', 'bbbbbbbb', 'zzzz'];
    const built = buildDeletionIndex(terms);
    expect({ hashes: Array.from(built.hashes), termIds: Array.from(built.termIds) }).toEqual(
      referenceIndex(terms),
    );
    expect(built.hashes.every((h, i) => i === 0 || h >= (built.hashes[i - 1] as number))).toBe(true);
  });
});

describe('deleteHashesInto', () => {
  it('writes the hashes forEachDeleteHash visits, in the same order', () => {
    const out = new Uint32Array(MAX_DELETE_HASHES);
    const prefix = new Int32Array(33);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'ą', 'к', '1'), minLength: 1, maxLength: 32 }),
        fc.integer({ min: 0, max: 2 }),
        (word, distance) => {
          const visited: number[] = [];
          forEachDeleteHash(word, distance, (hash) => {
            visited.push(hash);
            return true;
          });
          const count = deleteHashesInto(word, distance, out, prefix);
          expect(Array.from(out.subarray(0, count))).toEqual(visited);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
