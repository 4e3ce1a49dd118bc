// `npx tsx --expose-gc bench/build-phases.ts [entries] [builds]`: where a fresh process's index builds spend their
// time, build after build: each part's CPU (main thread), the CPU of the process's other threads (V8's optimizing
// compiler and GC helpers, which process.cpuUsage counts too), the main thread's wait for a core, and page faults.
// The first build pays for compiling the build's code and for memory new to the process; later ones show the rest.
import os from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { buildIndexData } from '../src/answer/index/build-index-data.js';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { generateKnowledgeBase } from './generate-kb.js';
import { ThreadClock } from './thread-clock.js';

const entries = Number(process.argv[2] ?? 10_000);
const builds = Number(process.argv[3] ?? 3);

/** CPU milliseconds of every thread of this process but the main one (Linux only; NaN elsewhere). */
function otherThreadsCpuMs(): number {
  try {
    let total = 0;
    for (const tid of readdirSync('/proc/self/task')) {
      if (Number(tid) === process.pid) continue;
      const [onCpu] = readFileSync(`/proc/self/task/${tid}/schedstat`, 'latin1').split(' ');
      total += Number(onCpu) / 1e6;
    }
    return total;
  } catch {
    return NaN;
  }
}

const loaded = await loadKnowledgeBase('data/kb');
if (!loaded.ok) throw new Error('data/kb is invalid');
const kb = generateKnowledgeBase(loaded.kb, entries, 20240601);
const clock = new ThreadClock();
const ms = (n: number) => n.toFixed(0);
for (let b = 0; b < builds; b++) {
  globalThis.gc?.();
  const load = os.loadavg()[0] ?? NaN;
  const start = { thread: clock.read(), others: otherThreadsCpuMs(), usage: process.resourceUsage() };
  const t0 = performance.now();
  let last = start.thread?.onCpuMs ?? NaN;
  const parts: string[] = [];
  buildIndexData(kb.entries, kb.topics, (phase) => {
    const now = clock.read()?.onCpuMs ?? NaN;
    parts.push(`${phase} ${ms(now - last)}`);
    last = now;
  });
  const wallMs = performance.now() - t0;
  const end = { thread: clock.read(), others: otherThreadsCpuMs(), usage: process.resourceUsage() };
  const mainMs = (end.thread?.onCpuMs ?? NaN) - (start.thread?.onCpuMs ?? NaN);
  const waitMs = (end.thread?.waitingMs ?? NaN) - (start.thread?.waitingMs ?? NaN);
  console.log(
    `build ${b + 1} of ${entries} entries: ${ms(wallMs)} ms wall; main thread ${ms(mainMs)} ms CPU (${parts.join(', ')}), ` +
      `waited ${ms(waitMs)} ms for a core; other threads ${ms(end.others - start.others)} ms CPU; ` +
      `${end.usage.minorPageFault - start.usage.minorPageFault} page faults, system ` +
      `${ms((end.usage.systemCPUTime - start.usage.systemCPUTime) / 1000)} ms; load ${load.toFixed(2)}`,
  );
}
clock.close();
