// The kinds of value a question can ask for (a year, an amount, a person...) and the shape of the phrasings asking
// for one; apart so that the phrasings (asked-value-phrases.ts and the *-asks.ts files) and what an entry states
// (stated-values.ts) import them without importing each other.

/** The kinds of value a question can ask for that an entry must state to answer it. */
export const ASKED_VALUES = [
  'year',
  'duration',
  'clockTime',
  'currentPrice',
  'money',
  'share',
  'count',
  'person',
  'place',
  'cause',
  // what is behind a figure: who ran the study, how many it asked, how it was done (see study-asks.ts)
  'researcher',
  'sample',
  'method',
  'findings',
  // where a finding comes from: a named researcher or any study the entry credits (see source-asks.ts)
  'source',
  // how a measure is computed, told by a metric or definition (see formula-asks.ts)
  'formula',
] as const;
export type AskedValue = (typeof ASKED_VALUES)[number];

/** The phrasings asking for one kind of value. */
export interface AskPhrasings {
  value: AskedValue;
  /**
   * Words, space-separated (or, ending in *, starts of words of three or four letters), one of which every phrasing
   * holds: a question without any is passed over without running the pattern.
   */
  gate: string;
  pattern: RegExp;
}
