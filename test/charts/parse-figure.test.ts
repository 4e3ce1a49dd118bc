// Reading figures as the knowledge base writes them in Polish, English and Russian.
import { describe, expect, it } from 'vitest';
import { parseFigure, sameFigure } from '../../src/figures/parse-figure.js';

describe('parseFigure', () => {
  it('reads a share with or without a space before the percent sign', () => {
    for (const figure of ['86%', '86 %', '86\u00a0%', '86\u202f%']) {
      expect(parseFigure(figure)).toEqual({ shape: 'percent', low: 86, high: 86, qualifier: 'exact' });
    }
  });

  it('reads a range of shares written with an en dash or a hyphen', () => {
    expect(parseFigure('60–70%')).toEqual({ shape: 'percent', low: 60, high: 70, qualifier: 'exact' });
    expect(parseFigure('5-20 %')).toEqual({ shape: 'percent', low: 5, high: 20, qualifier: 'exact' });
  });

  it('keeps "about" and "more than" as qualifiers', () => {
    expect(parseFigure('~4%')).toMatchObject({ shape: 'percent', low: 4, qualifier: 'about' });
    expect(parseFigure('>50%')).toMatchObject({ shape: 'percent', low: 50, qualifier: 'more-than' });
    expect(parseFigure('co najmniej 150 mln $')).toMatchObject({ shape: 'money', qualifier: 'more-than' });
  });

  it('reads a multiple with a decimal comma the same as with a decimal point', () => {
    expect(parseFigure('2,6×')).toEqual({ shape: 'multiple', low: 2.6, high: 2.6, qualifier: 'exact' });
    expect(sameFigure(parseFigure('2,6×'), parseFigure('2.6×'))).toBe(true);
    expect(parseFigure('6–7×')).toEqual({ shape: 'multiple', low: 6, high: 7, qualifier: 'exact' });
  });

  it('reads "1 in 26" in all three languages as the same ratio', () => {
    const [pl, en, ru] = ['1 na 26', '1 in 26', '1 из 26'].map(parseFigure);
    expect(en).toEqual({ shape: 'one-in', low: 26, high: 26, qualifier: 'exact' });
    expect(sameFigure(pl!, en!) && sameFigure(ru!, en!)).toBe(true);
  });

  it('reads a count with its unit word in any language, with English thousands commas', () => {
    expect(parseFigure('15 osób')).toEqual({ shape: 'count', low: 15, high: 15, qualifier: 'exact' });
    expect(parseFigure('15 человек')).toEqual(parseFigure('15 people'));
    expect(parseFigure('~2,300 flights')).toEqual({
      shape: 'count',
      low: 2300,
      high: 2300,
      qualifier: 'about',
    });
    expect(parseFigure('~2300 lotów')).toEqual(parseFigure('~2,300 flights'));
  });

  it('reads money with its scale word, Polish "bln" being a trillion', () => {
    const en = parseFigure('$4.7 trillion');
    expect(en).toEqual({ shape: 'money', low: 4.7e12, high: 4.7e12, qualifier: 'exact' });
    expect(parseFigure('4,7 bln $')).toEqual(en);
    expect(parseFigure('4,7 трлн $')).toEqual(en);
    expect(parseFigure('~1 mld $')).toEqual(parseFigure('~$1 billion'));
  });

  it('calls durations and comparisons "other", and two "other" figures are never the same', () => {
    for (const figure of ['10 h 43 min', '10 godz. 43 min', '1 → 10', '6 vs 6,000', '']) {
      expect(parseFigure(figure).shape).toBe('other');
    }
    expect(sameFigure(parseFigure('1 → 10'), parseFigure('1 → 10'))).toBe(false);
  });
});
