// Folding and splitting text the way people type it: any case, Polish without diacritics, Russian ё as е.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DISCORD_MARKUP,
  foldText,
  hasPolishDiacritics,
  isCyrillic,
  tokenize,
  withoutDiscordMarkup,
} from '../../src/answer/normalize.js';

describe('foldText', () => {
  it('removes every Polish diacritic, ł included', () => {
    expect(foldText('ąćęłńóśźż')).toBe('acelnoszz');
  });

  it('folds upper-case Polish letters, Ł included, to plain lower case', () => {
    expect(foldText('ĄĆĘŁŃÓŚŹŻ')).toBe('acelnoszz');
  });

  it('makes a word with and without diacritics meet', () => {
    expect(foldText('Klientów Łódź Żółć')).toBe(foldText('klientow lodz zolc'));
  });

  it('folds Russian ё to е, in either case', () => {
    expect([foldText('ещё'), foldText('Ёлка')]).toEqual(['еще', 'елка']);
  });

  it('lower-cases Latin and Cyrillic letters', () => {
    expect(foldText('CUSTOMER Клиент')).toBe('customer клиент');
  });

  it('keeps digits and punctuation as they are', () => {
    expect(foldText('86%, 2,5G!')).toBe('86%, 2,5g!');
  });
});

describe('tokenize', () => {
  it('splits on spaces and punctuation into folded words', () => {
    expect(tokenize('Ile klientów, naprawdę, narzeka?')).toEqual(['ile', 'klientow', 'naprawde', 'narzeka']);
  });

  it('keeps "2,5G" as one token, written with a decimal point', () => {
    expect(tokenize('Co to jest 2,5G?')).toEqual(['co', 'to', 'jest', '2.5g']);
  });

  it('gives "2,5G" and "2.5G" the same token', () => {
    expect(tokenize('2,5G')).toEqual(tokenize('2.5G'));
  });

  it('keeps a number together with the unit after it', () => {
    expect(tokenize('6x 10h')).toEqual(['6x', '10h']);
  });

  it('drops the percent sign and keeps the number', () => {
    expect(tokenize('86%')).toEqual(['86']);
  });

  it('splits a range into its two ends', () => {
    expect(tokenize('6-7x')).toEqual(['6', '7x']);
  });

  it('gives no token for punctuation and emoji only', () => {
    expect(tokenize('?!… 😀 🙈 —')).toEqual([]);
  });

  it('gives at most `limit` words', () => {
    expect(tokenize('a b c d e f', 4)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('folds Cyrillic words, ё included', () => {
    expect(tokenize('Удовлетворённость клиентов')).toEqual(['удовлетворенность', 'клиентов']);
  });
});

describe('tokenize and Discord markup', () => {
  it('leaves out user, role and channel mentions, custom emoji and @everyone', () => {
    expect(tokenize('<@123456789012345678> <@&42> <#77> <:pepe:99> @everyone how many complain')).toEqual([
      'how',
      'many',
      'complain',
    ]);
  });

  it('leaves out a mention typed as text, emoji shortcodes and links, but keeps e-mail words and clock times', () => {
    expect(tokenize('@cs-coach how many complain :thinking: https://example.com/a?b=1')).toEqual([
      'how',
      'many',
      'complain',
    ]);
    expect(tokenize('@Ania **CSAT** `NPS` 🙏')).toEqual(['csat', 'nps']);
    expect(tokenize('write to help@shop.pl at 10:30')).toEqual([
      'write',
      'to',
      'help',
      'shop',
      'pl',
      'at',
      '10',
      '30',
    ]);
  });
});

describe('isCyrillic', () => {
  it('is true for a Russian word and false for a Polish one', () => {
    expect([isCyrillic('клиент'), isCyrillic('klient')]).toEqual([true, false]);
  });
});

describe('hasPolishDiacritics', () => {
  it('finds a Polish letter in either case', () => {
    expect([hasPolishDiacritics('jak się masz'), hasPolishDiacritics('ŁÓDŹ')]).toEqual([true, true]);
  });

  it('finds none in Polish typed without diacritics', () => {
    expect(hasPolishDiacritics('ile klientow narzeka')).toBe(false);
  });
});

describe('withoutDiscordMarkup', () => {
  const pieces = fc.constantFrom(
    'a',
    'Z',
    'ą',
    'к',
    '1',
    '_',
    '.',
    '-',
    '#',
    '&',
    '!',
    '>',
    ' ',
    '/',
    'http',
    'https',
    'everyone',
    'smile',
    '<',
    '@',
    ':',
    '<@123>',
    '<#9>',
    '<:a:1>',
    '@cs-coach',
    ':thinking:',
    'https://x.y/z',
  );
  const texts = fc.array(pieces, { maxLength: 16 }).map((parts) => parts.join(''));

  it('removes from any text what the markup expression matches, and only that', () => {
    fc.assert(
      fc.property(texts, (t) => withoutDiscordMarkup(t) === t.replace(DISCORD_MARKUP, ' ')),
      { numRuns: 5000 },
    );
  });

  it('returns a text with no "<", "@" or ":" as it is', () => {
    expect(withoutDiscordMarkup('ile klientow https narzeka #1 > 2')).toBe(
      'ile klientow https narzeka #1 > 2',
    );
  });
});
