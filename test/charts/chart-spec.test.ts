// Which chart an entry's figure gets, and why some get none.
import { describe, expect, it } from 'vitest';
import { chartFor } from '../../src/charts/chart-spec.js';
import type { Entry } from '../../src/kb/schema.js';
import { statisticEntry, tipEntry } from '../helpers/kb-files.js';

const stat = (figure: Entry['figure']): Entry => ({ ...statisticEntry('stat-x', ['t'], '1%'), figure });

describe('chartFor', () => {
  it('gives a single share a donut and a range of shares a proportion bar', () => {
    expect(chartFor(stat('86%'))).toEqual({
      chart: { kind: 'share', style: 'donut', low: 86, high: 86, qualifier: 'exact' },
    });
    expect(chartFor(stat('60–70%'))).toEqual({
      chart: { kind: 'share', style: 'bar', low: 60, high: 70, qualifier: 'exact' },
    });
  });

  it('gives "1 in 26" in every language a grid of 26 marks', () => {
    expect(chartFor(stat({ pl: '1 na 26', en: '1 in 26', ru: '1 из 26' }))).toEqual({
      chart: { kind: 'one-in', total: 26 },
    });
  });

  it('gives a multiple two bars, a decimal comma in Polish and Russian reading like the English point', () => {
    expect(chartFor(stat('6–7×'))).toEqual({
      chart: { kind: 'multiple', low: 6, high: 7, qualifier: 'exact' },
    });
    expect(chartFor(stat({ pl: '2,6×', en: '2.6×', ru: '2,6×' }))).toEqual({
      chart: { kind: 'multiple', low: 2.6, high: 2.6, qualifier: 'exact' },
    });
  });

  it('gives a small count a row of marks', () => {
    expect(chartFor(stat({ pl: '15 osób', en: '15 people', ru: '15 человек' }))).toEqual({
      chart: { kind: 'count', count: 15, qualifier: 'exact' },
    });
  });

  it('gives no chart to a figure that does not fit one, and says why', () => {
    const reason = (entry: Entry) =>
      'reason' in chartFor(entry) ? (chartFor(entry) as { reason: string }).reason : 'chart';
    expect(reason(tipEntry('tip-x', ['t']))).toBe('no-figure');
    expect(reason(stat({ pl: '~2300 lotów', en: '~2,300 flights', ru: '~2300 рейсов' }))).toBe(
      'too-many-marks',
    );
    expect(reason(stat('1 in 1000'))).toBe('too-many-marks');
    expect(reason(stat('50×'))).toBe('too-many-marks');
    expect(reason(stat('120%'))).toBe('out-of-range');
    expect(reason(stat('0.5×'))).toBe('out-of-range');
    expect(reason(stat({ pl: '4,7 bln $', en: '$4.7 trillion', ru: '4,7 трлн $' }))).toBe('not-chartable');
    expect(reason(stat({ pl: '10 godz. 43 min', en: '10 h 43 min', ru: '10 ч 43 мин' }))).toBe(
      'not-chartable',
    );
    expect(reason(stat('1 → 10'))).toBe('not-chartable');
    expect(reason(stat({ pl: '1 na 26', en: '1 in 25', ru: '1 из 26' }))).toBe('languages-disagree');
  });
});
