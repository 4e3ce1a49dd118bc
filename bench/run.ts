// `npm run bench`: measures the engine on the shipped and a generated 10,000-entry base, compares it with Fuse.js and MiniSearch, prints markdown.
import { evaluate } from '../src/eval/evaluate.js';
import { readEvalQuestions } from '../src/eval/questions-file.js';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { scoreAnswers } from './accuracy.js';
import { fuseAnswerer } from './fuse-answerer.js';
import { generateKnowledgeBase } from './generate-kb.js';
import { gcAvailable } from './heap.js';
import { timeQueries, type LatencyOptions } from './latency.js';
import { machineLine, packageVersion } from './machine.js';
import { measureEngine } from './measure-engine.js';
import { measureCharts, renderChartReport } from './measure-charts.js';
import { miniSearchAnswerer } from './minisearch-answerer.js';
import { seededRandom, shuffled } from './prng.js';
import { renderReport, type ComparisonRow } from './report.js';

const KB_DIR = 'data/kb';
const GENERATED_SIZE = 10_000;
const SEED = 20240601;
/** On the generated base a query takes ~0.1 s, so only a seeded sample of the questions is timed there. */
const GENERATED_SAMPLE = 82;
/** Fast searches: at least 2000 timed queries. */
const MANY: LatencyOptions = { warmupQueries: 500, minQueries: 2000, budgetMs: 10_000 };
/** Searches taking tens of milliseconds or more: a short warm-up and one timed round. */
const ONE_ROUND: LatencyOptions = { warmupQueries: 5, minQueries: 0, budgetMs: 0 };

const machine = machineLine();
const started = performance.now();
const progress = (step: string) =>
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${step}\n`);

const loaded = await loadKnowledgeBase(KB_DIR);
if (!loaded.ok) throw new Error(`${KB_DIR} is invalid; run "npm run kb -- validate"`);
const kb = loaded.kb;
const questions = await readEvalQuestions();

progress(`engine on the shipped base (${kb.entries.length} entries, ${questions.length} questions)`);
const shipped = measureEngine(kb, questions, 5, MANY);
const engineAccuracy = scoreAnswers(questions, shipped.timed.answers);
const evalTotal = evaluate(shipped.engine, questions).total;
if (evalTotal.correct !== engineAccuracy.correct || evalTotal.declined !== engineAccuracy.declined)
  throw new Error('bench/accuracy.ts scores the engine differently from src/eval/evaluate.ts');

progress(`engine on a generated base of ${GENERATED_SIZE} entries`);
const sample = shuffled(seededRandom(SEED), questions).slice(0, GENERATED_SAMPLE);
const generated = measureEngine(generateKnowledgeBase(kb, GENERATED_SIZE, SEED), sample, 0, ONE_ROUND);

progress('Fuse.js');
const fuse = timeQueries(fuseAnswerer(kb), questions, ONE_ROUND);
progress('MiniSearch');
const miniSearch = timeQueries(miniSearchAnswerer(kb), questions, MANY);
progress('done');

const fuseVersion = packageVersion('fuse.js');
const miniSearchVersion = packageVersion('minisearch');
const comparison: ComparisonRow[] = [
  { name: 'cs-coach AnswerEngine', accuracy: engineAccuracy, latency: shipped.timed.latency },
  {
    name: `Fuse.js ${fuseVersion} (defaults)`,
    accuracy: scoreAnswers(questions, fuse.answers),
    latency: fuse.latency,
  },
  {
    name: `MiniSearch ${miniSearchVersion} (defaults)`,
    accuracy: scoreAnswers(questions, miniSearch.answers),
    latency: miniSearch.latency,
  },
];

console.log(
  renderReport({
    machine,
    warmupQueries: MANY.warmupQueries,
    gcAvailable,
    kbDir: KB_DIR,
    questions: questions.length,
    seed: SEED,
    shipped,
    generated,
    comparison,
    fuseVersion,
    miniSearchVersion,
  }),
);

progress('charts');
console.log(`\n${renderChartReport(await measureCharts(kb))}`);
