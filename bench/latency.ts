// Times queries one by one: the evaluation set repeated (shipped base), or fresh never-seen questions (generated).
import type { EvalQuestion } from '../src/eval/evaluate.js';
import type { Answerer } from './answerer.js';
import { median, percentile } from './stats.js';

/**
 * Wall-clock and CPU time per query. On a shared machine a query can wait for a core, which only wall time shows;
 * CPU time (process.cpuUsage, microseconds, all threads of the process) is what the query itself costs.
 */
export interface Latency {
  medianMs: number;
  p99Ms: number;
  cpuMedianMs: number;
  cpuP99Ms: number;
  queries: number;
}

/** Runs `fn`, returning its wall and CPU milliseconds. */
export function timed<T>(fn: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { value, wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

class Samples {
  readonly wall: number[] = [];
  readonly cpu: number[] = [];

  time<T>(fn: () => T): T {
    const { value, wallMs, cpuMs } = timed(fn);
    this.wall.push(wallMs);
    this.cpu.push(cpuMs);
    return value;
  }

  latency(): Latency {
    return {
      medianMs: median(this.wall),
      p99Ms: percentile(this.wall, 0.99),
      cpuMedianMs: median(this.cpu),
      cpuP99Ms: percentile(this.cpu, 0.99),
      queries: this.wall.length,
    };
  }
}

export interface LatencyOptions {
  /** Untimed queries first, to warm the JIT... */
  warmupQueries: number;
  /** ...stopping early once this much time is spent on them (a slow search on a large base). */
  warmupBudgetMs?: number;
  /** Stop repeating once this many queries are timed... */
  minQueries: number;
  /** ...or once this much time is spent; the whole set (or one fresh query) is always timed at least once. */
  budgetMs: number;
}

export interface Timed {
  latency: Latency;
  /** The top answers of the first timed round, in question order (null = declined). */
  answers: (string | null)[];
}

export function timeQueries(answer: Answerer, questions: EvalQuestion[], options: LatencyOptions): Timed {
  for (let i = 0; i < options.warmupQueries; i++) answer(questions[i % questions.length]?.q ?? '');
  const samples = new Samples();
  const answers: (string | null)[] = [];
  const start = performance.now();
  do {
    for (const q of questions) {
      const top = samples.time(() => answer(q.q));
      if (answers.length < questions.length) answers.push(top);
    }
  } while (samples.wall.length < options.minQueries && performance.now() - start < options.budgetMs);
  return { latency: samples.latency(), answers };
}

/** Times `next()` questions, each new, so nothing the process remembers helps the search. */
export function timeFreshQueries(answer: Answerer, next: () => string, options: LatencyOptions): Latency {
  const warmupStart = performance.now();
  const warmupBudgetMs = options.warmupBudgetMs ?? Infinity;
  for (let i = 0; i < options.warmupQueries && performance.now() - warmupStart < warmupBudgetMs; i++)
    answer(next());
  const samples = new Samples();
  const start = performance.now();
  do {
    const question = next();
    samples.time(() => answer(question));
  } while (samples.wall.length < options.minQueries && performance.now() - start < options.budgetMs);
  return samples.latency();
}
