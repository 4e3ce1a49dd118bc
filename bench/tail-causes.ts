// `npx tsx --expose-gc bench/tail-causes.ts [size] [questions.json]`: why the slowest fresh questions are slow. Times
// fresh questions as bench/run.ts does (wall and process CPU), notes the GC pauses overlapping each, then answers
// every question again on fresh engines over the same index (fresh memos, warm code), the cheapest of three: its own
// cost. A question over 2 ms is put down to a GC pause in it, to its own cost, or else to the rest (code deoptimised
// and optimised again, first reads, waiting for a core).
import { PerformanceObserver } from 'node:perf_hooks';
import { readEvalQuestions } from '../src/eval/questions-file.js';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { AnswerEngine } from '../src/answer/answer-engine.js';
import { buildIndexData } from '../src/answer/index/build-index-data.js';
import { SearchIndex } from '../src/answer/search-index.js';
import { namesOf } from '../src/answer/names.js';
import { MODEL } from '../src/answer/ranker.js';
import { freshQuestions } from './fresh-questions.js';
import { generateKnowledgeBase } from './generate-kb.js';
import { timed } from './latency.js';
import { seededRandom } from './prng.js';
import { ENGINE } from './searchers.js';

const SEED = 20240601;
const LIMIT_MS = 2;
const size = Number(process.argv[2] ?? 10000);
const questions = await readEvalQuestions(process.argv[3] ?? 'test/eval/sealed-r19.json');
const loaded = await loadKnowledgeBase('data/kb');
if (!loaded.ok) throw new Error('data/kb is invalid');
// Warm as bench/run.ts does: the shipped base first.
const shipped = ENGINE.build(loaded.kb);
for (let i = 0; i < 2500; i++) shipped(questions[i % questions.length]?.q ?? '');
const kb = generateKnowledgeBase(loaded.kb, size, SEED);
const index = SearchIndex.fromData(kb, buildIndexData(kb.entries, kb.topics));
const names = namesOf(kb);
const engine = new AnswerEngine(kb, MODEL, { index, names });
const gcs: { start: number; end: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcs.push({ start: e.startTime, end: e.startTime + e.duration });
}).observe({ entryTypes: ['gc'] });

const next = freshQuestions(questions, seededRandom(SEED + size));
for (let i = 0; i < 200; i++) engine.answer({ question: next() });
interface Row {
  q: string;
  start: number;
  wall: number;
  cpu: number;
  gc: number;
  own: number;
}
const rows: Row[] = [];
for (let i = 0; i < 2000; i++) {
  const q = next();
  const start = performance.now();
  const { wallMs, cpuMs } = timed(() => engine.answer({ question: q }));
  rows.push({ q, start, wall: wallMs, cpu: cpuMs, gc: 0, own: Infinity });
}
await new Promise((r) => setTimeout(r, 50));
for (const r of rows)
  for (const g of gcs)
    if (g.end > r.start && g.start < r.start + r.wall)
      r.gc += Math.min(g.end, r.start + r.wall) - Math.max(g.start, r.start);
const timedGcs = gcs.filter(
  (g) => g.start >= (rows[0] as Row).start && g.start <= (rows.at(-1) as Row).start,
);
for (let k = 0; k < 3; k++) {
  const fresh = new AnswerEngine(kb, MODEL, { index, names });
  for (const r of rows) r.own = Math.min(r.own, timed(() => fresh.answer({ question: r.q })).cpuMs);
}
const at = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] as number;
const line = (name: string, xs: number[]) =>
  `${name}: median ${at(xs, 0.5).toFixed(3)} p90 ${at(xs, 0.9).toFixed(3)} p99 ${at(xs, 0.99).toFixed(3)} max ${at(xs, 1).toFixed(3)} mean ${(xs.reduce((s, x) => s + x, 0) / xs.length).toFixed(3)}`;
console.log(
  line(
    'wall',
    rows.map((r) => r.wall),
  ),
);
console.log(
  line(
    'cpu',
    rows.map((r) => r.cpu),
  ),
);
console.log(
  line(
    'own (min CPU of 3 fresh engines)',
    rows.map((r) => r.own),
  ),
);
console.log(
  `GCs in the timed loop: ${timedGcs.length}, ${timedGcs.map((g) => (g.end - g.start).toFixed(1)).join(' ')} ms`,
);
for (const [name, of] of [
  ['wall', (r: Row) => r.wall],
  ['cpu', (r: Row) => r.cpu],
] as const) {
  const over = rows.filter((r) => of(r) > LIMIT_MS);
  const withGc = over.filter((r) => r.gc > 0);
  const own = over.filter((r) => r.gc === 0 && r.own > LIMIT_MS);
  console.log(
    `${name} over ${LIMIT_MS} ms: ${over.length}; with a GC pause ${withGc.length}, own cost over ${LIMIT_MS} ms ${own.length}, the rest ${over.length - withGc.length - own.length}`,
  );
}
if (process.argv.includes('--list'))
  for (const r of [...rows].sort((a, b) => b.cpu - a.cpu).slice(0, 30))
    console.log(
      `cpu ${r.cpu.toFixed(2)} wall ${r.wall.toFixed(2)} gc ${r.gc.toFixed(2)} own ${r.own.toFixed(2)} words ${r.q.split(/\s+/).length} ${JSON.stringify(r.q.slice(0, 80))}`,
    );
