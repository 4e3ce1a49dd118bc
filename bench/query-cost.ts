// `npx tsx --expose-gc bench/query-cost.ts [size] [questions.json] [--count=N] [--profile=FILE] [--only=i,j]`: what
// fresh questions cost on their own, in load-independent terms. Builds the generated base (its index kept in
// /tmp between runs, keyed by size), warms the code as bench/run.ts does, then answers N fresh questions (the bench's
// seed) on one engine as the bench does and prints, per question, the bytes it allocated (heap used before and after,
// with the young generation made large enough that no scavenge falls inside a question) and its CPU time.
// `--profile=FILE` writes a CPU profile of the timed loop; `--only=i,j` answers only those questions of the sequence
// (after the same warm-up), for `valgrind --tool=callgrind` runs of single slow questions.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import v8 from 'node:v8';
import { AnswerEngine } from '../src/answer/answer-engine.js';
import { buildIndexData } from '../src/answer/index/build-index-data.js';
import { decodeIndexSnapshot, encodeIndexSnapshot } from '../src/answer/index/index-snapshot.js';
import { namesOf } from '../src/answer/names.js';
import { MODEL } from '../src/answer/ranker.js';
import { COUNTRIES } from '../src/answer/countries.js';
import { entryFigures } from '../src/answer/figure-evidence.js';
import { ASKED_VALUES } from '../src/answer/asked-values.js';
import { SearchIndex } from '../src/answer/search-index.js';
import { readEvalQuestions } from '../src/eval/questions-file.js';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { freshQuestions } from './fresh-questions.js';
import { generateKnowledgeBase } from './generate-kb.js';
import { timed } from './latency.js';
import { seededRandom } from './prng.js';

const SEED = 20240601;
const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const [sizeArg, questionFile] = args.filter((a) => !a.startsWith('--'));
const size = Number(sizeArg ?? 10000);
const count = Number(option('count') ?? 2000);
const only = option('only')?.split(',').map(Number);
const warm = Number(option('warm') ?? 2500);

const questions = await readEvalQuestions(questionFile ?? 'test/eval/sealed-r20.json');
const loaded = await loadKnowledgeBase('data/kb');
if (!loaded.ok) throw new Error('data/kb is invalid');
const kb = generateKnowledgeBase(loaded.kb, size, SEED);
// The index of a generated base depends on the index code: the cache is for repeated runs of one tree only.
const cacheFile = option('index-cache');
const key = `query-cost ${size}`;
let snapshot =
  cacheFile && existsSync(cacheFile) ? decodeIndexSnapshot(readFileSync(cacheFile), key) : undefined;
if (!snapshot) {
  snapshot = { data: buildIndexData(kb.entries, kb.topics), names: [...namesOf(kb)] };
  if (cacheFile) writeFileSync(cacheFile, encodeIndexSnapshot(snapshot, key));
}
const index = SearchIndex.fromData(kb, snapshot.data);
const names = new Set(snapshot.names);

// Warm the code as the bench does (the shipped base first), on another engine over the same index.
const shipped = new AnswerEngine(loaded.kb);
for (let i = 0; i < warm; i++) shipped.answer({ question: questions[i % questions.length]?.q ?? '' });
const engine = new AnswerEngine(kb, MODEL, { index, names });
// `--prefill`: every entry's figures, kinds of value and details read before timing (what first reads cost).
if (args.includes('--prefill'))
  for (const entry of kb.entries) {
    const read = entryFigures(entry);
    engine.entryFigures.set(entry, read);
    void read.text;
    void read.headline;
    for (const value of ASKED_VALUES) read.values.has(value);
    const { details } = read;
    for (const country of COUNTRIES) details.namesCountry(country);
    void [
      details.talk,
      details.list,
      details.steps,
      details.role,
      details.aftermath,
      details.mood,
      details.years,
    ];
  }
const next = freshQuestions(questions, seededRandom(SEED + size));
for (let i = 0; i < 200; i++) engine.answer({ question: next() });
const timedQuestions = Array.from({ length: count }, next);

if (only) {
  // Answered inside Array.prototype.reduceRight, which nothing else here calls: `valgrind --tool=callgrind
  // --collect-atstart=no --toggle-collect=Builtins_ArrayReduceRight` counts the instructions of these answers only.
  // Under `valgrind --instr-atstart=no`, instrumentation is switched on only now (the set-up runs at native speed).
  if (args.includes('--callgrind')) {
    execFileSync('callgrind_control', ['-i', 'on', String(process.pid)], { stdio: 'ignore' });
    for (const until = Date.now() + 2000; Date.now() < until;);
  }
  [0].reduceRight(() => {
    for (const i of only) engine.answer({ question: timedQuestions[i] ?? '' });
    return 0;
  }, 0);
  process.exit(0);
}

// `--tail=0.05`: each question's own cost (the cheapest CPU of three fresh engines, as bench/tail-causes.ts), then a
// profile of only the slowest share, answered again on fresh engines (their first reads included).
const tail = option('tail');
if (tail !== undefined) {
  const own = timedQuestions.map(() => Infinity);
  for (let k = 0; k < 3; k++) {
    const fresh = new AnswerEngine(kb, MODEL, { index, names });
    timedQuestions.forEach((q, i) => {
      own[i] = Math.min(own[i] as number, timed(() => fresh.answer({ question: q })).cpuMs);
    });
  }
  const order = own.map((c, i) => [c, i] as const).sort((a, b) => b[0] - a[0]);
  const slow = order.slice(0, Math.max(1, Math.round(Number(tail) * order.length)));
  console.log(`slowest ${slow.length}: own cost ${slow.map(([c]) => c.toFixed(2)).join(' ')}`);
  console.log(`their numbers: --only=${slow.map(([, i]) => i).join(',')}`);
  const session = new Session();
  session.connect();
  await session.post('Profiler.setSamplingInterval', { interval: 50 });
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  for (let k = 0; k < 5; k++) {
    const fresh = new AnswerEngine(kb, MODEL, { index, names });
    for (const [, i] of slow) fresh.answer({ question: timedQuestions[i] as string });
  }
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(option('profile') ?? '/tmp/query-cost-tail.cpuprofile', JSON.stringify(profile));
  process.exit(0);
}

const session = option('profile') ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
interface Row {
  i: number;
  cpu: number;
  bytes: number;
  q: string;
}
const rows: Row[] = [];
for (let i = 0; i < timedQuestions.length; i++) {
  const q = timedQuestions[i] as string;
  const before = v8.getHeapStatistics().used_heap_size;
  const { cpuMs } = timed(() => engine.answer({ question: q }));
  const bytes = v8.getHeapStatistics().used_heap_size - before;
  rows.push({ i, cpu: cpuMs, bytes, q });
}
if (session) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(option('profile') as string, JSON.stringify(profile));
}
const ok = rows.filter((r) => r.bytes > 0);
const at = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] as number;
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const kbs = ok.map((r) => r.bytes / 1024);
const cpus = rows.map((r) => r.cpu);
console.log(
  `${size} entries, ${rows.length} fresh questions: allocated KB median ${at(kbs, 0.5).toFixed(1)} p90 ${at(kbs, 0.9).toFixed(1)} ` +
    `p99 ${at(kbs, 0.99).toFixed(1)} mean ${(sum(kbs) / kbs.length).toFixed(1)} (${rows.length - ok.length} with a GC left out); ` +
    `CPU ms median ${at(cpus, 0.5).toFixed(3)} p90 ${at(cpus, 0.9).toFixed(3)} p99 ${at(cpus, 0.99).toFixed(3)} mean ${(sum(cpus) / cpus.length).toFixed(3)}`,
);
if (args.includes('--list'))
  for (const r of [...rows].sort((a, b) => b.cpu - a.cpu).slice(0, 40))
    console.log(
      `#${r.i} cpu ${r.cpu.toFixed(2)} KB ${(r.bytes / 1024).toFixed(0)} words ${r.q.split(/\s+/).length} ${JSON.stringify(r.q.slice(0, 90))}`,
    );
