// `npx tsx bench/index-digest.ts [sizes]`: a hash of every part of the index data built from the shipped base and
// generated ones, to prove that a faster build lays out exactly the same index (finer than bench/answer-digest.ts).
import { createHash } from 'node:crypto';
import { buildIndexData } from '../src/answer/index/build-index-data.js';
import type { IndexData } from '../src/answer/index/index-data.js';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { generateKnowledgeBase } from './generate-kb.js';

const SEED = 20240601;

/** One hash per part of the data, in the interface's order, so that a difference names the part that changed. */
function digest(data: IndexData): string[] {
  return Object.entries(data).map(([part, value]) => {
    const hash = createHash('sha256');
    if (ArrayBuffer.isView(value)) {
      hash.update(value.constructor.name);
      hash.update(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    } else hash.update(JSON.stringify(value));
    return `${part} ${hash.digest('hex').slice(0, 12)}`;
  });
}

const loaded = await loadKnowledgeBase('data/kb');
if (!loaded.ok) throw new Error('data/kb is invalid');
const sizes = (process.argv[2] ?? '0,2000,10000').split(',').map(Number);
for (const size of sizes) {
  const kb = size === 0 ? loaded.kb : generateKnowledgeBase(loaded.kb, size, SEED);
  console.log(
    `${size === 0 ? 'shipped' : `generated ${size}`}: ${digest(buildIndexData(kb.entries, kb.topics)).join(', ')}`,
  );
}
