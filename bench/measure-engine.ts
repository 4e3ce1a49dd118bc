// Build time, heap and query latency of the answer engine over one knowledge base.
import { AnswerEngine } from '../src/answer/answer-engine.js';
import type { EvalQuestion } from '../src/eval/evaluate.js';
import type { KnowledgeBase } from '../src/kb/knowledge-base.js';
import { engineAnswerer } from './answerer.js';
import { heapDelta } from './heap.js';
import { timeQueries, type LatencyOptions, type Timed } from './latency.js';
import { median } from './stats.js';

export interface EngineRun {
  entries: number;
  /** How many builds the build time is the median of. */
  builds: number;
  buildMs: number;
  heapBytes: number;
  timed: Timed;
  engine: AnswerEngine;
}

/**
 * The first build is measured for heap; with `extraBuilds` > 0 it only warms up and the build time is the median
 * of the extra builds, else it is that first build's time.
 */
export function measureEngine(
  kb: KnowledgeBase,
  questions: EvalQuestion[],
  extraBuilds: number,
  latencyOptions: LatencyOptions,
): EngineRun {
  let firstMs = 0;
  const { value: engine, bytes } = heapDelta(() => {
    const t0 = performance.now();
    const built = new AnswerEngine(kb);
    firstMs = performance.now() - t0;
    return built;
  });
  const times: number[] = [];
  for (let i = 0; i < extraBuilds; i++) {
    const t0 = performance.now();
    new AnswerEngine(kb);
    times.push(performance.now() - t0);
  }
  const timed = timeQueries(engineAnswerer(engine), questions, latencyOptions);
  return {
    entries: kb.entries.length,
    builds: Math.max(1, extraBuilds),
    buildMs: extraBuilds > 0 ? median(times) : firstMs,
    heapBytes: bytes,
    timed,
    engine,
  };
}
