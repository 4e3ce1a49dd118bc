// `npx tsx --expose-gc bench/tail-probe.ts [size] [questions.json]`: where the slowest fresh questions spend their time
// (search, pair scan, the rest; GC pauses overlapping them), as bench/run.ts times them, then each slow one again.
import { PerformanceObserver } from 'node:perf_hooks';
import { readEvalQuestions } from '../src/eval/questions-file.js';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { SearchIndex } from '../src/answer/search-index.js';
import { freshQuestions } from './fresh-questions.js';
import { generateKnowledgeBase } from './generate-kb.js';
import { seededRandom } from './prng.js';
import { ENGINE } from './searchers.js';
import { measureBuild } from './heap.js';

const SEED = 20240601;
const size = Number(process.argv[2] ?? 10000);
const questions = await readEvalQuestions(process.argv[3] ?? 'test/eval/sealed-r17.json');
const loaded = await loadKnowledgeBase('data/kb');
if (!loaded.ok) throw new Error('data/kb is invalid');
// Warm as bench/run.ts does: the shipped base first.
const shipped = ENGINE.build(loaded.kb);
for (let i = 0; i < 2500; i++) shipped(questions[i % questions.length]?.q ?? '');
const kb = generateKnowledgeBase(loaded.kb, size, SEED);
const built = measureBuild(() => ENGINE.build(kb));
console.log(`build ${built.ms.toFixed(0)} ms wall, ${built.cpuMs.toFixed(0)} CPU`);
const answer = built.value;

let findMs = 0;
let pairMs = 0;
const proto = SearchIndex.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
for (const [name, add] of [
  ['find', (ms: number) => (findMs += ms)],
  ['pairShares', (ms: number) => (pairMs += ms)],
] as const) {
  const original = proto[name] as (...a: unknown[]) => unknown;
  proto[name] = function (this: unknown, ...a: unknown[]) {
    const t0 = performance.now();
    const r = original.apply(this, a);
    add(performance.now() - t0);
    return r;
  };
}
const gcs: { start: number; end: number; kind: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    gcs.push({
      start: e.startTime,
      end: e.startTime + e.duration,
      kind: (e as unknown as { detail: { kind: number } }).detail.kind,
    });
}).observe({ entryTypes: ['gc'] });

const next = freshQuestions(questions, seededRandom(SEED + size));
for (let i = 0; i < 200; i++) answer(next());
interface Row {
  q: string;
  start: number;
  ms: number;
  find: number;
  pair: number;
}
const rows: Row[] = [];
const t00 = performance.now();
while (rows.length < 2000 || performance.now() - t00 < 0) {
  const q = next();
  findMs = 0;
  pairMs = 0;
  const t0 = performance.now();
  answer(q);
  const ms = performance.now() - t0;
  rows.push({ q, start: t0, ms, find: findMs, pair: pairMs });
}
await new Promise((r) => setTimeout(r, 50));
const sorted = [...rows].sort((a, b) => a.ms - b.ms);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.ms;
console.log(
  `median ${pct(0.5).toFixed(3)} p90 ${pct(0.9).toFixed(3)} p99 ${pct(0.99).toFixed(3)} max ${pct(1).toFixed(3)}`,
);
const gcIn = (r: Row) =>
  gcs
    .filter((g) => g.end > r.start && g.start < r.start + r.ms)
    .map((g) => `${g.kind}:${(g.end - g.start).toFixed(2)}`)
    .join(' ');
const timedGcs = gcs.filter((g) => g.start >= rows[0]!.start);
console.log(
  `GCs during timed: ${timedGcs.length} (${timedGcs.map((g) => `${g.kind}:${(g.end - g.start).toFixed(1)}`).join(' ')})`,
);
const mean = (f: (r: Row) => number, rs: Row[]) => rs.reduce((s, r) => s + f(r), 0) / rs.length;
console.log(
  `mean all: total ${mean((r) => r.ms, rows).toFixed(3)} find ${mean((r) => r.find, rows).toFixed(3)} pair ${mean((r) => r.pair, rows).toFixed(3)}`,
);
const slow = sorted.slice(-40).reverse();
console.log(
  `mean slowest 40: total ${mean((r) => r.ms, slow).toFixed(3)} find ${mean((r) => r.find, slow).toFixed(3)} pair ${mean((r) => r.pair, slow).toFixed(3)}`,
);
for (const r of slow) {
  const again: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    answer(r.q);
    again.push(performance.now() - t0);
  }
  console.log(
    `${r.ms.toFixed(2)} find ${r.find.toFixed(2)} pair ${r.pair.toFixed(2)} again ${again.map((a) => a.toFixed(2)).join('/')} gc[${gcIn(r)}] len ${r.q.length} ${JSON.stringify(r.q.slice(0, 90))}`,
  );
}
