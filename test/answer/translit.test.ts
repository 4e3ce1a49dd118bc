// Russian typed in Latin letters is read in Cyrillic, and only Russian is.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/answer/detect-language.js';
import {
  cyrillicReading,
  DIGRAPHS,
  isRussianStopwordReading,
  LETTERS,
  looksTransliterated,
} from '../../src/answer/translit.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

describe('the Cyrillic reading of a Latin word', () => {
  it('follows the informal spellings people type', () => {
    expect(cyrillicReading('skolko')).toBe('сколко');
    expect(cyrillicReading('zhaluyutsya')).toBe('жалуются');
    expect(cyrillicReading('shchedryy')).toBe('щедрый');
    expect(cyrillicReading('klientov')).toBe('клиентов');
    expect(cyrillicReading("skol'ko")).toBe('сколько');
  });

  it('reads "iya", "iyu" and "yye" as a vowel and я, ю or е, not as й and a vowel', () => {
    // "rossiyan" read "российан" missed every Russian country phrasing: a country asked went unread.
    expect(cyrillicReading('rossiyan')).toBe('россиян');
    expect(cyrillicReading('kompaniya')).toBe('компания');
    expect(cyrillicReading('informatsiyu')).toBe('информацию');
    expect(cyrillicReading('vyyasnit')).toBe('выяснит');
    expect(cyrillicReading('noviy')).toBe('новий');
  });

  it('leaves words with digits or other scripts alone', () => {
    expect(cyrillicReading('2.5g')).toBeUndefined();
    expect(cyrillicReading('клиент')).toBeUndefined();
  });

  it('reads every word as trying each digraph in turn did (digraphs tried by first letter)', () => {
    // Random words over the letters the digraphs are made of, seeded: the same readings as the plain loop gave.
    let seed = 20261201;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const letters = "shcztyajeiokuvwx'abdgr";
    for (let n = 0; n < 5000; n++) {
      let word = '';
      for (let k = 1 + Math.floor(random() * 12); k > 0; k--)
        word += letters[Math.floor(random() * letters.length)];
      expect(cyrillicReading(word), word).toBe(readingTryingEachDigraph(word));
    }
  });
});

/** cyrillicReading as it was written first: each of the digraphs, longest first, tried at every position. */
function readingTryingEachDigraph(word: string): string | undefined {
  // The tables are the module's own: only the old loop over them is written again here.
  const digraphs = DIGRAPHS;
  const letters = LETTERS;
  if (!/^[a-z']+$/.test(word)) return undefined;
  let out = '';
  let i = 0;
  outer: while (i < word.length) {
    for (const [latin, cyrillic] of digraphs) {
      // A digraph read as й gives way before a vowel, whose "y" starts я, ю or е.
      const shortIBeforeVowel = cyrillic.endsWith('й') && /[aeiou]/.test(word[i + latin.length] ?? '');
      if (word.startsWith(latin, i) && !shortIBeforeVowel) {
        out += cyrillic;
        i += latin.length;
        continue outer;
      }
    }
    const vowelBefore = i > 0 && /[aeiou]/.test(word[i - 1]!);
    const vowelAfter = i + 1 < word.length && /[aeiou]/.test(word[i + 1]!);
    out += word[i] === 'y' && vowelBefore && !vowelAfter ? 'и' : (letters[word[i]!] ?? '');
    i += 1;
  }
  return out.replace(/^ы(?=[аеиоуэюя])/u, '');
}

describe('telling transliterated Russian from Polish and English', () => {
  it('recognises Russian in Latin letters', () => {
    expect(looksTransliterated(['kak', 'chasto', 'klienty', 'zhaluyutsya'])).toBe(true);
    expect(looksTransliterated(['pochemu', 'klienty', 'uhodyat'])).toBe(true);
    expect(detectLanguage('skolko klientov zhaluyutsya')).toBe('ru');
  });

  it('recognises a short question by "eto" (это), a genitive in -ov and the group zv', () => {
    expect(looksTransliterated(['zappos', '10', 'chasov', 'zvonok', 'eto', 'pravda'])).toBe(true);
    expect(detectLanguage('zappos 10 chasov zvonok eto pravda?')).toBe('ru');
    expect(detectLanguage('eto pravda?')).toBe('ru');
  });

  it('does not take Polish or English for it', () => {
    expect(looksTransliterated(['ile', 'klientow', 'narzeka'])).toBe(false);
    expect(looksTransliterated(['to', 'jest', 'dobre', 'pytanie'])).toBe(false);
    expect(looksTransliterated(['how', 'many', 'customers', 'complain'])).toBe(false);
    expect(detectLanguage('ile klientow narzeka')).toBe('pl');
    expect(looksTransliterated(['to', 'jest', 'etap', 'zwrotu', 'towarow'])).toBe(false);
    expect(looksTransliterated(['every', 'improv', 'team', 'needs', 'to', 'move'])).toBe(false);
  });

  it('reads a Russian function word also without its soft sign, only after a consonant and not at the end', () => {
    expect(isRussianStopwordReading('сколько')).toBe(true);
    expect(isRussianStopwordReading('сколко')).toBe(true);
    expect(isRussianStopwordReading('толко')).toBe(true);
    // "весь" without its final soft sign is not taken: that would be a new word, not a dropped sign.
    expect(isRussianStopwordReading('вес')).toBe(false);
    expect(isRussianStopwordReading('колко')).toBe(false);
  });
});

describe('answering a transliterated question', () => {
  const complaints = {
    ...minimalStatistic('stat-few-complain'),
    text: {
      pl: 'Skarży się tylko jeden na dziesięciu niezadowolonych klientów.',
      en: 'Only one in ten unhappy customers complains.',
      ru: 'Жалуется лишь один из десяти недовольных клиентов.',
    },
    phrasings: {
      pl: ['ilu klientów się skarży'],
      en: ['how many customers complain'],
      ru: ['сколько клиентов жалуются'],
    },
  };
  const engine = engineOver([minimalEntry(), complaints]);

  it('finds the entry and answers in Russian', () => {
    const result = engine.answer({ question: 'skolko klientov zhaluyutsya?' });
    expect(result.lang).toBe('ru');
    expect(result.answered).toBe(true);
    expect(result.answers[0]?.entry.id).toBe('stat-few-complain');
  });
});
