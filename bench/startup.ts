// Start-up benchmark: from spawning the compiled bot (`node dist/src/main.js`, console mode, shipped knowledge base)
// to its first console reply, and its resident memory then (peak RSS, from /proc). Targets: under 1 s, under 100 MB.
// Starts with an empty index cache (the first start builds and stores the index, later ones read it), and with the
// cache off (every start builds), so that both paths are reported; CPU time (user + system, from /proc) beside wall
// time, since on a shared machine wall time is mostly waiting for a core.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFlags } from './start-flags.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = path.join(ROOT, 'dist', 'src', 'main.js');
const START_FLAGS = startFlags(ROOT);
const RUNS = 5;
const TARGET_MS = 1000;
const TARGET_MB = 100;

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** CPU milliseconds (user + system) the process has used, from /proc/<pid>/stat (clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface Start {
  ms: number;
  cpuMs: number;
  rssMb: number;
}

/** One start: milliseconds to the first reply line, and the peak RSS in MB at that moment. */
function startOnce(question: string, indexCacheDir: string): Promise<Start> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...START_FLAGS, ENTRY], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        KB_DIR: path.join(ROOT, 'data', 'kb'),
        STATE_FILE: path.join(mkdtempSync(path.join(tmpdir(), 'cs-coach-bench-')), 'state.json'),
        LANG: 'C',
        INDEX_CACHE_DIR: indexCacheDir,
      },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    child.stdin.write(`${question}\n`);
    child.stdout.once('data', () => {
      const ms = performance.now() - started;
      const rssMb = peakRssMb(child.pid!);
      const cpu = cpuMs(child.pid!);
      child.stdin.end();
      child.once('exit', () => resolve({ ms, cpuMs: cpu, rssMb }));
    });
    child.once('error', reject);
  });
}

// Always compiled first: a dist/ left from older sources would measure old code.
execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
const QUESTION = '/ask ile klientow narzeka?';
const cacheDir = path.join(mkdtempSync(path.join(tmpdir(), 'cs-coach-bench-index-')), 'cache');
const cold = await startOnce(QUESTION, cacheDir);
const cached: Start[] = [];
for (let i = 0; i < RUNS; i++) cached.push(await startOnce(QUESTION, cacheDir));
const uncached: Start[] = [];
for (let i = 0; i < 3; i++) uncached.push(await startOnce(QUESTION, 'off'));
rmSync(path.dirname(cacheDir), { recursive: true, force: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const line = (name: string, runs: Start[]) => {
  const ms = median(runs.map((r) => r.ms));
  const cpu = median(runs.map((r) => r.cpuMs));
  const rss = Math.max(...runs.map((r) => r.rssMb));
  return `  ${name.padEnd(34)} ${ms.toFixed(0).padStart(5)} ms wall  ${cpu.toFixed(0).padStart(5)} ms CPU  ${rss.toFixed(1).padStart(6)} MB peak RSS  (${ms < TARGET_MS ? 'ok' : 'OVER'} / ${rss < TARGET_MB ? 'ok' : 'OVER'})`;
};
console.log(
  `Start-up (compiled, console mode, shipped knowledge base): start to first reply (median) and peak RSS (worst); targets < ${TARGET_MS} ms, < ${TARGET_MB} MB`,
);
console.log(line(`index from the cache, ${RUNS} runs`, cached));
console.log(line('first start (builds, stores), 1 run', [cold]));
console.log(line('INDEX_CACHE_DIR=off, 3 runs', uncached));
console.log(`  load average now: ${loadavg()[0]!.toFixed(1)} (2 cores)`);
