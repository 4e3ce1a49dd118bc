// Every statistic of the shipped knowledge base gets a valid PNG in every language, or is known to have no chart.
import { beforeAll, describe, expect, it } from 'vitest';
import { ChartCache } from '../../src/charts/chart-cache.js';
import { ChartRenderer } from '../../src/charts/chart-renderer.js';
import { chartFor, type NoChartReason } from '../../src/charts/chart-spec.js';
import { chartSvg } from '../../src/charts/chart-svg.js';
import { escapeXml } from '../../src/charts/svg-text.js';
import { pngSize } from '../../src/charts/png-size.js';
import type { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { figureIn, LANGS } from '../../src/kb/schema.js';
import { loadShippedKb } from '../fixtures/engines.js';

/** Discord's smallest attachment limit (servers without boosts). */
const DISCORD_ATTACHMENT_LIMIT = 8 * 1024 * 1024;

/** The statistics that get no chart, and why: the figure says it, and a chart would add nothing true. */
const KNOWN_WITHOUT_CHART: Record<string, NoChartReason> = {
  'stat-4-7-trillion-lost-yearly-s002a': 'not-chartable', // money
  'stat-united-airlines-1-billion-market-value-s002a': 'not-chartable', // money
  'stat-delta-2016-150-million-lost-s002a': 'not-chartable', // money
  'stat-zappos-call-10-hours-43-minutes-s002a': 'not-chartable', // a duration
  'stat-one-bad-service-loses-10-customers-s000': 'not-chartable', // "1 → 10", a consequence, not a ratio
  'stat-delta-2016-2300-flights-cancelled-s002a': 'too-many-marks', // 2,300 marks would read as grey noise
};

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadShippedKb();
});

describe('charts of the shipped knowledge base', () => {
  it('gives every statistic a PNG under the attachment limit, and its SVG in pl, en and ru, or a known reason for none', async () => {
    const cache = new ChartCache(new ChartRenderer());
    const statistics = kb.ofKind('statistic');
    expect(statistics.length).toBeGreaterThan(30);
    let rendered = 0;
    for (const entry of statistics) {
      const decision = chartFor(entry);
      if (!decision.chart) {
        expect({ id: entry.id, reason: decision.reason }).toEqual({
          id: entry.id,
          reason: KNOWN_WITHOUT_CHART[entry.id],
        });
        continue;
      }
      expect(KNOWN_WITHOUT_CHART[entry.id], entry.id).toBeUndefined();
      // A PNG in one language per statistic, in turn (rendering is the slow part); the SVG in all three.
      const pngLang = LANGS[rendered % LANGS.length] ?? 'en';
      for (const lang of LANGS) {
        const labels = { title: entry.text[lang] ?? '', value: figureIn(entry, lang) ?? '', reference: '1×' };
        expect(chartSvg(decision.chart, labels)).toContain(`>${escapeXml(labels.value)}</text>`);
        if (lang !== pngLang) continue;
        const image = await cache.chartOf(entry, lang, () => labels);
        expect(image, `${entry.id} ${lang}`).toBeDefined();
        const png = image?.png ?? Buffer.alloc(0);
        expect(pngSize(png), `${entry.id} ${lang}`).toEqual({ width: 960, height: 480 });
        expect(png.length).toBeLessThan(DISCORD_ATTACHMENT_LIMIT);
      }
      rendered++;
    }
    expect(rendered).toBe(statistics.length - Object.keys(KNOWN_WITHOUT_CHART).length);
  }, 120_000);

  it('lists only statistics that exist, so the list of charts left out cannot go stale', () => {
    for (const id of Object.keys(KNOWN_WITHOUT_CHART)) expect(kb.entry(id)?.kind, id).toBe('statistic');
  });
});
