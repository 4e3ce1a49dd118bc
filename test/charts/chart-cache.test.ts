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

describe('ChartCache', async () => {
  const renderer = new ChartRenderer({ zoom: 0.5 });
  const stat = statisticEntry('stat-86', ['t'], '86%');

  it('renders an entry’s chart once per language and then serves the same image', async () => {
    const cache = new ChartCache(renderer);
    const { calls, labelsFor } = countingLabels();
    const first = await cache.chartOf(stat, 'pl', labelsFor);
    expect(await cache.chartOf(stat, 'pl', labelsFor)).toBe(first);
    expect(calls).toHaveLength(1);
    expect(await cache.chartOf(stat, 'ru', labelsFor)).not.toBe(first);
    expect(calls).toHaveLength(2);
    expect(cache.size).toBe(2);
  });

  it('renders again after clear, e.g. when the knowledge base is reloaded', async () => {
    const cache = new ChartCache(renderer);
    const { calls, labelsFor } = countingLabels();
    const first = await cache.chartOf(stat, 'en', labelsFor);
    cache.clear();
    expect(cache.size).toBe(0);
    const second = await cache.chartOf(stat, 'en', labelsFor);
    expect(second).not.toBe(first);
    expect(second?.png.equals(first?.png ?? Buffer.alloc(0))).toBe(true);
    expect(calls).toHaveLength(2);
  });

  it('draws nothing when made to draw nothing (the console without --chart-dir), without asking for labels', async () => {
    const cache = ChartCache.drawingNothing();
    const { calls, labelsFor } = countingLabels();
    expect(await cache.chartOf(stat, 'pl', labelsFor)).toBeUndefined();
    expect(calls).toHaveLength(0);
    expect(cache.size).toBe(0);
  });

  it('returns nothing for an entry without a chart, without asking for labels', async () => {
    const cache = new ChartCache(renderer);
    const { calls, labelsFor } = countingLabels();
    expect(await cache.chartOf(tipEntry('tip-a', ['t']), 'en', labelsFor)).toBeUndefined();
    expect(
      await cache.chartOf(statisticEntry('stat-money', ['t'], '$4.7 trillion'), 'en', labelsFor),
    ).toBeUndefined();
    expect(calls).toHaveLength(0);
    expect(cache.size).toBe(2);
  });

  it('keeps separate caches apart, since each context holds its own', async () => {
    const a = new ChartCache(renderer);
    const b = new ChartCache(renderer);
    await a.chartOf(stat, 'en', countingLabels().labelsFor);
    expect(b.size).toBe(0);
  });

  it('shares one render between two replies asking for the same chart at once', async () => {
    const cache = new ChartCache(renderer);
    const { calls, labelsFor } = countingLabels();
    const [a, b] = await Promise.all([
      cache.chartOf(stat, 'pl', labelsFor),
      cache.chartOf(stat, 'pl', labelsFor),
    ]);
    expect(a).toBe(b);
    expect(calls).toHaveLength(1);
  });

  it('does not remember a failed render, so the next request renders again', async () => {
    let attempts = 0;
    const failingOnce = {
      render: (spec: ChartSpec, labels: ChartLabels) => {
        attempts++;
        return attempts === 1 ? Promise.reject(new Error('out of memory')) : renderer.render(spec, labels);
      },
    };
    const cache = new ChartCache(failingOnce);
    const { labelsFor } = countingLabels();
    await expect(cache.chartOf(stat, 'en', labelsFor)).rejects.toThrow('out of memory');
    expect(cache.size).toBe(0);
    expect((await cache.chartOf(stat, 'en', labelsFor))?.width).toBe(320);
    expect(attempts).toBe(2);
  });
});
