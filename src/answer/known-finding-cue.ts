// The cue lists the catalogue of well-known findings is written in (known-elsewhere.ts): stems or phrases on folded
// text, each starting a word, and a finding's shape.
import { foldedAlternatives } from './word-bounds.js';

/**
 * A cue list: any of the stems or phrases, starting a word (its end may run on: "loyal" reads "loyalty"). A sign ("%")
 * starts none: it follows its number ("80%" met no '%' anchored at a word's start; round 84).
 */
export function cue(...alternatives: string[]): RegExp {
  const signs = alternatives.filter((alternative) => /^[^\p{L}\p{N}(\\[]/u.test(alternative));
  const words = alternatives.filter((alternative) => !signs.includes(alternative));
  const anchored = `(?<![\\p{L}\\p{N}])(?:${foldedAlternatives(words)})`;
  if (signs.length === 0) return new RegExp(anchored, 'u');
  const free = foldedAlternatives(signs);
  return new RegExp(words.length > 0 ? `${anchored}|${free}` : free, 'u');
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
