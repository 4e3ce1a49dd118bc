// Splits text into words as people type them, folded (any case, Polish without diacritics, Russian ё as е).
import { foldText } from './fold-text.js';

export { foldText } from './fold-text.js';

/**
 * Splits text into words of letters or digits; a decimal number stays whole with its unit ("2,5G" gives "2.5g",
 * "6-7x" gives "6", "7x"). At most `limit` words, from at most 64 characters per word asked for; words longer
 * than MAX_WORD_LENGTH are dropped.
 */
export function tokenize(text: string, limit = 64): string[] {
  // Only the start of a long text can give `limit` words: a 1 MB paste costs no more than a page.
  const read = text.length > limit * CHARS_PER_WORD ? clipText(text, limit * CHARS_PER_WORD) : text;
  return foldedWords(foldText(withoutDiscordMarkup(read)), limit);
}

/** The words of a folded text with no Discord markup, as tokenize splits it: at most `limit`. */
export function foldedWords(folded: string, limit: number): string[] {
  const words: string[] = [];
  const max = Math.trunc(limit);
  if (!(max > 0)) return words;
  // One loop, no intermediate arrays: every reader splits the question again, so this runs dozens of times a question.
  for (const w of folded.match(WORD) ?? []) {
    if (w.length > MAX_WORD_LENGTH) continue;
    words.push(w.includes(',') ? w.replace(/,/g, '.') : w);
    if (words.length >= max) break;
  }
  return words;
}

/** A word: a number with its decimals and unit ("2,5g"), or a run of letters and digits. */
const WORD = /\p{N}+(?:[.,]\p{N}+)*\p{L}*|[\p{L}\p{N}]+/gu;

/** A "word" longer than this is a pasted hash, a key held down or the like: no word of any language; dropped. */
export const MAX_WORD_LENGTH = 64;
/** Characters read per word asked of tokenize. */
const CHARS_PER_WORD = 64;

/** The first `length` UTF-16 units of a text, one less when that would split a surrogate pair. */
export function clipText(text: string, length: number): string {
  if (text.length <= length) return text;
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}

export function isCyrillic(word: string): boolean {
  return CYRILLIC.test(word);
}

const CYRILLIC = /[\u0400-\u04ff]/;

/** Polish-only letters: their presence settles the language of a Latin-script question. */
export function hasPolishDiacritics(text: string): boolean {
  return /[ąćęłńóśźż]/i.test(text);
}

/**
 * Drops what Discord users type around a question that is no word of it: mention and emoji markup (<@123>, <#123>,
 * <@&123>, <:name:123>), a mention typed as text (@everyone, @cs-coach), an emoji shortcode (:thinking:) and a link.
 */
export function withoutDiscordMarkup(text: string): string {
  // Every piece of markup holds a "<", an "@" or a ":" (a link's "https:"): most questions hold none, and are not
  // searched with the expression.
  if (!MARKUP_CHARACTER.test(text)) return text;
  return text.replace(DISCORD_MARKUP, ' ');
}

const MARKUP_CHARACTER = /[<@:]/;

export const DISCORD_MARKUP =
  /<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|(?<![\p{L}\p{N}.])@[\p{L}\p{N}_.-]+|(?<![\p{L}\p{N}]):[a-z_][a-z0-9_+-]*:(?![\p{L}\p{N}])|\bhttps?:\/\/\S+/giu;
