// What a quiz question means, without its wording: the entry it tests, a clue from the entry, four options, the right one.
import type { Lang } from '../kb/schema.js';

/** What is asked: the figure of a statistic, the term of a definition or metric, the author of a quote. */
export type QuizKind = 'figure' | 'term' | 'author';

/** A text in each language (an option's value, a clue). */
export type Localized = Record<Lang, string>;

export const OPTIONS_PER_QUESTION = 4;

export interface QuizQuestion {
  kind: QuizKind;
  entryId: string;
  /**
   * What the question is about, taken from the entry: for a figure, one of its phrasings (one that does not
   * give the figure away); for a term, its definition with the term hidden; for an author, the quoted words.
   * The catalog wraps it in the prompt ("Which figure is right? …").
   */
  clue: Localized;
  /** Four values in a seeded random order: the entry's own and three plausible wrong ones. */
  options: Localized[];
  answerIndex: number;
}

/** Hides the answer in a clue. */
export const BLANK = '___';

/** Text compared the way a reader would: spaces of any width and case ignored, dashes alike. */
export function normalizedText(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .replace(/[\u2012-\u2015-]/gu, '-')
    .replace(/\s+/gu, '');
}

/** True when two options would read the same in some language, so both cannot be offered. */
export function sameInSomeLanguage(a: Localized, b: Localized): boolean {
  return (Object.keys(a) as Lang[]).some((lang) => normalizedText(a[lang]) === normalizedText(b[lang]));
}
