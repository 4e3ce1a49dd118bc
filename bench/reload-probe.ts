// Watches the event loop during a reload: the longest block, and how long questions arriving meanwhile wait for an answer.
import { PerformanceObserver } from 'node:perf_hooks';
import { median } from './stats.js';
import { ThreadClock, type ThreadTimes } from './thread-clock.js';

/** One stall of the event loop: its length, and how much of it the main thread ran or waited for a CPU. */
export interface Block {
  ms: number;
  onCpuMs: number;
  waitingMs: number;
}

export interface ReloadFigures {
  reloadMs: number;
  /** The longest gap between two runs of a 1 ms interval timer, less that 1 ms: how long the event loop stalled. */
  maxBlockMs: number;
  /** How many gaps exceeded 50 ms. */
  blocksOver50Ms: number;
  /** The longest block split into time on a CPU and time waiting for one (Linux; undefined elsewhere). */
  longest?: Block;
  /**
   * The most time the main thread spent on a CPU within one block: what the process itself did (our code and the
   * garbage collector), whatever the machine's load. Linux only.
   */
  maxOnCpuMs?: number;
  /** How many blocks had the main thread over 50 ms on a CPU. Linux only. */
  blocksOver50MsOnCpu?: number;
  /** The longest garbage collection on the main thread meanwhile: a block no code of ours causes directly. */
  maxGcMs: number;
  /** Questions that arrived during the reload, one every `everyMs`: arrival to answer, median and worst. */
  questions: number;
  questionMedianMs: number;
  questionMaxMs: number;
}

/**
 * Runs `reload` while asking `ask` a question every `everyMs`. A question's arrival is its scheduled time, not
 * when a late timer fired, so the time it waits behind a blocked event loop counts in its latency.
 * (perf_hooks.monitorEventLoopDelay missed a 12 s block in one trial run, so the gaps are measured directly.)
 */
export async function probeReload(
  reload: () => Promise<unknown>,
  ask: (n: number) => void,
  everyMs = 100,
): Promise<ReloadFigures> {
  const latencies: number[] = [];
  const start = performance.now();
  let asked = 0;
  let lastTick = start;
  let maxGap = 0;
  let blocksOver50Ms = 0;
  const clock = new ThreadClock();
  let lastTimes: ThreadTimes | undefined = clock.read();
  let longest: Block | undefined;
  let maxOnCpuMs: number | undefined;
  let blocksOver50MsOnCpu = 0;
  const tick = () => {
    const now = performance.now();
    const gap = now - lastTick - 1;
    const times = clock.read();
    if (times && lastTimes) {
      const onCpuMs = times.onCpuMs - lastTimes.onCpuMs;
      if (gap > maxGap) longest = { ms: gap, onCpuMs, waitingMs: times.waitingMs - lastTimes.waitingMs };
      maxOnCpuMs = Math.max(maxOnCpuMs ?? 0, onCpuMs);
      if (onCpuMs > 50) blocksOver50MsOnCpu++;
    }
    if (gap > maxGap) maxGap = gap;
    if (gap > 50) blocksOver50Ms++;
    while (start + asked * everyMs <= now) {
      ask(asked);
      latencies.push(performance.now() - (start + asked * everyMs));
      asked++;
    }
    lastTick = performance.now();
    lastTimes = clock.read();
  };
  let maxGcMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) maxGcMs = Math.max(maxGcMs, entry.duration);
  });
  gc.observe({ entryTypes: ['gc'] });
  const timer = setInterval(tick, 1);
  await reload();
  tick();
  clearInterval(timer);
  clock.close();
  gc.disconnect();
  return {
    reloadMs: performance.now() - start,
    maxBlockMs: Math.max(0, maxGap),
    blocksOver50Ms,
    ...(longest ? { longest } : {}),
    ...(maxOnCpuMs === undefined ? {} : { maxOnCpuMs, blocksOver50MsOnCpu }),
    maxGcMs,
    questions: latencies.length,
    questionMedianMs: median(latencies),
    questionMaxMs: Math.max(...latencies),
  };
}
