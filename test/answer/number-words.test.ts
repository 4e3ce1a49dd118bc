// A figure asked by its spoken number ("шестьдесят шесть процентов", "twenty-six", "piętnastu") is read as its digits.
import { describe, expect, it } from 'vitest';
import { figuresIn } from '../../src/answer/figures.js';
import { followUpWords } from '../../src/answer/follow-up-ask.js';
import { withSpelledNumbers, withTableNumbers } from '../../src/answer/number-words.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { foldText } from '../../src/answer/normalize.js';
import { spelledNumbersTableByTable } from './number-words-reference.js';
import { engineOver, loadShippedKb } from '../fixtures/engines.js';

describe('numbers written as words', () => {
  it('reads tens with their unit, and teens, in three languages', () => {
    expect(withSpelledNumbers('one in twenty six customers')).toBe('1 in 26 customers');
    expect(withSpelledNumbers('twenty-six percent')).toBe('26 percent');
    expect(withSpelledNumbers('шестьдесят шесть процентов')).toBe('66 процентов');
    expect(withSpelledNumbers('pietnastu czy dwudziestu')).toBe('15 czy 20');
    expect(figuresIn('Sześćdziesiąt siedem procent się rozłącza').percents).toEqual([67]);
  });

  it('reads a unit from two up before a count of people, in three languages', () => {
    expect(withSpelledNumbers('they tell at most six other people')).toBe('they tell at most 6 other people');
    expect(withSpelledNumbers(foldText('najwyżej sześciu osobom'))).toBe('najwyzej 6 osobom');
    expect(withSpelledNumbers(foldText('не более чем шести знакомым'))).toBe('не более чем 6 знакомым');
    expect(withSpelledNumbers('one other thing')).toBe('one other thing');
  });

  it('reads a unit alone only before a percent, a ratio, "times" or a count of people', () => {
    expect(withSpelledNumbers('six times cheaper')).toBe('6 times cheaper');
    expect(withSpelledNumbers('в шесть раз дешевле')).toBe('в 6 раз дешевле');
    expect(withSpelledNumbers('one tip for two questions')).toBe('one tip for two questions');
    expect(withSpelledNumbers('ten tekst')).toBe('ten tekst');
  });

  it('leaves ordinals alone', () => {
    expect(figuresIn('w dwa tysiące szesnastym').numbers).toEqual([]);
  });

  it('finds a restated figure said in words before a follow-up, but not before doubt', () => {
    expect(
      followUpWords('Sześćdziesiąt siedem procent się rozłącza – a po ilu minutach?').size,
    ).toBeGreaterThan(0);
    expect(followUpWords('У меня записано восемьдесят шесть, но не уверен, это оно?').size).toBe(0);
  });
});

describe('answering a figure asked in words', () => {
  const switching = {
    ...minimalStatistic('stat-66-switch'),
    figure: '66%',
    text: {
      pl: 'Aż 66% rozczarowanych klientów przenosi się do konkurenta.',
      en: 'As many as 66% of disappointed customers switch to a competitor.',
      ru: 'Целых 66% разочарованных клиентов уходят к конкуренту.',
    },
  };
  const silent = {
    ...minimalStatistic('stat-26-silent'),
    figure: '1 in 26',
    text: {
      pl: 'Tylko jeden na 26 rozczarowanych klientów składa skargę.',
      en: 'Only one in 26 disappointed customers complains.',
      ru: 'Лишь один из 26 разочарованных клиентов жалуется.',
    },
  };
  const engine = engineOver([minimalEntry(), switching, silent]);

  it('meets the entry stating that figure', () => {
    expect(
      engine.answer({ question: 'шестьдесят шесть процентов разочарованных клиентов — что это?' }).answers[0]
        ?.entry.id,
    ).toBe('stat-66-switch');
    expect(
      engine.answer({ question: 'only one in twenty six disappointed customers does what?' }).answers[0]
        ?.entry.id,
    ).toBe('stat-26-silent');
  });
});

describe('numbers written as words, read fast', () => {
  it('reads every shipped text and phrasing as the table-by-table reading did', async () => {
    const shipped = await loadShippedKb();
    let read = 0;
    for (const entry of shipped.entries) {
      const texts = [...Object.values(entry.text), ...Object.values(entry.phrasings).flat()];
      for (const text of texts) {
        const folded = foldText(text ?? '');
        expect(withTableNumbers(folded), folded).toBe(spelledNumbersTableByTable(folded));
        read += 1;
      }
    }
    expect(read).toBeGreaterThan(1000);
  });

  it('reads seeded random texts of number words and near misses as the table-by-table reading did', () => {
    let seed = 20261201;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const words = [
      'twenty',
      'six',
      'sixteen',
      'often',
      'phone',
      'one',
      'someone',
      'percent',
      'in',
      'times',
      'dwadziescia',
      'szesc',
      'szescset',
      'proc',
      'razy',
      'двадцать',
      'шесть',
      'шестой',
      'процентов',
      'раза',
      'сорока',
      'jedenascie',
      'ninety',
      'ninetynine',
      'seventy',
      'dwa',
      'двух',
      'customers',
      'klientow',
      'клиентов',
      'ten',
      'attention',
      'do',
      'to',
      'до',
      'or',
      'na',
      'из',
      'siedmiu',
      'семь',
      'four',
      'thousand',
      'two thousand',
      'dwa tysiace',
      'две тысячи',
      'szesnastym',
      'двадцать третьем',
    ];
    const separators = [' ', '-', ', ', ' - ', '', '  ', '.', ' 5 ', ' — ', '\n', '\u00a0', '%'];
    for (let n = 0; n < 3000; n++) {
      let text = random() < 0.3 ? separators[Math.floor(random() * separators.length)]! : '';
      for (let k = Math.floor(random() * 9); k >= 0; k--)
        text +=
          words[Math.floor(random() * words.length)]! + separators[Math.floor(random() * separators.length)]!;
      expect(withTableNumbers(text), text).toBe(spelledNumbersTableByTable(text));
    }
  });
});
