// `npx tsx bench/build-only.ts [size] [runs]`: times buildIndexData alone on a generated base (wall and CPU per run).
import os from 'node:os';
import { buildIndexData } from '../src/answer/index/build-index-data.js';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { generateKnowledgeBase } from './generate-kb.js';

const size = Number(process.argv[2] ?? 10000);
const runs = Number(process.argv[3] ?? 5);
const loaded = await loadKnowledgeBase('data/kb');
if (!loaded.ok) throw new Error('data/kb is invalid');
const kb = generateKnowledgeBase(loaded.kb, size, 20240601);
const times: string[] = [];
for (let r = 0; r < runs; r++) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  buildIndexData(kb.entries, kb.topics);
  const cpu = process.cpuUsage(cpu0);
  times.push(`${(performance.now() - t0).toFixed(0)}/${((cpu.user + cpu.system) / 1000).toFixed(0)}`);
}
console.log(`${size} entries, build ms wall/CPU: ${times.join(' ')}; load ${os.loadavg()[0]?.toFixed(2)}`);
