// `npx tsx --expose-gc --no-regexp-tier-up bench/engine-build-parts.ts [entries] [builds]`: the bench's engine build
// (bench/searchers.ts's ENGINE.build) part by part in a fresh process, wall and CPU of each: the index data by phase,
// SearchIndex.fromData, namesOf, and the engine around them (latinNamesBySound). A full collection before each build.
import os from 'node:os';
import { AnswerEngine } from '../src/answer/answer-engine.js';
import { buildIndexData } from '../src/answer/index/build-index-data.js';
import { namesOf } from '../src/answer/names.js';
import { MODEL } from '../src/answer/ranker.js';
import { SearchIndex } from '../src/answer/search-index.js';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { generateKnowledgeBase } from './generate-kb.js';

const entries = Number(process.argv[2] ?? 10_000);
const builds = Number(process.argv[3] ?? 1);
const loaded = await loadKnowledgeBase('data/kb');
if (!loaded.ok) throw new Error('data/kb is invalid');
const kb = generateKnowledgeBase(loaded.kb, entries, 20240601);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (let b = 0; b < builds; b++) {
  globalThis.gc?.();
  globalThis.gc?.();
  const parts: string[] = [];
  const t0 = performance.now();
  const c0 = cpuMs();
  let t = t0;
  let c = c0;
  const mark = (part: string) => {
    const tn = performance.now();
    const cn = cpuMs();
    parts.push(`${part} ${(tn - t).toFixed(0)}/${(cn - c).toFixed(0)}`);
    t = tn;
    c = cn;
  };
  const data = buildIndexData(kb.entries, kb.topics, mark);
  const index = SearchIndex.fromData(kb, data);
  mark('fromData');
  const names = namesOf(kb);
  mark('namesOf');
  const engine = new AnswerEngine(kb, MODEL, { index, names });
  mark('engine');
  const total = `${(performance.now() - t0).toFixed(0)}/${(cpuMs() - c0).toFixed(0)}`;
  console.log(
    `build ${b + 1}: ${total} ms wall/CPU (${parts.join(', ')}); load ${os.loadavg()[0]?.toFixed(2)}` +
      (engine ? '' : ''),
  );
}
