// The reload worker thread: reads only the changed files, validates the folder and builds the index data off the main thread.
import { parentPort, type MessagePort } from 'node:worker_threads';
import { buildIndexData } from '../answer/index/build-index-data.js';
import { indexDataTransferables } from '../answer/index/index-data.js';
import { namesOf } from '../answer/names.js';
import { KbFileCache } from './file-cache.js';
import { knowledgeBaseOf, loadKbFiles } from './load.js';
import { lowerThisThreadPriority } from './lower-thread-priority.js';
import { chunksOf, type FileChunk, type FromWorker, type ToWorker } from './reload-protocol.js';

function serveReloads(port: MessagePort): void {
  // Kept across loads: the files' parsed content (so unchanged files are not read again) and the pending chunks.
  const cache = new KbFileCache();
  let chunks: FileChunk[] = [];
  const post = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

  async function handle(message: ToWorker): Promise<void> {
    if (message.type === 'chunk') {
      const chunk = chunks[message.n];
      if (!chunk) throw new Error(`no chunk ${message.n} (${chunks.length} pending)`);
      post({ type: 'chunk', n: message.n, ...chunk });
      return;
    }
    chunks = [];
    const result = await loadKbFiles(message.dir, cache);
    if (!result.ok) {
      post({ type: 'problems', problems: result.problems });
      return;
    }
    chunks = chunksOf(result.files.filter((f) => message.known[f.file] !== f.hash));
    const kb = knowledgeBaseOf(result.files);
    const index = message.buildIndex ? buildIndexData(kb.entries, kb.topics) : undefined;
    post(
      {
        type: 'loaded',
        files: result.files.map(({ file, hash }) => ({ file, hash })),
        chunks: chunks.length,
        ...(index ? { index, names: [...namesOf(kb)] } : {}),
        filesReread: result.filesReread,
        filesReparsed: result.filesReparsed,
      },
      index ? indexDataTransferables(index) : [],
    );
  }

  port.on('message', (message: ToWorker) => {
    handle(message).catch((error: Error) => post({ type: 'failed', message: error.stack ?? String(error) }));
  });
}

if (!parentPort) throw new Error('reload-worker.ts runs only as a worker thread');
// On a busy machine the worker's CPU time came out of the main thread's: below normal priority, the longest
// event-loop block while it read and indexed 10,000 entries fell from 69-102 ms to 0-53 ms (README, Reload benchmark).
lowerThisThreadPriority();
serveReloads(parentPort);
