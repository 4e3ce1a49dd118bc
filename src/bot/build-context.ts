// Builds the base context once: the parts given, plus the chart cache tied to the knowledge base's reloads.
import { ChartCache } from '../charts/chart-cache.js';
import { ChartRenderer } from '../charts/chart-renderer.js';
import type { BaseContext } from './context.js';

export function buildBaseContext(parts: Omit<BaseContext, 'charts'>, charts?: ChartCache): BaseContext {
  const cache = charts ?? new ChartCache(new ChartRenderer());
  // A reload may change a figure or its topic: charts drawn from the old snapshot must not be shown again.
  parts.kb.onSwap(() => cache.clear());
  return { ...parts, charts: cache };
}
