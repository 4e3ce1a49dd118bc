// Watches the event loop during a reload: the longest block, and how long questions arriving meanwhile wait for an answer.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { median } from './stats.js';

export interface ReloadFigures {
  reloadMs: number;
  /** The longest the event loop was blocked (a 1 ms timer's worst lateness). */
  maxBlockMs: number;
  /** Questions that arrived during the reload, one every `everyMs`: arrival to answer, median and worst. */
  questions: number;
  questionMedianMs: number;
  questionMaxMs: number;
}

/**
 * Runs `reload` while asking `ask` a question every `everyMs`. A question's arrival is its scheduled time, not
 * when a late timer fired, so the time it waits behind a blocked event loop counts in its latency.
 */
export async function probeReload(
  reload: () => Promise<unknown>,
  ask: (n: number) => void,
  everyMs = 100,
): Promise<ReloadFigures> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  const latencies: number[] = [];
  const start = performance.now();
  let asked = 0;
  const askDue = () => {
    while (start + asked * everyMs <= performance.now()) {
      ask(asked);
      latencies.push(performance.now() - (start + asked * everyMs));
      asked++;
    }
  };
  const timer = setInterval(askDue, 1);
  histogram.enable();
  await reload();
  const reloadMs = performance.now() - start;
  histogram.disable();
  clearInterval(timer);
  askDue();
  return {
    reloadMs,
    maxBlockMs: histogram.max / 1e6,
    questions: latencies.length,
    questionMedianMs: median(latencies),
    questionMaxMs: Math.max(...latencies),
  };
}
