// `npm run bench [-- questions.json] [--sizes=1000,10000,100000]`: the engine beside MiniSearch and Fuse.js on the
// shipped base (accuracy and latency) and on generated bases (build, memory, latency of never-seen questions).
import os from 'node:os';
import { evaluate } from '../src/eval/evaluate.js';
import { EVAL_QUESTIONS_FILE, readEvalQuestions } from '../src/eval/questions-file.js';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { AnswerEngine } from '../src/answer/answer-engine.js';
import { scoreAnswers } from './accuracy.js';
import { freshQuestions } from './fresh-questions.js';
import { generateKnowledgeBase } from './generate-kb.js';
import { gcAvailable } from './heap.js';
import { timeQueries } from './latency.js';
import { machineLine, packageVersion } from './machine.js';
import { measureCharts, renderChartReport } from './measure-charts.js';
import { seededRandom } from './prng.js';
import { renderReport, type ComparisonRow } from './report.js';
import { measureAtScale, type ScaleRow } from './scale.js';
import { ENGINE, FUSE, MINISEARCH, type Searcher } from './searchers.js';

const KB_DIR = 'data/kb';
const SEED = 20240601;

const args = process.argv.slice(2);
const questionFile = args.find((a) => !a.startsWith('--')) ?? EVAL_QUESTIONS_FILE;
const sizes = (args.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length) ?? '1000,10000,100000')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);

const machine = machineLine();
const started = performance.now();
const progress = (step: string) =>
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${step}\n`);

const loaded = await loadKnowledgeBase(KB_DIR);
if (!loaded.ok) throw new Error(`${KB_DIR} is invalid; run "npm run kb -- validate"`);
const kb = loaded.kb;
const questions = await readEvalQuestions(questionFile);

const comparison: ComparisonRow[] = [];
for (const searcher of [ENGINE, MINISEARCH, FUSE]) {
  progress(
    `${searcher.name} on the shipped base (${kb.entries.length} entries, ${questions.length} questions)`,
  );
  const timed = timeQueries(searcher.build(kb), questions, searcher.shipped);
  comparison.push({
    name: searcher.name,
    accuracy: scoreAnswers(questions, timed.answers),
    latency: timed.latency,
  });
}
const engineAccuracy = comparison[0]?.accuracy;
const evalTotal = evaluate(new AnswerEngine(kb), questions).total;
if (evalTotal.correct !== engineAccuracy?.correct || evalTotal.declined !== engineAccuracy.declined)
  throw new Error('bench/accuracy.ts scores the engine differently from src/eval/evaluate.ts');

const scale: ScaleRow[] = [];
const previous = new Map<Searcher, ScaleRow>();
for (const size of sizes) {
  progress(`generating a base of ${size} entries`);
  const generated = generateKnowledgeBase(kb, size, SEED);
  for (const searcher of [ENGINE, MINISEARCH, FUSE]) {
    progress(`${searcher.name} on ${size} entries`);
    const row = measureAtScale(
      searcher,
      generated,
      freshQuestions(questions, seededRandom(SEED + size)),
      previous.get(searcher),
    );
    if (!row.skipped) previous.set(searcher, row);
    scale.push(row);
  }
}
progress('done');

console.log(
  renderReport({
    machine,
    gcAvailable,
    kbDir: KB_DIR,
    questionFile,
    questions: questions.length,
    shippedEntries: kb.entries.length,
    seed: SEED,
    comparison,
    scale,
    versions: { fuse: packageVersion('fuse.js'), miniSearch: packageVersion('minisearch') },
    totalSeconds: (performance.now() - started) / 1000,
    loadAtEnd: os.loadavg()[0] ?? NaN,
  }),
);

progress('charts');
console.log(`\n${renderChartReport(await measureCharts(kb))}`);
