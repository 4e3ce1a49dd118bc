// A definition asked about a neighbour it names in passing is set aside, unless the question names the definition's
// own term too ("что такое EDGE и при чём тут 2.5G"): then it answers both.
import { describe, expect, it } from 'vitest';
import { askedTerms, definesNoneAsked } from '../../src/answer/asked-term.js';
import { foldedWords, foldText } from '../../src/answer/normalize.js';
import { halfGeneration } from '../fixtures/story-entries.js';

function setAside(question: string): boolean {
  const terms = askedTerms(question);
  if (!terms) throw new Error(`no term asked in: ${question}`);
  return definesNoneAsked(halfGeneration, terms, foldedWords(foldText(question), 64));
}

describe('a definition asked about a neighbour it names', () => {
  it.each([
    'What is EDGE?',
    'co to jest GPRS',
    'что такое EDGE простыми словами',
    'What is 3G and how fast is it?',
  ])('is set aside when only the neighbour is asked: %s', (question) => {
    expect(setAside(question)).toBe(true);
  });

  it.each([
    'What is EDGE, and where does 2.5G come in?',
    'co to jest GPRS i jaki to ma związek z 2,5G',
    'что такое EDGE и как это связано с 2.5G?',
    'what is GPRS, compared with 2.5G',
  ])('answers when the question names its own term too: %s', (question) => {
    expect(setAside(question)).toBe(false);
  });
});

describe("a customer's challenge quoted: “what do you even mean by…”", () => {
  it('asks the term after "mean by", not the speaker', () => {
    expect(
      setAside("> What do you even mean by '2.5G'?? It's useless\nhow does the glossary define it?"),
    ).toBe(false);
    expect(setAside('what is meant by EDGE?')).toBe(true);
    expect(askedTerms('what do you even mean?')).toBeUndefined();
  });
});
