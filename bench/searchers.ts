// The compared searches and how much of each the benchmark can afford per knowledge-base size.
import { AnswerEngine } from '../src/answer/answer-engine.js';
import { namesOf } from '../src/answer/names.js';
import { MODEL } from '../src/answer/ranker.js';
import { buildIndexData } from '../src/answer/index/build-index-data.js';
import { SearchIndex } from '../src/answer/search-index.js';
import type { KnowledgeBase } from '../src/kb/knowledge-base.js';
import { engineAnswerer, type Answerer } from './answerer.js';
import { fuseAnswerer } from './fuse-answerer.js';
import type { LatencyOptions } from './latency.js';
import { miniSearchAnswerer } from './minisearch-answerer.js';

export interface Searcher {
  name: string;
  /** `timing` hears the times of the build's parts worth reporting. */
  build: (kb: KnowledgeBase, timing?: (part: string, ms: number) => void) => Answerer;
  /** Timing on the shipped base with the evaluation questions. */
  shipped: LatencyOptions;
  /** Timing with fresh questions on a generated base. */
  generated: LatencyOptions;
  /** A generated size is skipped when its build plus minQueries queries, extrapolated from the size before, exceed this. */
  maxPredictedMs: number;
}

/**
 * Every search, on a generated base, first answers other fresh questions: 4,000, or as many as 6 s allow. The timed
 * questions then meet code the JIT has settled, as in a bot that has run a while; after only 200 the engine's
 * 10,000-entry p99 is ~1 ms higher (V8 still compiling beside the questions: bench/README, "Session 29").
 */
export const STEADY_WARMUP = { warmupQueries: 4000, warmupBudgetMs: 6000 } as const;

export const ENGINE: Searcher = {
  name: 'cs-coach engine',
  // Built as the reload worker will: the index data first, then the engine around it, as AnswerEngine.fromIndexData
  // does; SearchIndex.fromData, the part left on the main thread, is timed on its own (once: the engine takes the
  // index it made rather than making a second one).
  build: (kb, timing) => {
    const data = buildIndexData(kb.entries, kb.topics);
    const t0 = performance.now();
    const index = SearchIndex.fromData(kb, data);
    timing?.('fromData', performance.now() - t0);
    return engineAnswerer(new AnswerEngine(kb, MODEL, { index, names: namesOf(kb) }));
  },
  shipped: { warmupQueries: 500, minQueries: 2000, budgetMs: 10_000 },
  generated: { ...STEADY_WARMUP, minQueries: 2000, budgetMs: 8_000 },
  maxPredictedMs: Infinity,
};

export const MINISEARCH: Searcher = {
  name: 'MiniSearch (fuzzy 0.2, prefix)',
  build: miniSearchAnswerer,
  shipped: { warmupQueries: 50, minQueries: 500, budgetMs: 5_000 },
  generated: { ...STEADY_WARMUP, minQueries: 20, budgetMs: 5_000 },
  maxPredictedMs: 150_000,
};

export const FUSE: Searcher = {
  name: 'Fuse.js (defaults)',
  build: fuseAnswerer,
  // A query takes long: one round of the questions, a few fresh ones on generated bases.
  shipped: { warmupQueries: 3, minQueries: 0, budgetMs: 0 },
  generated: { ...STEADY_WARMUP, minQueries: 3, budgetMs: 5_000 },
  maxPredictedMs: 40_000,
};
