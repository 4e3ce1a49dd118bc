// The cue lists the catalogue of well-known findings is written in (known-elsewhere.ts): stems or phrases on folded
// text, each starting a word, and a finding's shape.
import { foldedAlternatives, NOT_AFTER_WORD } from './word-bounds.js';

/** A cue list's alternatives: those starting a word and the signs (see cue), each as one pattern source or none. */
export interface CueParts {
  words?: string;
  signs?: string;
}

const partsOf = new WeakMap<RegExp, CueParts>();

/**
 * A cue list: any of the stems or phrases, starting a word (its end may run on: "loyal" reads "loyalty"). A sign ("%")
 * starts none: it follows its number ("80%" met no '%' anchored at a word's start; round 84).
 */
export function cue(...alternatives: string[]): RegExp {
  const signs = alternatives.filter((alternative) => /^[^\p{L}\p{N}(\\[]/u.test(alternative));
  const words = alternatives.filter((alternative) => !signs.includes(alternative));
  const parts: CueParts = {
    ...(words.length > 0 && { words: foldedAlternatives(words) }),
    ...(signs.length > 0 && { signs: foldedAlternatives(signs) }),
  };
  const pattern = new RegExp(cueSource([parts]), 'u');
  partsOf.set(pattern, parts);
  return pattern;
}

/**
 * One pattern source matching wherever any of the cue lists matches: their word alternatives under one word bound,
 * which the engine then tries once a position rather than once per list (the catalogue's hint was one of a
 * question's costliest patterns), their signs beside them.
 */
export function cueSource(lists: readonly CueParts[]): string {
  const words = lists.flatMap((list) => (list.words === undefined ? [] : [`(?:${list.words})`]));
  const signs = lists.flatMap((list) => (list.signs === undefined ? [] : [`(?:${list.signs})`]));
  const anchored = words.length > 0 ? [`${NOT_AFTER_WORD}(?:${words.join('|')})`] : [];
  return [...anchored, ...signs].join('|') || '(?!)';
}

/** The parts a pattern made by cue was made of. */
export function cueParts(pattern: RegExp): CueParts {
  const parts = partsOf.get(pattern);
  if (!parts) throw new Error(`cueParts: /${pattern.source}/ was not made by cue`);
  return parts;
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
