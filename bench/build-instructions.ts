// `valgrind --tool=callgrind --dump-before=uv_resident_set_memory node --single-threaded --import tsx
// bench/build-instructions.ts [entries] [builds]`: index builds of a generated base in a fresh process, with a call to
// process.memoryUsage.rss() (libuv's uv_resident_set_memory) before each and after each of its parts, so that
// callgrind writes one dump per part: instruction counts, which a loaded machine does not move as it moves time.
// `--single-threaded` keeps V8's compiling and GC on the main thread (counted where they happen, and their timing
// varies less from run to run); the builds after the first show the work without most of the compiling.
import { buildIndexData } from '../src/answer/index/build-index-data.js';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { generateKnowledgeBase } from './generate-kb.js';

const entries = Number(process.argv[2] ?? 2000);
const builds = Number(process.argv[3] ?? 1);
const loaded = await loadKnowledgeBase('data/kb');
if (!loaded.ok) throw new Error('data/kb is invalid');
const kb = generateKnowledgeBase(loaded.kb, entries, 20240601);
const phases: string[] = [];
for (let b = 0; b < builds; b++) {
  process.memoryUsage.rss();
  buildIndexData(kb.entries, kb.topics, (phase) => {
    phases.push(`${b + 1}:${phase}`);
    process.memoryUsage.rss();
  });
}
console.log(`dumps after the first: ${phases.join(', ')}`);
