// One search on one generated knowledge base: build time and memory, and latency of never-seen questions.
import type { KnowledgeBase } from '../src/kb/knowledge-base.js';
import type { Answerer } from './answerer.js';
import { measureBuild } from './heap.js';
import { timeFreshQueries, type Latency } from './latency.js';
import type { Searcher } from './searchers.js';

export interface ScaleRow {
  searcher: string;
  entries: number;
  buildMs?: number;
  buildCpuMs?: number;
  heapBytes?: number;
  externalBytes?: number;
  latency?: Latency;
  /** Times of parts of the build (the engine's fromData). */
  parts?: Record<string, number>;
  /** Why the size was not measured. */
  skipped?: string;
}

/** Measures, or skips when the same search on `previous` (a smaller base) predicts too long a run. */
export function measureAtScale(
  searcher: Searcher,
  kb: KnowledgeBase,
  nextQuestion: () => string,
  previous: ScaleRow | undefined,
): ScaleRow {
  const entries = kb.entries.length;
  if (previous?.buildMs !== undefined && previous.latency) {
    const growth = entries / previous.entries;
    const predicted =
      growth * (previous.buildMs + previous.latency.medianMs * Math.max(1, searcher.generated.minQueries));
    if (predicted > searcher.maxPredictedMs) {
      const perQuery = (growth * previous.latency.medianMs) / 1000;
      return {
        searcher: searcher.name,
        entries,
        skipped: `not run: ~${perQuery.toFixed(1)} s a query, ~${(predicted / 1000).toFixed(0)} s in all (extrapolated)`,
      };
    }
  }
  const parts: Record<string, number> = {};
  const built = measureBuild<Answerer>(() =>
    searcher.build(kb, (part, ms) => {
      parts[part] = ms;
    }),
  );
  const latency = timeFreshQueries(built.value, nextQuestion, searcher.generated);
  return {
    searcher: searcher.name,
    entries,
    buildMs: built.ms,
    buildCpuMs: built.cpuMs,
    heapBytes: built.heapBytes,
    externalBytes: built.externalBytes,
    latency,
    parts,
  };
}
