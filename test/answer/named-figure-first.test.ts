// A figure named puts the statistic stating it in its headline before a close first one that does not state it.
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../src/answer/evidence.js';
import { namedFigureFirst } from '../../src/answer/named-figure-first.js';
import { minimalStatistic } from '../fixtures/kb-fixtures.js';

interface Row {
  hit: { entry: ReturnType<typeof minimalStatistic> };
  probability: number;
  features: number[];
}

function row(id: string, probability: number, set: Partial<Record<(typeof FEATURES)[number], number>>): Row {
  const features = FEATURES.map((name) => set[name] ?? 0);
  return { hit: { entry: minimalStatistic(id) }, probability, features };
}
const lift = (c: Row, probability: number): Row => ({ ...c, probability });
const ids = (rows: Row[]) => rows.map((r) => r.hit.entry.id);

describe('a named figure', () => {
  const missing = row('stat-40-percent', 0.644, { figureMissing: 1 });
  const stating = row('stat-76-percent', 0.635, { figureHeadline: 1 });
  const other = row('stat-68-percent', 0.01, { figureMissing: 1 });

  it('puts the close statistic stating it first, at the first one’s probability', () => {
    const ranked = namedFigureFirst([missing, stating, other], true, lift);
    expect(ids(ranked)).toEqual(['stat-76-percent', 'stat-40-percent', 'stat-68-percent']);
    expect(ranked[0]?.probability).toBe(0.644);
  });

  it('leaves the order in a dispute, when the first states it, or when the one stating it is far behind', () => {
    expect(ids(namedFigureFirst([missing, stating], false, lift))).toEqual([
      'stat-40-percent',
      'stat-76-percent',
    ]);
    const first = row('stat-76-first', 0.7, { figureHeadline: 1 });
    expect(ids(namedFigureFirst([first, missing], true, lift))).toEqual(['stat-76-first', 'stat-40-percent']);
    const far = row('stat-76-far', 0.3, { figureHeadline: 1 });
    expect(ids(namedFigureFirst([missing, far], true, lift))).toEqual(['stat-40-percent', 'stat-76-far']);
  });
});
