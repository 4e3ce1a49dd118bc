// The cue lists the catalogue of well-known findings is written in (known-elsewhere.ts): stems or phrases on folded
// text, each starting a word, and a finding's shape.
import { foldedAlternatives } from './word-bounds.js';

/** A cue list: any of the stems or phrases, starting a word (its end may run on: "loyal" reads "loyalty"). */
export function cue(...alternatives: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${foldedAlternatives(alternatives)})`, 'u');
}

export interface KnownFinding {
  name: string;
  /** Any of these signatures, each a set of cue lists that must all be present. */
  signatures: readonly (readonly RegExp[])[];
  /** How an entry holding the finding states it (on its folded text in every language). */
  stated: RegExp;
}

/** A phone call, in the three languages. */
export const PHONE_CALL = cue(
  'call',
  'phone',
  'polaczen',
  'telefon',
  'rozmow',
  'телефон',
  'звонк',
  'вызов',
  'трубк',
);
