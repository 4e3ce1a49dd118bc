// `node --cpu-prof --import tsx bench/long-probe.ts`: only long fresh questions (25+ words), each on three fresh engines
// over one index, so that a profile shows what the slowest 1 % of questions at 10,000 entries are made of.
import { readEvalQuestions } from '../src/eval/questions-file.js';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { AnswerEngine } from '../src/answer/answer-engine.js';
import { buildIndexData } from '../src/answer/index/build-index-data.js';
import { SearchIndex } from '../src/answer/search-index.js';
import { namesOf } from '../src/answer/names.js';
import { MODEL } from '../src/answer/ranker.js';
import { freshQuestions } from './fresh-questions.js';
import { generateKnowledgeBase } from './generate-kb.js';
import { seededRandom } from './prng.js';
const SEED = 20240601;
const questions = await readEvalQuestions('test/eval/sealed-r19.json');
const loaded = await loadKnowledgeBase('data/kb');
if (!loaded.ok) throw new Error('x');
const kb = generateKnowledgeBase(loaded.kb, 10000, SEED);
const index = SearchIndex.fromData(kb, buildIndexData(kb.entries, kb.topics));
const names = namesOf(kb);
const next = freshQuestions(questions, seededRandom(SEED + 10000));
const engines = Array.from({ length: 3 }, () => new AnswerEngine(kb, MODEL, { index, names }));
for (let i = 0; i < 300; i++) for (const e of engines) e.answer({ question: next() });
const long: string[] = [];
while (long.length < 3000) {
  const q = next();
  if (q.split(/\s+/).length >= 25) long.push(q);
}
const t0 = performance.now();
for (const q of long) for (const e of engines) e.answer({ question: q });
console.log(`long questions: ${((performance.now() - t0) / long.length / 3).toFixed(3)} ms each`);
