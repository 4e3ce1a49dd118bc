// The render thread: the same PNG as rendering on the calling thread, and a bad SVG fails alone.
import { afterEach, describe, expect, it } from 'vitest';
import { ChartRenderer } from '../../src/charts/chart-renderer.js';

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect x="2" y="2" width="30" height="10" fill="#36c"/></svg>';

describe('chart rendering on the worker thread', () => {
  const renderers: ChartRenderer[] = [];
  afterEach(async () => {
    await Promise.all(renderers.map((r) => r.close()));
    renderers.length = 0;
  });

  it('gives the same PNG, size and SVG as the calling thread', async () => {
    const worker = new ChartRenderer({ zoom: 1 });
    const inline = new ChartRenderer({ zoom: 1, onCallingThread: true });
    renderers.push(worker, inline);
    const [a, b] = await Promise.all([worker.renderSvg(SVG), inline.renderSvg(SVG)]);
    expect(a.width).toBe(40);
    expect(a.height).toBe(20);
    expect(a.svg).toBe(SVG);
    expect(Buffer.compare(a.png, b.png)).toBe(0);
    expect(a.png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('rejects a broken SVG with a clear error and keeps rendering the next ones', async () => {
    const renderer = new ChartRenderer({ zoom: 1 });
    renderers.push(renderer);
    const results = await Promise.allSettled([renderer.renderSvg('<svg'), renderer.renderSvg(SVG)]);
    expect(results[0].status).toBe('rejected');
    expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/chart render failed/);
    expect(results[1].status).toBe('fulfilled');
    expect((await renderer.renderSvg(SVG)).width).toBe(40);
  });
});
