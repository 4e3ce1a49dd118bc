// The figure evidence of a candidate: whether the number a question names is the entry's headline figure, is in its
// text, or is missing from it; an entry's figures and kinds of value are read once (the engine keeps them, see
// candidates.ts).
import { figureIn, LANGS, type Entry } from '../kb/schema.js';
import { figuresIn, meetsOneEndOnly, statesNumber, type StatedFigures } from './figures.js';
import { StatedDetails } from './stated-details.js';
import { StatedValues } from './stated-values.js';

/** The figures an entry states: in its headline figure, and in its text (any language); the kinds of value it states. */
export interface EntryFigures {
  readonly headline: StatedFigures;
  readonly text: StatedFigures;
  /** The kinds of value (a year, money, a person...) it states: see stated-values.ts. */
  readonly values: StatedValues;
  /** The details beside its fact (countries, a list, steps...): see stated-details.ts. */
  readonly details: StatedDetails;
}

/**
 * Each part read when first asked for: most candidates are read for the kind of value a question asks ("ile",
 * "what share"), not for a number it names, and reading the figures of an entry's text in three languages cost as
 * much as the kind asked.
 */
class EntryFiguresRead implements EntryFigures {
  private headlineRead: StatedFigures | undefined;
  private textRead: StatedFigures | undefined;
  private detailsRead: StatedDetails | undefined;
  readonly values: StatedValues;

  constructor(private readonly entry: Entry) {
    this.values = new StatedValues(entry);
  }

  get headline(): StatedFigures {
    return (this.headlineRead ??= figuresIn(LANGS.map((lang) => figureIn(this.entry, lang) ?? '').join(' ')));
  }

  get details(): StatedDetails {
    return (this.detailsRead ??= new StatedDetails(this.entry, () => this.text));
  }

  get text(): StatedFigures {
    return (this.textRead ??= figuresIn(LANGS.map((lang) => this.entry.text[lang] ?? '').join(' ')));
  }
}

export function entryFigures(entry: Entry): EntryFigures {
  return new EntryFiguresRead(entry);
}

/** Reads an entry's figures, from a memo (the engine keeps one, see candidates.ts). */
export type FigureReader = (entry: Entry) => EntryFigures;

/** What figureEvidence finds: no figure asked, the figure is the headline's, is in the text, or is missing. */
export const FIGURE_NOT_ASKED = 0;
export const FIGURE_IN_HEADLINE = 1;
export const FIGURE_IN_TEXT = 2;
export const FIGURE_MISSING = 3;
/** The headline's, but one end of a range only: the question's "6 times" against "6–7×", or "6-7" against "6×". */
export const FIGURE_HEADLINE_PART = 4;

/** One of the constants above (a number, not an object: it is read for each of a question's candidates). */
export function figureEvidence(figuresOf: FigureReader, entry: Entry, asked: StatedFigures): number {
  if (asked.numbers.length === 0) return FIGURE_NOT_ASKED;
  const { headline, text } = figuresOf(entry);
  if (asked.numbers.some((n) => statesNumber(headline, n)))
    return meetsOneEndOnly(headline, asked) ? FIGURE_HEADLINE_PART : FIGURE_IN_HEADLINE;
  return asked.numbers.some((n) => statesNumber(text, n)) ? FIGURE_IN_TEXT : FIGURE_MISSING;
}
