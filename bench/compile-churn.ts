// `node --expose-gc --no-regexp-tier-up --trace-opt --trace-deopt <tsc-compiled tree>/bench/compile-churn.js [count]`:
// what V8 compiles and deoptimises while a fresh 10,000-entry engine answers `count` fresh questions (default 2,200,
// engine-scale's 200 warm-up and 2,000 timed), with a `MARK i` line every 250 questions to cut the trace by. The slow
// tail of engine-scale is mostly questions during which V8's threads compile TurboFan code (a recompile of a large
// function after a "wrong map" deopt costs 10-50 ms of a worker thread; on 2 shared cores the main thread waits).
// Run it on the tsc output (`npx tsc -p . --noEmit false --outDir DIR --rootDir .`, node_modules and package.json
// beside it) so that `--trace-deopt-verbose` positions are real lines. Sum the window, e.g.:
//   awk '/^MARK 250/{on=1} on' trace.txt | grep -c '^\[bailout (kind'     (deopts)
//   awk '/^MARK 250/{on=1} on' trace.txt | grep -c 'completed compiling'  (TurboFan compiles)
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

// As bench/engine-scale.ts, so that the same base and questions are answered.
const SEED = 20240601;
const SIZE = 10000;
const count = Number(process.argv[2] ?? 2200);
const questions = await readEvalQuestions(process.argv[3] ?? 'test/eval/sealed-r30.json');
const loaded = await loadKnowledgeBase('data/kb');
if (!loaded.ok) throw new Error('data/kb is invalid');
const kb = generateKnowledgeBase(loaded.kb, SIZE, SEED);
const index = SearchIndex.fromData(kb, buildIndexData(kb.entries, kb.topics));
const engine = new AnswerEngine(kb, MODEL, { index, names: namesOf(kb) });
const next = freshQuestions(questions, seededRandom(SEED + SIZE));
// Written straight to the descriptor, in order with V8's own trace lines.
for (let i = 0; i < count; i++) {
  if (i % 250 === 0) process.stdout.write(`MARK ${i}\n`);
  engine.answer({ question: next() });
}
process.stdout.write(`MARK ${count}\n`);
