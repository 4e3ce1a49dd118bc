// The figure evidence of a candidate: whether the number a question names is the entry's headline figure, is in its
// text, or is missing from it; an entry's figures are read once (the engine keeps them, see candidates.ts).
import { figureIn, LANGS, type Entry } from '../kb/schema.js';
import { figuresIn, statesNumber, type StatedFigures } from './figures.js';

/** The figures an entry states: in its headline figure, and in its text (any language). */
export interface EntryFigures {
  headline: StatedFigures;
  text: StatedFigures;
}

export function entryFigures(entry: Entry): EntryFigures {
  return {
    headline: figuresIn(LANGS.map((lang) => figureIn(entry, lang) ?? '').join(' ')),
    text: figuresIn(LANGS.map((lang) => entry.text[lang] ?? '').join(' ')),
  };
}

export function figureEvidence(figuresOfEntry: () => EntryFigures, asked: StatedFigures) {
  if (asked.numbers.length === 0) return { figureHeadline: 0, figureInText: 0, figureMissing: 0 };
  const { headline, text } = figuresOfEntry();
  const inHeadline = asked.numbers.some((n) => statesNumber(headline, n));
  const inText = !inHeadline && asked.numbers.some((n) => statesNumber(text, n));
  return {
    figureHeadline: inHeadline ? 1 : 0,
    figureInText: inText ? 1 : 0,
    figureMissing: inHeadline || inText ? 0 : 1,
  };
}
