// Rendered charts per entry and language, held by the context and cleared when the knowledge base reloads.
import type { Entry, Lang } from '../kb/schema.js';
import type { ChartLabels } from './chart-labels.js';
import type { ChartRenderer, ChartImage } from './chart-renderer.js';
import { chartFor, type ChartSpec } from './chart-spec.js';

export class ChartCache {
  /** null remembers "this entry has no chart", so it is not worked out again. */
  private readonly images = new Map<string, ChartImage | null>();

  constructor(private readonly renderer: ChartRenderer) {}

  /**
   * The entry's chart in `lang`, rendered on first use; undefined when its figure gets no chart. `labelsFor`
   * gives the catalog's words for the chart and is called only when the chart is rendered.
   */
  chartOf(entry: Entry, lang: Lang, labelsFor: (spec: ChartSpec) => ChartLabels): ChartImage | undefined {
    const key = `${entry.id}\u0000${lang}`;
    const cached = this.images.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const decision = chartFor(entry);
    const image = decision.chart ? this.renderer.render(decision.chart, labelsFor(decision.chart)) : null;
    this.images.set(key, image);
    return image ?? undefined;
  }

  /** Forgets every chart, e.g. after a reload changed the figures or the catalog. */
  clear(): void {
    this.images.clear();
  }

  /** How many (entry, language) pairs are remembered, with or without a chart. */
  get size(): number {
    return this.images.size;
  }
}
