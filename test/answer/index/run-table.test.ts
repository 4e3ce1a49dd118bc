// The analyser's table of runs: a hit needs the whole run equal, though only the characters before the packed tail
// are compared one by one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packedTail, RunCursor } from '../../../src/answer/index/cached-tokenizer.js';
import { NOT_IN_TABLE, RunTable, runHash } from '../../../src/answer/index/run-table.js';

/** The runs of a text as the cursor finds them, each with its packed tail. */
function runs(text: string): { run: string; low: number; high: number; hash: number }[] {
  const cursor = new RunCursor();
  cursor.reset(text);
  const found = [];
  while (cursor.next()) {
    found.push({
      run: text.slice(cursor.start, cursor.end),
      low: cursor.packedLow,
      high: cursor.packedHigh,
      hash: cursor.hash,
    });
  }
  return found;
}

const runChars = fc.constantFrom('a', 'b', 'ą', 'Ł', 'ё', 'к', '7', '.', ',', ' ');

describe('packed run tails', () => {
  it('the cursor packs each run as packedTail does', () => {
    fc.assert(
      fc.property(fc.string({ unit: runChars, maxLength: 30 }), (text) => {
        for (const { run, low, high } of runs(text))
          expect([low, high]).toEqual(packedTail(run, 0, run.length));
      }),
      { numRuns: 1000 },
    );
  });

  it('hashes a run by its length, first character and packed tail, the same wherever it stands', () => {
    fc.assert(
      fc.property(fc.string({ unit: runChars, maxLength: 40 }), (text) => {
        const hashOf = new Map<string, number>();
        for (const { run, low, high, hash } of runs(text)) {
          const [first] = packedTail(run, 0, 1);
          expect(hash).toBe(runHash(run.length, first as number, low, high));
          expect(hashOf.get(run) ?? hash).toBe(hash);
          hashOf.set(run, hash);
        }
      }),
      { numRuns: 1000 },
    );
    // The same run in other surroundings.
    const [alone] = runs('konsultant');
    const [inText] = runs(' , konsultant. ');
    expect(inText?.hash).toBe(alone?.hash);
  });

  it('numbers every character a run may hold apart', () => {
    const seen = new Map<number, string>();
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      const inRun = runs(`a${char}b`)[0]?.run === `a${char}b`;
      if (!inRun) continue;
      const [low] = packedTail(char, 0, 1);
      expect(seen.get(low)).toBeUndefined();
      seen.set(low, char);
    }
    // Letters and digits of ASCII, Latin-1 and Latin Extended-A, basic Cyrillic, and the two joiners at least.
    expect(seen.size).toBeGreaterThan(300);
  });
});

describe('RunTable', () => {
  /** Every run stored under one hash, so that only the length, the packed tail and the characters tell them apart. */
  function tableOf(keys: readonly string[]): RunTable {
    const table = new RunTable();
    keys.forEach((key, value) => {
      const [low, high] = packedTail(key, 0, key.length);
      table.set(key, 0, low, high, value);
    });
    return table;
  }

  const lookUp = (table: RunTable, text: string, start: number, end: number) => {
    const [low, high] = packedTail(text, start, end);
    return table.get(text, start, end, 0, low, high);
  };

  it('tells apart runs of one hash that differ before, inside or at the end of their packed tail', () => {
    const keys = ['abcdefgh', 'xbcdefgh', 'abcdefgx', 'abcxefgh', 'bcdefgh', 'ąbcdefgh', 'abc', 'abd', 'a'];
    const table = tableOf(keys);
    keys.forEach((key, value) => expect(lookUp(table, ` ${key} `, 1, key.length + 1)).toBe(value));
    for (const absent of ['abcdefgi', 'zbcdefgh', 'abcdefg', 'ab', 'abcdefghi', 'ąbcdefgx'])
      expect(lookUp(table, absent, 0, absent.length)).toBe(NOT_IN_TABLE);
  });

  it('finds exactly the stored runs, past its growth, whatever their hashes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.string({ unit: fc.constantFrom('a', 'b', 'ё', '7'), minLength: 1, maxLength: 10 }),
          {
            maxLength: 300,
          },
        ),
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'ё', '7'), minLength: 1, maxLength: 10 })),
        (keys, probes) => {
          const table = tableOf(keys);
          for (const probe of [...keys, ...probes]) {
            const index = keys.indexOf(probe);
            expect(lookUp(table, probe, 0, probe.length)).toBe(index < 0 ? NOT_IN_TABLE : index);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
