// Times every question one by one after a warm-up, repeating the set until enough queries are timed or time runs out.
import type { EvalQuestion } from '../src/eval/evaluate.js';
import type { Answerer } from './answerer.js';
import { median, percentile } from './stats.js';

export interface Latency {
  medianMs: number;
  p99Ms: number;
  queries: number;
}

export interface LatencyOptions {
  /** Untimed queries first (cycling through the set), to warm the JIT and caches. */
  warmupQueries: number;
  /** Stop repeating the set once this many queries are timed... */
  minQueries: number;
  /** ...or once this much time is spent; the whole set is always timed at least once. */
  budgetMs: number;
}

export interface Timed {
  latency: Latency;
  /** The top answers of the first timed round, in question order (null = declined). */
  answers: (string | null)[];
}

export function timeQueries(answer: Answerer, questions: EvalQuestion[], options: LatencyOptions): Timed {
  for (let i = 0; i < options.warmupQueries; i++) answer(questions[i % questions.length]?.q ?? '');
  const samples: number[] = [];
  const answers: (string | null)[] = [];
  const start = performance.now();
  do {
    for (const q of questions) {
      const t0 = performance.now();
      const top = answer(q.q);
      samples.push(performance.now() - t0);
      if (answers.length < questions.length) answers.push(top);
    }
  } while (samples.length < options.minQueries && performance.now() - start < options.budgetMs);
  return {
    latency: { medianMs: median(samples), p99Ms: percentile(samples, 0.99), queries: samples.length },
    answers,
  };
}
