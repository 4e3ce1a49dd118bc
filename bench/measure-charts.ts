// Chart rendering cost on the shipped knowledge base: start-up, cold renders, cached look-ups and memory.
import { chartFor } from '../src/charts/chart-spec.js';
import { chartSvg } from '../src/charts/chart-svg.js';
import type { ChartCache as ChartCacheType } from '../src/charts/chart-cache.js';
import type { KnowledgeBase } from '../src/kb/knowledge-base.js';
import { figureIn, LANGS, type Entry, type Lang } from '../src/kb/schema.js';
import { count, markdownTable, mb, ms } from './format.js';
import { median, percentile } from './stats.js';

export interface ChartBench {
  importMs: number;
  pairs: number;
  svgMedianMs: number;
  coldFirstMs: number;
  coldMedianMs: number;
  coldP95Ms: number;
  cachedMedianMs: number;
  cachedLookups: number;
  pngBytesTotal: number;
  pngBytesMax: number;
  heapBytes: number;
  externalBytes: number;
  rssBytes: number;
}

const CACHED_ROUNDS = 200;

function labelsOf(entry: Entry, lang: Lang) {
  return { title: entry.text[lang] ?? '', value: figureIn(entry, lang) ?? '', reference: '1×' };
}

/** Memory after full collections; resvg frees its native memory in finalizers, which run on a later turn. */
async function memory() {
  for (let pass = 0; pass < 3; pass++) {
    globalThis.gc?.();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const m = process.memoryUsage();
  return { heap: m.heapUsed, external: m.external + m.arrayBuffers, rss: m.rss };
}

export async function measureCharts(kb: KnowledgeBase): Promise<ChartBench> {
  const importStart = performance.now();
  // Imported here so that the time to load resvg's native module is measured, as a bot pays it at start-up.
  const [{ ChartCache }, { ChartRenderer }] = await Promise.all([
    import('../src/charts/chart-cache.js'),
    import('../src/charts/chart-renderer.js'),
  ]);
  const importMs = performance.now() - importStart;
  const pairs = kb.entries
    .filter((e) => e.kind === 'statistic' && chartFor(e).chart)
    .flatMap((entry) => LANGS.map((lang) => ({ entry, lang })));

  const svgTimes = pairs.map(({ entry, lang }) => {
    const start = performance.now();
    chartSvg(
      chartFor(entry).chart as NonNullable<ReturnType<typeof chartFor>['chart']>,
      labelsOf(entry, lang),
    );
    return performance.now() - start;
  });

  const before = await memory();
  const cache: ChartCacheType = new ChartCache(new ChartRenderer());
  const coldTimes: number[] = [];
  let pngBytesTotal = 0;
  let pngBytesMax = 0;
  for (const { entry, lang } of pairs) {
    const start = performance.now();
    const image = await cache.chartOf(entry, lang, () => labelsOf(entry, lang));
    coldTimes.push(performance.now() - start);
    pngBytesTotal += image?.png.length ?? 0;
    pngBytesMax = Math.max(pngBytesMax, image?.png.length ?? 0);
  }
  const after = await memory();

  const cachedTimes: number[] = [];
  for (let round = 0; round < CACHED_ROUNDS; round++) {
    const start = performance.now();
    for (const { entry, lang } of pairs) await cache.chartOf(entry, lang, () => labelsOf(entry, lang));
    cachedTimes.push((performance.now() - start) / pairs.length);
  }

  return {
    importMs,
    pairs: pairs.length,
    svgMedianMs: median(svgTimes),
    coldFirstMs: coldTimes[0] ?? Number.NaN,
    coldMedianMs: median(coldTimes),
    coldP95Ms: percentile(coldTimes, 0.95),
    cachedMedianMs: median(cachedTimes),
    cachedLookups: CACHED_ROUNDS * pairs.length,
    pngBytesTotal,
    pngBytesMax,
    heapBytes: after.heap - before.heap,
    externalBytes: after.external - before.external,
    rssBytes: after.rss - before.rss,
  };
}

export function renderChartReport(b: ChartBench): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return [
    `### Charts (${count(b.pairs)} statistic × language pairs of the shipped base, 960 × 480 PNG)`,
    '',
    markdownTable(
      ['step', 'time'],
      [
        ['load resvg and the chart modules (once per process)', ms(b.importMs)],
        ['SVG of one chart, median (hand-built, no resvg)', ms(b.svgMedianMs)],
        ['cold render, first of the process', ms(b.coldFirstMs)],
        ['cold render (SVG + fonts + PNG), median', ms(b.coldMedianMs)],
        ['cold render, p95', ms(b.coldP95Ms)],
        [
          `cached look-up, median (${count(b.cachedLookups)} look-ups)`,
          `${(b.cachedMedianMs * 1000).toFixed(2)} µs`,
        ],
      ],
    ),
    '',
    markdownTable(
      ['memory of a full cache', 'amount'],
      [
        ['PNG bytes, total', kb(b.pngBytesTotal)],
        ['PNG bytes, largest chart', kb(b.pngBytesMax)],
        ['JS heap growth', mb(b.heapBytes)],
        ['external + ArrayBuffer growth (the PNGs)', mb(b.externalBytes)],
        ['RSS growth (incl. resvg native memory)', mb(b.rssBytes)],
      ],
    ),
  ].join('\n');
}
