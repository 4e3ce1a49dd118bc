// The per-(entry, language) chart cache: renders once, remembers entries without a chart, forgets on clear.
import { describe, expect, it } from 'vitest';
import { ChartCache } from '../../src/charts/chart-cache.js';
import { ChartRenderer } from '../../src/charts/chart-renderer.js';
import type { ChartSpec } from '../../src/charts/chart-spec.js';
import type { ChartLabels } from '../../src/charts/chart-labels.js';
import { statisticEntry, tipEntry } from '../helpers/kb-files.js';

function countingLabels() {
  const calls: ChartSpec[] = [];
  const labelsFor = (spec: ChartSpec): ChartLabels => {
    calls.push(spec);
    return { title: 'Skargi', value: '86%' };
  };
  return { calls, labelsFor };
}

describe('ChartCache', () => {
  const renderer = new ChartRenderer({ zoom: 0.5 });
  const stat = statisticEntry('stat-86', ['t'], '86%');

  it('renders an entry’s chart once per language and then serves the same image', () => {
    const cache = new ChartCache(renderer);
    const { calls, labelsFor } = countingLabels();
    const first = cache.chartOf(stat, 'pl', labelsFor);
    expect(cache.chartOf(stat, 'pl', labelsFor)).toBe(first);
    expect(calls).toHaveLength(1);
    expect(cache.chartOf(stat, 'ru', labelsFor)).not.toBe(first);
    expect(calls).toHaveLength(2);
    expect(cache.size).toBe(2);
  });

  it('renders again after clear, e.g. when the knowledge base is reloaded', () => {
    const cache = new ChartCache(renderer);
    const { calls, labelsFor } = countingLabels();
    const first = cache.chartOf(stat, 'en', labelsFor);
    cache.clear();
    expect(cache.size).toBe(0);
    const second = cache.chartOf(stat, 'en', labelsFor);
    expect(second).not.toBe(first);
    expect(second?.png.equals(first?.png ?? Buffer.alloc(0))).toBe(true);
    expect(calls).toHaveLength(2);
  });

  it('returns nothing for an entry without a chart, without asking for labels', () => {
    const cache = new ChartCache(renderer);
    const { calls, labelsFor } = countingLabels();
    expect(cache.chartOf(tipEntry('tip-a', ['t']), 'en', labelsFor)).toBeUndefined();
    expect(
      cache.chartOf(statisticEntry('stat-money', ['t'], '$4.7 trillion'), 'en', labelsFor),
    ).toBeUndefined();
    expect(calls).toHaveLength(0);
    expect(cache.size).toBe(2);
  });

  it('keeps separate caches apart, since each context holds its own', () => {
    const a = new ChartCache(renderer);
    const b = new ChartCache(renderer);
    a.chartOf(stat, 'en', countingLabels().labelsFor);
    expect(b.size).toBe(0);
  });
});
