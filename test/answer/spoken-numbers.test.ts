import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { approximateNumbers } from '../../src/answer/approximate-figures.js';
import { figuresIn } from '../../src/answer/figures.js';
import { foldText } from '../../src/answer/normalize.js';
import { withSpelledNumbers } from '../../src/answer/number-words.js';
import { spokenDecimalsRead, withSpokenDecimals } from '../../src/answer/spoken-decimals.js';

const read = (text: string) => withSpelledNumbers(foldText(text));

describe('numbers said aloud in dictated questions', () => {
  it('reads a spoken decimal as the figure entries state, in three languages', () => {
    expect(figuresIn('three point two billion calls, what is that').numbers).toEqual([3.2]);
    expect(figuresIn('ponad dwa przecinek pięć miliona zgłoszeń').numbers).toEqual([2.5]);
    expect(figuresIn('около трех с половиной миллионов клиентов').numbers).toEqual([3.5]);
    expect(figuresIn('one and a half times cheaper').numbers).toEqual([1.5]);
    expect(figuresIn('dwadzieścia jeden i pół procent').percents).toEqual([21.5]);
  });

  it('writes a mobile generation said aloud as written', () => {
    expect(read('what are two and a half gee networks')).toBe('what are 2.5g networks');
    expect(read('co to jest dwa i pół g')).toBe('co to jest 2.5g');
    expect(read('два с половиной джи это что')).toBe('2.5g это что');
  });

  it('leaves "point" that says no decimal, and counts of things, as typed', () => {
    expect(read('one point of view on churn')).toBe('one point of view on churn');
    expect(read('two questions about NPS')).toBe('two questions about nps');
  });

  it('reads a round number with vague units ("sixty-something") as a guess in that decade', () => {
    expect(approximateNumbers(foldText('it was seventy-something percent'))).toEqual([75]);
    expect(approximateNumbers(foldText('chyba czterdzieści parę procent'))).toContain(45);
    expect(approximateNumbers(foldText('там было тридцать с чем-то процентов'))).toEqual([35]);
    expect(approximateNumbers(foldText('около сорока процентов'))).toEqual([40]);
    expect(approximateNumbers(foldText('forty people called'))).toEqual([]);
  });
});

describe('the hint before the spoken-decimal pattern', () => {
  // Words near the pattern's: its number, point and half words, and the words holding their letters (polski, społeczny).
  const words = [
    'two',
    'twenty',
    'six',
    'dwa',
    'pięć',
    'два',
    'трех',
    '2',
    '45',
    'point',
    'points',
    'przecinek',
    'запятая',
    'целых',
    'and',
    'a',
    'half',
    'halfway',
    'i',
    'pół',
    'pol',
    'polski',
    'społeczny',
    'с',
    'половиной',
    'половина',
    'g',
    'gee',
    'джи',
    'customers',
    'klientów',
    '-',
    ',',
    '.',
  ];
  it('passes over no text the pattern would read', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 12 }),
        fc.constantFrom(' ', '  ', '-', ' - '),
        (said, gap) => {
          const folded = foldText(said.join(gap));
          expect(withSpokenDecimals(folded)).toBe(spokenDecimalsRead(folded));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
