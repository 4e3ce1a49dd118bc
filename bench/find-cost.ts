// `npx tsx bench/find-cost.ts [size] [questions.json] [rounds]`: the index search alone (`SearchIndex.find`) over the
// bench's fresh questions at a generated base, CPU µs a question, best of several rounds; for A/B runs of the
// search's posting loop in load-independent terms (the same questions each round: the search keeps no memo of them).
import { buildIndexData } from '../src/answer/index/build-index-data.js';
import { analyzeQuestion } from '../src/answer/analyze.js';
import { SearchIndex } from '../src/answer/search-index.js';
import { StemMemo } from '../src/answer/stem.js';
import { readEvalQuestions } from '../src/eval/questions-file.js';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { freshQuestions } from './fresh-questions.js';
import { generateKnowledgeBase } from './generate-kb.js';
import { seededRandom } from './prng.js';

const SEED = 20240601;
const [sizeArg, questionFile, roundsArg] = process.argv.slice(2);
const size = Number(sizeArg ?? 10000);
const loaded = await loadKnowledgeBase('data/kb');
if (!loaded.ok) throw new Error('data/kb is invalid');
const kb = generateKnowledgeBase(loaded.kb, size, SEED);
const index = SearchIndex.fromData(kb, buildIndexData(kb.entries, kb.topics));
const questions = await readEvalQuestions(questionFile ?? 'test/eval/sealed-r21.json');
const next = freshQuestions(questions, seededRandom(SEED + size));
const memo = new StemMemo();
const asked = Array.from({ length: 2000 }, () => analyzeQuestion(next(), memo.stem));
let best = Infinity;
let hits = 0;
for (let round = 0; round < Number(roundsArg ?? 7); round++) {
  const t0 = process.cpuUsage();
  for (const words of asked) hits += index.find(words).length;
  const t = process.cpuUsage(t0);
  best = Math.min(best, (t.user + t.system) / asked.length);
}
console.log(
  `${size} entries: find ${best.toFixed(1)} µs a question (CPU, best round of 2,000 fresh questions; ${hits} hits)`,
);
