// Rendered charts per entry and language, held by the context and cleared when the knowledge base reloads.
import type { Entry, Lang } from '../kb/schema.js';
import type { ChartLabels } from './chart-labels.js';
import type { ChartRenderer, ChartImage } from './chart-renderer.js';
import { chartFor, type ChartSpec } from './chart-spec.js';

export class ChartCache {
  /**
   * Promises, so that two replies asking for the same chart at once share one render; null remembers "this
   * entry has no chart", so it is not worked out again.
   */
  private readonly images = new Map<string, Promise<ChartImage | null>>();

  /** `renderer` null: a cache that draws nothing (see drawingNothing). */
  constructor(private readonly renderer: Pick<ChartRenderer, 'render'> | null) {}

  /**
   * A cache that never draws: for the console without `--chart-dir`, where an image has nowhere to go, so that
   * answering a statistic neither starts the PNG worker nor loads resvg (several MB and tens of milliseconds).
   */
  static drawingNothing(): ChartCache {
    return new ChartCache(null);
  }

  /**
   * The entry's chart in `lang`, rendered on first use; undefined when its figure gets no chart. `labelsFor`
   * gives the catalog's words for the chart and is called only when the chart is rendered. A failed render is
   * not remembered, so the next call tries again.
   */
  async chartOf(
    entry: Entry,
    lang: Lang,
    labelsFor: (spec: ChartSpec) => ChartLabels,
  ): Promise<ChartImage | undefined> {
    if (!this.renderer) return undefined;
    const key = `${entry.id}\u0000${lang}`;
    let image = this.images.get(key);
    if (image === undefined) {
      const decision = chartFor(entry);
      image = decision.chart
        ? this.renderer.render(decision.chart, labelsFor(decision.chart))
        : Promise.resolve(null);
      this.images.set(key, image);
      image.catch(() => {
        if (this.images.get(key) === image) this.images.delete(key);
      });
    }
    return (await image) ?? undefined;
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
