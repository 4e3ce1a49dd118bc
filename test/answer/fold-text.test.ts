// The table fold gives what the Unicode normal forms give, for every character and for texts mixing any of them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldTextByForms } from '../../src/answer/fold-text.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { LANGS } from '../../src/kb/schema.js';

/** Characters the table knows, those around them it does not (Greek, marks, Hangul, emoji), and plain ones. */
const TRICKY = [
  'Σ',
  'σ',
  'ς',
  'ΑΣ',
  '\u0301',
  '\u0306',
  '\u0483',
  '\u20d7',
  'İ',
  'ﬁ',
  '½',
  '…',
  '\u1100',
  '\u1161',
  '각',
  '😀',
  '\ud800',
  'ǅ',
  '™',
  ' ',
];
const text = (units: fc.Arbitrary<string>) =>
  fc.array(units, { maxLength: 24 }).map((parts) => parts.join(''));
const inTable = fc.oneof(
  fc.integer({ min: 0, max: 0x52f }).map((unit) => String.fromCharCode(unit)),
  fc.integer({ min: 0x2000, max: 0x20cf }).map((unit) => String.fromCharCode(unit)),
);
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

describe('foldText', () => {
  it('folds every UTF-16 code unit alone as the normal forms do', () => {
    const differing: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      if (foldText(char) !== foldTextByForms(char)) differing.push(`U+${unit.toString(16)}`);
    }
    expect(differing).toEqual([]);
  });

  it('folds texts of the characters the table knows as the normal forms do', () => {
    fc.assert(
      fc.property(text(inTable), (t) => foldText(t) === foldTextByForms(t)),
      { numRuns: 20_000 },
    );
  });

  it('folds texts mixing them with characters that fold by their neighbours as the normal forms do', () => {
    const mixed = fc.oneof(
      inTable,
      anyUnit,
      fc.constantFrom(...TRICKY),
      fc.constantFrom('Ą', 'ł', 'Ё', 'й', 'a'),
    );
    fc.assert(
      fc.property(text(mixed), (t) => foldText(t) === foldTextByForms(t)),
      { numRuns: 20_000 },
    );
  });

  it('folds every text of the shipped knowledge base as the normal forms do', async () => {
    const loaded = await loadKnowledgeBase('data/kb');
    if (!loaded.ok) throw new Error('data/kb is invalid');
    for (const entry of loaded.kb.entries)
      for (const lang of LANGS) {
        const texts = [entry.text[lang] ?? '', ...(entry.phrasings[lang] ?? [])];
        for (const t of texts) expect(foldText(t)).toBe(foldTextByForms(t));
      }
  });

  it('returns a text that folds to itself as it is', () => {
    const t = 'ile klientow narzeka – 86%?';
    expect(foldText(t)).toBe(t);
  });
});
