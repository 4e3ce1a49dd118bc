// `npx tsx bench/answer-digest.ts [--fresh-from=questions.json]`: hashes of every answer and every candidate's features,
// to prove a speed change answers the same. `--fresh-from` adds the bench's own fresh questions made from that set
// (bench/run.ts's seed, 2,200 at 10,000 entries: the 200 warm-up questions and the 2,000 timed).
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { AnswerEngine } from '../src/answer/answer-engine.js';
import { rankCandidates } from '../src/answer/candidates.js';
import { readEvalQuestions } from '../src/eval/questions-file.js';
import type { KnowledgeBase } from '../src/kb/knowledge-base.js';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { freshQuestions } from './fresh-questions.js';
import { generateKnowledgeBase } from './generate-kb.js';
import { seededRandom } from './prng.js';

const SEED = 20240601;
const FRESH = 1500;

/** One line per question: the full answer (entry ids for entries) and every candidate's entry, probability and features. */
function digest(engine: AnswerEngine, questions: readonly string[]): string {
  const hash = createHash('sha256');
  for (const question of questions) {
    const result = engine.answer({ question });
    hash.update(
      JSON.stringify(result, (key, value: unknown) =>
        key === 'entry' ? (value as { id: string }).id : value,
      ),
    );
    for (const c of rankCandidates(engine, question.trim()))
      hash.update(`${c.hit.entry.id} ${c.probability} ${c.features.join(',')}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

const loaded = await loadKnowledgeBase('data/kb');
if (!loaded.ok) throw new Error('data/kb is invalid');
const kb: KnowledgeBase = loaded.kb;
const files = (await readdir('test/eval')).filter((f) => f.endsWith('.json')).sort();
const all: string[] = [];
for (const file of files) {
  const questions = (await readEvalQuestions(`test/eval/${file}`)).map((q) => q.q);
  all.push(...questions);
  console.log(`${file.padEnd(20)} ${questions.length} questions ${digest(new AnswerEngine(kb), questions)}`);
}
for (const size of [2000, 10000]) {
  const next = freshQuestions(await readEvalQuestions('test/eval/questions.json'), seededRandom(SEED + size));
  const fresh = Array.from({ length: FRESH }, next);
  const engine = new AnswerEngine(generateKnowledgeBase(kb, size, SEED));
  console.log(`generated ${size}: ${FRESH} fresh questions ${digest(engine, fresh)}`);
}
const freshFrom = process.argv.find((a) => a.startsWith('--fresh-from='))?.slice('--fresh-from='.length);
if (freshFrom !== undefined) {
  const next = freshQuestions(await readEvalQuestions(freshFrom), seededRandom(SEED + 10000));
  const fresh = Array.from({ length: 2200 }, next);
  const engine = new AnswerEngine(generateKnowledgeBase(kb, 10000, SEED));
  console.log(`generated 10000: ${fresh.length} fresh questions from ${freshFrom} ${digest(engine, fresh)}`);
}
