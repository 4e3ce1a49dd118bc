// The analyser reads an entry's phrasings one by one as it would read them joined by ' . ' (as it once did), and its
// figure and attribution apart as it would read them joined by a space.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentAnalyzer } from '../../../src/answer/index/document-analyzer.js';
import { TermScratch } from '../../../src/answer/index/term-scratch.js';
import type { Entry } from '../../../src/kb/schema.js';
import { minimalEntry } from '../../fixtures/kb-fixtures.js';

/** Per field, the terms (as strings) the analyser hands over for the entry's English document. */
function analysedFields(entry: Entry): string[][] {
  const terms = new TermScratch();
  const fields: string[][] = [];
  new DocumentAnalyzer(terms).fields(entry, 'en', 'topic', (field, ids, count) => {
    fields[field] = Array.from(ids.subarray(0, count), (id) => terms.strings().list[id] as string);
  });
  return fields;
}

function withPhrasings(phrasings: string[]): Entry {
  const entry = minimalEntry('tip-phrasings');
  return { ...entry, phrasings: { ...entry.phrasings, en: phrasings } };
}

/** The entry with a figure and an attribution (each left out when undefined). */
function withExtra(figure: string | undefined, attribution: string | undefined): Entry {
  const entry = minimalEntry('tip-extra');
  return {
    ...entry,
    ...(figure === undefined ? {} : { figure }),
    source: { ...entry.source, ...(attribution === undefined ? {} : { attribution }) },
  };
}

// Words, joiners and characters the fast scanner leaves to tokenize ('㎏' folds into letters, '<' starts markup).
const piece = fc.constantFrom(
  'refund',
  'Client',
  'ask',
  'twice',
  '2',
  '.',
  ',',
  ' ',
  '. ',
  '㎏',
  '<',
  'é',
  '…',
);
const phrasing = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));

describe('DocumentAnalyzer', () => {
  it('reads phrasings one by one exactly as the phrasings joined by " . "', () => {
    fc.assert(
      fc.property(fc.array(phrasing, { maxLength: 6 }), (phrasings) => {
        expect(analysedFields(withPhrasings(phrasings))).toEqual(
          analysedFields(withPhrasings([phrasings.join(' . ')])),
        );
      }),
      { numRuns: 1500 },
    );
  });

  it('stops at the same word when the phrasings hold more words than a field takes, and still sees a late symbol', () => {
    // 2,000 words are read per text; these phrasings hold 3,000, the symbol in the last one is never reached.
    const long = Array.from({ length: 1000 }, (_, i) => `word${i % 50}x`).join(' ');
    for (const last of [long, `${long} 5㎏`, `${long} <b>`]) {
      const phrasings = [long, long, last];
      const fields = analysedFields(withPhrasings(phrasings));
      expect(fields).toEqual(analysedFields(withPhrasings([phrasings.join(' . ')])));
      expect(fields.some((terms) => terms.length > 0)).toBe(true);
    }
  });

  it('reads a figure and an attribution apart exactly as the two joined by a space', () => {
    const part = fc.option(phrasing, { nil: undefined });
    fc.assert(
      fc.property(part, part, (figure, attribution) => {
        expect(analysedFields(withExtra(figure, attribution))).toEqual(
          analysedFields(withExtra(`${figure ?? ''} ${attribution ?? ''}`, undefined)),
        );
      }),
      { numRuns: 1500 },
    );
    // Figures of about as many words as the field takes (with an empty text, so that the field is all theirs): the
    // attribution is read up to the same word, or not at all, and a symbol in it is still seen.
    const wordsOf = (n: number) => Array.from({ length: n }, (_, i) => `w${i % 40}x`).join(' ');
    for (const figure of [wordsOf(398), wordsOf(399), wordsOf(400), wordsOf(500)]) {
      for (const attribution of ['Jane Doe', 'Jane 5㎏', 'Jane <b>']) {
        const textless = (entry: Entry): Entry => ({ ...entry, text: { ...entry.text, en: '' } });
        const fields = analysedFields(textless(withExtra(figure, attribution)));
        expect(fields).toEqual(analysedFields(textless(withExtra(`${figure} ${attribution}`, undefined))));
      }
    }
  });
});
