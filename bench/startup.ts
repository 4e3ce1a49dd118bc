// Start-up benchmark: from spawning the compiled bot (`node dist/src/main.js`, console mode, shipped knowledge base)
// to its first console reply, and its resident memory then (peak RSS, from /proc). Targets: under 1 s, under 100 MB.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = path.join(ROOT, 'dist', 'src', 'main.js');
const RUNS = 5;
const TARGET_MS = 1000;
const TARGET_MB = 100;

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

/** One start: milliseconds to the first reply line, and the peak RSS in MB at that moment. */
function startOnce(question: string): Promise<{ ms: number; rssMb: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [ENTRY], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        KB_DIR: path.join(ROOT, 'data', 'kb'),
        STATE_FILE: path.join(mkdtempSync(path.join(tmpdir(), 'cs-coach-bench-')), 'state.json'),
        LANG: 'C',
      },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    child.stdin.write(`${question}\n`);
    child.stdout.once('data', () => {
      const ms = performance.now() - started;
      const rssMb = peakRssMb(child.pid!);
      child.stdin.end();
      child.once('exit', () => resolve({ ms, rssMb }));
    });
    child.once('error', reject);
  });
}

if (!existsSync(ENTRY)) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
const results: { ms: number; rssMb: number }[] = [];
for (let i = 0; i < RUNS; i++) results.push(await startOnce('/ask ile klientow narzeka?'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = median(results.map((r) => r.ms));
const rss = Math.max(...results.map((r) => r.rssMb));
console.log('Start-up (compiled, console mode, shipped knowledge base), %d runs:', RUNS);
console.log(
  `  start to first reply, median  ${ms.toFixed(0)} ms   (target < ${TARGET_MS} ms)  ${ms < TARGET_MS ? 'ok' : 'OVER'}`,
);
console.log(
  `  peak RSS, worst run          ${rss.toFixed(1)} MB  (target < ${TARGET_MB} MB)  ${rss < TARGET_MB ? 'ok' : 'OVER'}`,
);
console.log(
  `  every run: ${results.map((r) => `${r.ms.toFixed(0)} ms / ${r.rssMb.toFixed(0)} MB`).join(', ')}`,
);
