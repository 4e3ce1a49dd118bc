// Lookarounds for whole-word patterns. `\b` knows only ASCII letters in JavaScript, even with the `u` flag, so the
// patterns bound words with Unicode classes instead; this is the one place those bounds are written.

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

/** Any of the cue words or phrases, not inside a longer word nor beside "_" at either end (the question readers' cues). */
export function wholeCues(alternatives: readonly string[], flags = 'u'): RegExp {
  return new RegExp(`${NOT_AFTER_WORD_OR_UNDERSCORE}(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, flags);
}

/** Any of the alternatives as a whole word or phrase: not inside a longer word at either end. */
export function wholePhrases(alternatives: readonly string[], flags = 'u'): RegExp {
  return new RegExp(`${NOT_AFTER_WORD}(?:${alternatives.join('|')})${NOT_BEFORE_WORD}`, flags);
}

/**
 * One pattern matching wherever any of `patterns` (each made by wholePhrases, flags 'u') matches: their alternatives
 * under one pair of bounds. A text is then searched once, the bounds tried once a position, instead of once per
 * pattern; a reader asking "does any of these match?" of most questions learns "no" at a fraction of the cost.
 */
export function anyWholePhrase(patterns: readonly RegExp[]): RegExp {
  const before = `${NOT_AFTER_WORD}(?:`;
  const after = `)${NOT_BEFORE_WORD}`;
  return wholePhrases(
    patterns.map(({ source, flags }) => {
      if (flags !== 'u' || !source.startsWith(before) || !source.endsWith(after))
        throw new Error(`anyWholePhrase: /${source}/${flags} is not a wholePhrases pattern`);
      return source.slice(before.length, -after.length);
    }),
  );
}
