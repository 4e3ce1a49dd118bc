// `npx tsx --expose-gc bench/first-build.ts [entries] [tree]`: the engine's first build in a fresh process, as the
// bench's first build at a size meets it (new memory to touch, nothing JIT-compiled for that size). `tree`: another
// checkout (e.g. main's, in a scratch folder with its own data/) to compare with, one process per build, alternately.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const entries = Number(process.argv[2] ?? 10_000);
const tree = path.resolve(process.argv[3] ?? '.');
const load = async <T>(file: string): Promise<T> =>
  (await import(pathToFileURL(path.join(tree, file)).href)) as T;

const { loadKnowledgeBase } = await load<typeof import('../src/kb/load.js')>('src/kb/load.ts');
const { generateKnowledgeBase } = await load<typeof import('./generate-kb.js')>('bench/generate-kb.ts');
const { ENGINE } = await load<typeof import('./searchers.js')>('bench/searchers.ts');
const loaded = await loadKnowledgeBase(path.join(tree, 'data/kb'));
if (!loaded.ok) throw new Error(`${tree}/data/kb is invalid`);
const kb = generateKnowledgeBase(loaded.kb, entries, 20240601);
globalThis.gc?.();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
ENGINE.build(kb);
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
console.log(
  `${tree}: first build of ${entries} entries ${wallMs.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU (system ${(cpu.system / 1000).toFixed(0)})`,
);
