// findNames against the plain global search it stands for, over random texts and the shipped knowledge base.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNames, NAME } from '../../src/answer/find-names.js';
import { loadShippedKb } from '../fixtures/engines.js';

const globalSearch = (text: string): string[] => Array.from(text.matchAll(NAME), (m) => m[0]);

const pieces = fc.constantFrom(
  'a',
  'Z',
  'Ł',
  'ó',
  'Й',
  'к',
  '7',
  '0',
  '.',
  ',',
  ' ',
  '!',
  '?',
  ':',
  '"',
  '«',
  '„',
  '(',
  '\n',
  // Spaces of the look-behind beyond ' ' (\s), where a capital is not tried after an end of sentence or a quote.
  '\t',
  '\u00a0',
  '\u2003',
  '\u3000',
  '\ufeff',
  '\u200b',
  'Zappos',
  'UMTS',
  '2.5G',
  '2,5G',
  'iPhone',
  '𝐀',
  '\ud835',
  '\udc00',
  'Σ',
  'ǅ',
);

describe('findNames', () => {
  it('finds what the global search finds, in order, in random texts', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(findNames(text)).toEqual(globalSearch(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds what the global search finds in every text of the shipped knowledge base', async () => {
    const shipped = await loadShippedKb();
    for (const entry of shipped.entries) {
      for (const text of Object.values(entry.text)) expect(findNames(text)).toEqual(globalSearch(text));
    }
  });
});
