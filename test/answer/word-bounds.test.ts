// The cheap word-bound lookbehinds hold exactly where the plain Unicode ones do, after every code point.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldPatternSource, foldText } from '../../src/answer/fold-text.js';
import {
  foldedAlternatives,
  NOT_AFTER_LETTER,
  NOT_AFTER_WORD,
  NOT_AFTER_WORD_OR_UNDERSCORE,
  anyWholePhrase,
  V8_OPTIMIZED_SOURCE,
  wholePhrases,
} from '../../src/answer/word-bounds.js';

const BOUNDS: [string, string, string][] = [
  ['NOT_AFTER_WORD', NOT_AFTER_WORD, '(?<![\\p{L}\\p{N}])'],
  ['NOT_AFTER_WORD_OR_UNDERSCORE', NOT_AFTER_WORD_OR_UNDERSCORE, '(?<![\\p{L}\\p{N}_])'],
  ['NOT_AFTER_LETTER', NOT_AFTER_LETTER, '(?<![\\p{L}])'],
];

describe('word bounds', () => {
  for (const [name, fast, plain] of BOUNDS) {
    for (const flags of ['u', 'iu']) {
      it(`${name} (${flags}) agrees with ${plain} after every code point`, () => {
        const cheap = new RegExp(`${fast}x`, flags);
        const reference = new RegExp(`${plain}x`, flags);
        const disagree: number[] = [];
        for (let c = 0; c <= 0x10ffff; c++) {
          if (c >= 0xd800 && c <= 0xdfff) continue;
          const text = `${String.fromCodePoint(c)}x`;
          if (cheap.test(text) !== reference.test(text)) disagree.push(c);
        }
        // A lone surrogate before the word, and the word at the very start.
        for (const text of ['\ud800x', '\udc00x', 'x']) expect(cheap.test(text)).toBe(reference.test(text));
        expect(disagree).toEqual([]);
      });
    }
  }

  it('wholePhrases finds the same phrases as the plain lookarounds in any text', () => {
    const alternatives = ['ile', 'how many', 'сколько', 'kto\\p{L}*', '%'];
    const cheap = wholePhrases(alternatives, 'gu');
    const reference = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    const pieces = fc.constantFrom(
      'ile',
      'how many',
      'сколько',
      'kto',
      'ktos',
      'a',
      'Ż',
      'ё',
      '1',
      '_',
      ' ',
      '.',
      '%',
      '😀',
      '𝐀',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const found = (re: RegExp) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
        expect(found(cheap)).toEqual(found(reference));
      }),
    );
  });

  it('anyWholePhrase matches a text exactly when one of its patterns does', () => {
    const patterns = [
      wholePhrases(['ile', 'how many']),
      wholePhrases(['kto\\p{L}*', 'сколько (?:\\p{L}+ )?раз']),
      wholePhrases(['%', 'a b']),
    ];
    const any = anyWholePhrase(patterns);
    const pieces = fc.constantFrom(
      'ile',
      'how many',
      'сколько',
      'раз',
      'kto',
      'ktos',
      'a',
      'b',
      'Ż',
      '1',
      ' ',
      '.',
      '%',
      '😀',
    );
    // split one pattern a part, as a set past V8's optimised length is
    const split = anyWholePhrase(patterns, 40);
    expect(any.patterns).toHaveLength(1);
    expect(split.patterns).toHaveLength(3);
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const expected = patterns.some((pattern) => pattern.test(text));
        expect(any.test(text)).toBe(expected);
        expect(split.test(text)).toBe(expected);
      }),
    );
  });

  it('anyWholePhrase keeps each combined pattern under the length V8 optimises', () => {
    const words = Array.from({ length: 4000 }, (_, i) => `w${i.toString(36)}x`);
    const patterns = Array.from({ length: 40 }, (_, i) => wholePhrases(words.slice(i * 100, i * 100 + 100)));
    const any = anyWholePhrase(patterns);
    expect(any.patterns.length).toBeGreaterThan(1);
    for (const pattern of any.patterns) expect(pattern.source.length).toBeLessThan(V8_OPTIMIZED_SOURCE);
    expect(any.test('a w2bx b')).toBe(true);
    expect(any.test('a w2bxy b')).toBe(false);
  });

  it('anyWholePhrase refuses a pattern wholePhrases did not make', () => {
    expect(() => anyWholePhrase([/ile/u])).toThrow(/not a wholePhrases pattern/);
    expect(() => anyWholePhrase([wholePhrases(['ile'], 'iu')])).toThrow(/not a wholePhrases pattern/);
  });
});

describe('phrase patterns folded when built', () => {
  it('reads natural Russian and Polish spellings on folded questions', () => {
    const pattern = wholePhrases(['прайс\\p{L}*', 'настройк\\p{L}*', 'śwież\\p{L}*']);
    for (const question of ['Какой прайс у них?', 'где НАСТРОЙКИ бота', 'czy to świeże dane'])
      expect(pattern.test(foldText(question))).toBe(true);
    expect(pattern.test(foldText('прайм-тайм'))).toBe(false);
  });

  it('folds only letters past ASCII: escapes, Latin letters and punctuation stay as written', () => {
    expect(foldPatternSource('\\p{L}+ \\S [A-Z] (?:…|\\.\\.\\.) Ёлка й')).toBe(
      '\\p{L}+ \\S [A-Z] (?:…|\\.\\.\\.) елка и',
    );
    expect(foldedAlternatives(['дай(?:те)?', 'daj'])).toBe('даи(?:те)?|daj');
  });
});
