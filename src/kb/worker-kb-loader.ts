// Loads the knowledge base in a worker thread and takes the result over on the main thread in small steps.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { AnswerEngine } from '../answer/answer-engine.js';
import { SearchIndex } from '../answer/search-index.js';
import type { KbLoader, SnapshotLoad } from './kb-loader.js';
import { knowledgeBaseInSlices } from './knowledge-base-in-slices.js';
import type { LoadedFile } from './load.js';
import type { FromWorker, ToWorker } from './reload-protocol.js';

/**
 * Starts the reload worker next to this module: compiled JavaScript in dist/, or the TypeScript source under tsx
 * and vitest. Node 20 ignores module hooks given to a worker in `execArgv` (`--import tsx`; nodejs/node#47747,
 * fixed in 22.2), so for the source the worker first registers tsx itself, then imports the TypeScript file.
 */
function spawnReloadWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./reload-worker.js', here));
  const source = JSON.stringify(new URL('./reload-worker.ts', here).href);
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${source}); });`, {
    eval: true,
  });
}

export class WorkerKbLoader implements KbLoader {
  readonly kind = 'worker';
  /** Each valid file's content last received, by name: the worker sends a file only when its hash changed. */
  private held: Map<string, LoadedFile>;
  private waiting: { resolve: (m: FromWorker) => void; reject: (e: Error) => void } | undefined;
  private failure: Error | undefined;

  /** `held`: files the main thread already has (from a load of its own), which the worker need not send. */
  constructor(
    readonly dir: string,
    held: readonly LoadedFile[] = [],
    private readonly worker: Worker = spawnReloadWorker(),
  ) {
    this.held = new Map(held.map((f) => [f.file, f]));
    worker.on('message', (message: FromWorker) => {
      const waiting = this.waiting;
      this.waiting = undefined;
      waiting?.resolve(message);
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`the reload worker stopped (exit code ${code})`)));
    // Idle, the worker must not keep the process alive; it is referenced only while a reply is awaited.
    worker.unref();
  }

  async load(options: { buildIndex: boolean }): Promise<SnapshotLoad> {
    const known = Object.fromEntries([...this.held].map(([file, { hash }]) => [file, hash]));
    const reply = await this.request({ type: 'load', dir: this.dir, buildIndex: options.buildIndex, known });
    if (reply.type === 'problems') return { ok: false, problems: reply.problems };
    if (reply.type !== 'loaded' || (options.buildIndex && !(reply.index && reply.names)))
      throw unexpected(reply);
    // One chunk per message, asked for only after the previous one was taken in: were they all posted at once,
    // the main thread would deserialize them all in one turn of the event loop.
    const hashes = new Map(reply.files.map((f) => [f.file, f.hash]));
    const received = new Map<string, LoadedFile>();
    for (let n = 0; n < reply.chunks; n++) {
      const chunk = await this.request({ type: 'chunk', n });
      if (chunk.type !== 'chunk' || chunk.n !== n) throw unexpected(chunk);
      const file = received.get(chunk.file);
      if (file) file.entries.push(...chunk.entries);
      else
        received.set(chunk.file, {
          file: chunk.file,
          hash: hashes.get(chunk.file) ?? '',
          topics: chunk.topics,
          entries: chunk.entries,
        });
    }
    const files = reply.files.map(({ file, hash }) => {
      const content = received.get(file) ?? this.held.get(file);
      if (content?.hash !== hash) throw new Error(`the reload worker did not send ${file}`);
      return content;
    });
    this.held = new Map(files.map((f) => [f.file, f]));
    const kb = await knowledgeBaseInSlices(files);
    // Wrapping the index (a few milliseconds at 10,000 entries) in a turn of its own, not after the last slice.
    await nextTurn();
    return {
      ok: true,
      kb,
      // Wrapping the transferred arrays costs next to nothing: no analysis, no copy.
      ...(reply.index
        ? {
            engine: new AnswerEngine(kb, undefined, {
              index: SearchIndex.fromData(kb, reply.index),
              names: new Set(reply.names),
            }),
          }
        : {}),
      files,
      filesReread: reply.filesReread,
      filesReparsed: reply.filesReparsed,
    };
  }

  async close(): Promise<void> {
    this.failure ??= new Error('the reload worker was closed');
    await this.worker.terminate();
  }

  private request(message: ToWorker): Promise<FromWorker> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<FromWorker>((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.worker.ref();
      this.worker.postMessage(message);
    }).finally(() => this.worker.unref());
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.reject(error);
  }
}

function unexpected(message: FromWorker): Error {
  return new Error(
    message.type === 'failed'
      ? `the reload worker failed: ${message.message}`
      : `unexpected message from the reload worker: ${message.type}`,
  );
}
