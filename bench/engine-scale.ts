// `npx tsx --expose-gc bench/engine-scale.ts [questions.json] [--sizes=10000,100000] [--warmup=200]`: only the
// engine's rows of bench/run.ts (build, fresh-question median and p99, memory), with the load, for quick before/after
// runs; --warmup sets how many fresh questions are answered before the timed ones (bench/run.ts's steady warm-up by
// default).
import os from 'node:os';
import { readEvalQuestions } from '../src/eval/questions-file.js';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { freshQuestions } from './fresh-questions.js';
import { generateKnowledgeBase } from './generate-kb.js';
import { seededRandom } from './prng.js';
import { measureAtScale } from './scale.js';
import { ENGINE } from './searchers.js';

// As bench/run.ts, so that the same bases and questions are timed.
const SEED = 20240601;
const args = process.argv.slice(2);
const questionFile = args.find((a) => !a.startsWith('--')) ?? 'test/eval/sealed-r15.json';
const sizes = (args.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length) ?? '10000')
  .split(',')
  .map(Number);
const warmup = args.find((a) => a.startsWith('--warmup='))?.slice('--warmup='.length);
const searcher =
  warmup === undefined
    ? ENGINE
    : {
        ...ENGINE,
        generated: { ...ENGINE.generated, warmupQueries: Number(warmup), warmupBudgetMs: Infinity },
      };

const loaded = await loadKnowledgeBase('data/kb');
if (!loaded.ok) throw new Error('data/kb is invalid');
const questions = await readEvalQuestions(questionFile);
const f = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toPrecision(3));
for (const size of sizes) {
  const kb = generateKnowledgeBase(loaded.kb, size, SEED);
  const load0 = os.loadavg()[0] ?? NaN;
  const row = measureAtScale(searcher, kb, freshQuestions(questions, seededRandom(SEED + size)), undefined);
  const { latency } = row;
  if (!latency) continue;
  console.log(
    `${size} entries: build ${f(row.buildMs ?? NaN)} / ${f(row.buildCpuMs ?? NaN)} ms (wall / CPU), ` +
      `median ${f(latency.medianMs)} / ${f(latency.cpuMedianMs)} ms, p99 ${f(latency.p99Ms)} / ` +
      `${f(latency.cpuP99Ms)} ms over ${latency.queries} questions, memory ` +
      `${((row.heapBytes ?? 0) / 1e6).toFixed(1)} + ${((row.externalBytes ?? 0) / 1e6).toFixed(1)} MB; ` +
      `warm-up ${searcher.generated.warmupQueries} questions; load ${load0.toFixed(2)} → ${(os.loadavg()[0] ?? NaN).toFixed(2)}`,
  );
}
