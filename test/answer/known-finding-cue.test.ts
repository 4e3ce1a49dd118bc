import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cue, cueParts, cueSource } from '../../src/answer/known-finding-cue.js';
import { KNOWN_FIGURES } from '../../src/answer/known-findings-figures.js';
import { KNOWN_STORIES } from '../../src/answer/known-findings-stories.js';
import { foldText } from '../../src/answer/normalize.js';

// The catalogue's first cue lists, and pieces of text that meet some of them.
const FIRSTS = [...KNOWN_FIGURES, ...KNOWN_STORIES].flatMap((finding) =>
  finding.signatures.flatMap((signature) => (signature[0] ? [signature[0]] : [])),
);
const PIECES = [
  'recovery paradox',
  'loyal',
  'effort',
  '80%',
  ' ',
  'x',
  'ą',
  '.',
  '5',
  'пара',
  'доплат',
  'un',
];

describe('cue lists combined into one pattern (the known findings hint)', () => {
  it('matches a text exactly when one of the lists does', () => {
    const combined = new RegExp(cueSource(FIRSTS.map(cueParts)), 'u');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string()), { maxLength: 8 }), (parts) => {
        const text = foldText(parts.join(''));
        expect(combined.test(text)).toBe(FIRSTS.some((list) => list.test(text)));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps a cue anchored at a word start and a sign after its number', () => {
    const list = cue('loyal', '%');
    expect(list.test('more loyalty')).toBe(true);
    expect(list.test('disloyal')).toBe(false);
    expect(list.test('80%')).toBe(true);
    const combined = new RegExp(cueSource([cueParts(list), cueParts(cue('effort'))]), 'u');
    expect(['disloyal', 'low effort', '80%', 'noeffort'].map((t) => combined.test(t))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('refuses a pattern cue did not make', () => {
    expect(() => cueParts(/loyal/u)).toThrow(/not made by cue/);
  });
});
