// `npx tsx bench/alloc-sample.ts [size] [count]`: what fresh questions allocate, by function (self) and by call
// path, from V8's sampling heap profiler with collected objects kept (the garbage that brings scavenges on).
import { Session } from 'node:inspector/promises';
import { readEvalQuestions } from '../src/eval/questions-file.js';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { freshQuestions } from './fresh-questions.js';
import { generateKnowledgeBase } from './generate-kb.js';
import { seededRandom } from './prng.js';
import { ENGINE } from './searchers.js';

const SEED = 20240601;
const size = Number(process.argv[2] ?? 10000);
const count = Number(process.argv[3] ?? 2000);
const questions = await readEvalQuestions(process.argv[4] ?? 'test/eval/sealed-r19.json');
const loaded = await loadKnowledgeBase('data/kb');
if (!loaded.ok) throw new Error('data/kb is invalid');
const kb = generateKnowledgeBase(loaded.kb, size, SEED);
const answer = ENGINE.build(kb);
const next = freshQuestions(questions, seededRandom(SEED + size));
for (let i = 0; i < 200; i++) answer(next());
const qs = Array.from({ length: count }, next);

interface Node {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: Node[];
}
const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 256,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
for (const q of qs) answer(q);
const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as {
  profile: { head: Node };
};
const self = new Map<string, number>();
const paths = new Map<string, number>();
let total = 0;
const name = (n: Node) =>
  `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*\/(src|bench|node_modules)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
function walk(n: Node, stack: string[]): void {
  const here = [...stack, name(n)];
  if (n.selfSize > 0) {
    total += n.selfSize;
    self.set(here.at(-1)!, (self.get(here.at(-1)!) ?? 0) + n.selfSize);
    const key = here.slice(-4).join(' < ');
    paths.set(key, (paths.get(key) ?? 0) + n.selfSize);
  }
  for (const c of n.children) walk(c, here);
}
walk(profile.head, []);
console.log(`sampled ${(total / count / 1024).toFixed(1)} KB per question`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40))
  console.log(`${(v / count / 1024).toFixed(2).padStart(7)} KB  ${k}`);
console.log('--- paths');
for (const [k, v] of [...paths].sort((a, b) => b[1] - a[1]).slice(0, 40))
  console.log(`${(v / count / 1024).toFixed(2).padStart(7)} KB  ${k.split(' < ').reverse().join(' < ')}`);
