// Loads a knowledge-base folder into a new snapshot (knowledge base and, when asked, its answer engine).
import { AnswerEngine } from '../answer/answer-engine.js';
import { KbFileCache } from './file-cache.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { knowledgeBaseOf, loadKbFiles, type FileActivity, type LoadedFile } from './load.js';
import type { KbProblem } from './problems.js';

export type SnapshotLoad =
  | ({ ok: true; kb: KnowledgeBase; engine?: AnswerEngine; files: LoadedFile[] } & FileActivity)
  | { ok: false; problems: KbProblem[] };

/** Where a loader does its work: in a worker thread, or on the main thread when no worker could start. */
export type LoaderKind = 'worker' | 'main thread';

export interface KbLoader {
  readonly kind: LoaderKind;
  /** Loads the folder; with `buildIndex`, also the answer engine to swap in. Calls run one at a time. */
  load(options: { buildIndex: boolean }): Promise<SnapshotLoad>;
  close(): Promise<void>;
}

/** Loads on the calling thread, re-reading only changed files; blocks the event loop while it parses and indexes. */
export class InProcessKbLoader implements KbLoader {
  readonly kind = 'main thread';
  private readonly cache = new KbFileCache();

  constructor(readonly dir: string) {}

  async load(options: { buildIndex: boolean }): Promise<SnapshotLoad> {
    const result = await loadKbFiles(this.dir, this.cache);
    if (!result.ok) return result;
    const kb = knowledgeBaseOf(result.files);
    return {
      ok: true,
      kb,
      ...(options.buildIndex ? { engine: new AnswerEngine(kb) } : {}),
      files: result.files,
      filesReread: result.filesReread,
      filesReparsed: result.filesReparsed,
    };
  }

  async close(): Promise<void> {}
}
