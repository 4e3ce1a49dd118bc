// Renders a chart to PNG in the process with resvg (prebuilt binaries from npm, no browser), with a shipped font only.
// Rendering and PNG encoding run on a worker thread (png-worker.ts): a render takes tens of milliseconds, too long to
// block the event loop that keeps the gateway's heartbeats and other replies going.
import { createRequire } from 'node:module';
import type * as ResvgModule from '@resvg/resvg-js';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { CHART_FONT_FAMILY, chartSvg } from './chart-svg.js';
import { chartFontFiles } from './chart-font.js';
import type { ChartLabels } from './chart-labels.js';
import type { ChartSpec } from './chart-spec.js';
import { PngWorker } from './png-worker.js';

/** A rendered chart: the PNG to attach, its size in pixels, and the SVG it was drawn from. */
export interface ChartImage {
  png: Buffer;
  width: number;
  height: number;
  svg: string;
}

export interface ChartRendererOptions {
  /** Pixels per SVG unit: 1.5 gives a 960 × 480 PNG, sharp in an embed yet small. */
  zoom?: number;
  /** Font files to load instead of the shipped DejaVu Sans (tests use this to prove no system font is used). */
  fontFiles?: string[];
  /**
   * Render on the calling thread instead of the thread pool: the promise then settles within the same turn, so
   * tests with fake timers see a post with its chart as soon as the timer fires. Not for the bot: it blocks.
   */
  onCallingThread?: boolean;
}

export class ChartRenderer {
  private readonly options: ResvgRenderOptions;
  private readonly onCallingThread: boolean;
  private readonly worker: PngWorker;
  /**
   * resvg (a native module, ~7 MB and a libc probe) is loaded at the first render, not at start-up: most starts
   * (the console, a bot that answers no statistic) never draw. `require` rather than `import()`, so that a render
   * on the calling thread still settles within the same turn.
   */
  private resvgModule: typeof ResvgModule | undefined;

  constructor(options: ChartRendererOptions = {}) {
    this.onCallingThread = options.onCallingThread ?? false;
    this.options = {
      // System fonts are never loaded: the labels must look the same wherever the bot runs, and loading is slow.
      font: {
        loadSystemFonts: false,
        fontFiles: options.fontFiles ?? chartFontFiles(),
        defaultFontFamily: CHART_FONT_FAMILY,
        sansSerifFamily: CHART_FONT_FAMILY,
      },
      fitTo: { mode: 'zoom', value: options.zoom ?? 1.5 },
      background: '#ffffff',
    };
    this.worker = new PngWorker(this.options);
  }

  /** The chart of `spec` with the caller's `labels`, as SVG and PNG. */
  render(spec: ChartSpec, labels: ChartLabels): Promise<ChartImage> {
    return this.renderSvg(chartSvg(spec, labels));
  }

  /** Any SVG to PNG with this renderer's fonts and zoom. */
  async renderSvg(svg: string): Promise<ChartImage> {
    // The worker loads resvg in its own thread; this one loads it only to render on the calling thread.
    if (!this.onCallingThread) return { ...(await this.worker.render(svg)), svg };
    const resvg = (this.resvgModule ??= createRequire(import.meta.url)(
      '@resvg/resvg-js',
    ) as typeof ResvgModule);
    const image = new resvg.Resvg(svg, this.options).render();
    return { png: image.asPng(), width: image.width, height: image.height, svg };
  }

  /** Stops the render thread (it never keeps the process alive while idle, so this is for tidy shutdowns). */
  close(): Promise<void> {
    return this.worker.close();
  }
}
