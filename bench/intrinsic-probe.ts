// `npx tsx --expose-gc bench/intrinsic-probe.ts [size] [count] [engines]`: each fresh question answered once by each
// of several engines over one index (each engine meets it fresh), the fastest kept: the question's own cost, without
// preemption or a GC pause; prints that distribution and the slowest questions with their search's share.
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
const size = Number(process.argv[2] ?? 10000);
const count = Number(process.argv[3] ?? 2000);
const engineCount = Number(process.argv[4] ?? 4);
const questions = await readEvalQuestions('test/eval/sealed-r17.json');
const loaded = await loadKnowledgeBase('data/kb');
if (!loaded.ok) throw new Error('data/kb is invalid');
const kb = generateKnowledgeBase(loaded.kb, size, SEED);
const index = SearchIndex.fromData(kb, buildIndexData(kb.entries, kb.topics));
const names = namesOf(kb);
const engines = Array.from({ length: engineCount }, () => new AnswerEngine(kb, MODEL, { index, names }));
const next = freshQuestions(questions, seededRandom(SEED + size));
for (let i = 0; i < 200; i++) for (const e of engines) e.answer({ question: next() });
let findMs = 0;
const original = index.find.bind(index);
index.find = (...a) => {
  const t0 = performance.now();
  const r = original(...a);
  findMs += performance.now() - t0;
  return r;
};
const rows: { q: string; ms: number; find: number }[] = [];
for (let i = 0; i < count; i++) {
  const q = next();
  let best = Infinity;
  let bestFind = 0;
  for (const e of engines) {
    findMs = 0;
    const t0 = performance.now();
    e.answer({ question: q });
    const ms = performance.now() - t0;
    if (ms < best) {
      best = ms;
      bestFind = findMs;
    }
  }
  rows.push({ q, ms: best, find: bestFind });
}
const sorted = [...rows].sort((a, b) => a.ms - b.ms);
const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.ms;
const mean = rows.reduce((s, r) => s + r.ms, 0) / rows.length;
const meanFind = rows.reduce((s, r) => s + r.find, 0) / rows.length;
console.log(
  `fastest of ${engineCount}: mean ${mean.toFixed(3)} (find ${meanFind.toFixed(3)}) median ${at(0.5).toFixed(3)} p90 ${at(0.9).toFixed(3)} p99 ${at(0.99).toFixed(3)} p99.5 ${at(0.995).toFixed(3)} max ${at(1).toFixed(3)}`,
);
if (process.argv.includes('--list'))
  for (const r of sorted.slice(-30).reverse())
    console.log(
      `${r.ms.toFixed(2)} find ${r.find.toFixed(2)} words ${r.q.split(/\s+/).length} ${JSON.stringify(r.q.slice(0, 110))}`,
    );
