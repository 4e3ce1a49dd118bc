// Lookarounds for whole-word patterns. `\b` knows only ASCII letters in JavaScript, even with the `u` flag, so the
// patterns bound words with Unicode classes instead; this is the one place those bounds are written. The phrase
// patterns are tried on folded text (fold-text.ts), and their alternatives are folded the same way when built, so
// they are written in plain Russian and Polish ("настройк", "świeży") rather than as the fold leaves them.
import { foldPatternSource } from './fold-text.js';

/**
 * Not after a letter or digit: `(?<![\p{L}\p{N}])`, written so that the common case is cheap. The engine tries the
 * lookbehind at every position of the text, and a Unicode property class costs a search of its ranges each time
 * (most of what a question's phrase patterns cost); the plain Latin and Cyrillic letters and digits, which nearly
 * every position follows, are tried first as a small class. Both alternatives only match letters and digits, so
 * the lookbehind holds exactly where the plain one does (word-bounds.test.ts checks every code point).
 */
export const NOT_AFTER_WORD = '(?<![a-zA-Z0-9а-яА-ЯёЁ]|[\\p{L}\\p{N}])';
/** Not after a letter, a digit or "_": `(?<![\p{L}\p{N}_])`, likewise. */
export const NOT_AFTER_WORD_OR_UNDERSCORE = '(?<![a-zA-Z0-9а-яА-ЯёЁ_]|[\\p{L}\\p{N}_])';
/** Not after a letter: `(?<![\p{L}])`, likewise. */
export const NOT_AFTER_LETTER = '(?<![a-zA-Zа-яА-ЯёЁ]|\\p{L})';
/** Not before a letter or digit (tried only where the rest matched, so cheap as it is). */
export const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';

/** Alternatives joined into one, their letters folded as the text they are tried on is (see foldPatternSource). */
export function foldedAlternatives(alternatives: readonly string[]): string {
  return foldPatternSource(alternatives.join('|'));
}

/** Any of the cue words or phrases, not inside a longer word nor beside "_" at either end (the question readers' cues). */
export function wholeCues(alternatives: readonly string[], flags = 'u'): RegExp {
  return new RegExp(
    `${NOT_AFTER_WORD_OR_UNDERSCORE}(?:${foldedAlternatives(alternatives)})(?![\\p{L}\\p{N}_])`,
    flags,
  );
}

/** Any of the alternatives as a whole word or phrase: not inside a longer word at either end. */
export function wholePhrases(alternatives: readonly string[], flags = 'u'): RegExp {
  return new RegExp(`${NOT_AFTER_WORD}(?:${foldedAlternatives(alternatives)})${NOT_BEFORE_WORD}`, flags);
}

/**
 * Source length above which V8 compiles a pattern without its optimisations (`RegExp::kRegExpTooLargeToOptimize`,
 * 20 KB: no quick checks or Boyer-Moore skip, every alternative tried at every position). A combined pattern past it
 * ran 2.5 times slower than its parts tried one by one.
 */
export const V8_OPTIMIZED_SOURCE = 20 * 1024;

/** Whether a text holds any of several whole-word patterns (see anyWholePhrase). */
export interface WholePhraseSet {
  test(text: string): boolean;
  /** The combined patterns, each under the length V8 optimises. */
  readonly patterns: readonly RegExp[];
}

/**
 * Matches wherever any of `patterns` (each made by wholePhrases, flags 'u') matches: their alternatives under one
 * pair of bounds. A text is then searched once, the bounds tried once a position, instead of once per pattern; a
 * reader asking "does any of these match?" of most questions learns "no" at a fraction of the cost. Split into as
 * few patterns as keep each under `maxSource` characters (V8's limit for an optimised pattern).
 */
export function anyWholePhrase(patterns: readonly RegExp[], maxSource = V8_OPTIMIZED_SOURCE): WholePhraseSet {
  const before = `${NOT_AFTER_WORD}(?:`;
  const after = `)${NOT_BEFORE_WORD}`;
  const groups: string[][] = [];
  let group: string[] = [];
  let length = before.length + after.length;
  for (const { source, flags } of patterns) {
    if (flags !== 'u' || !source.startsWith(before) || !source.endsWith(after))
      throw new Error(`anyWholePhrase: /${source}/${flags} is not a wholePhrases pattern`);
    const inner = source.slice(before.length, -after.length);
    if (group.length > 0 && length + inner.length + 1 > maxSource) {
      groups.push(group);
      group = [];
      length = before.length + after.length;
    }
    group.push(inner);
    length += inner.length + 1;
  }
  if (group.length > 0) groups.push(group);
  const combined = groups.map((alternatives) => wholePhrases(alternatives));
  return { test: (text) => combined.some((pattern) => pattern.test(text)), patterns: combined };
}
