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

/** Any of the alternatives as a whole word or phrase: not inside a longer word at either end. */
export function wholePhrases(alternatives: readonly string[], flags = 'u'): RegExp {
  return new RegExp(`${NOT_AFTER_WORD}(?:${alternatives.join('|')})${NOT_BEFORE_WORD}`, flags);
}
