// Holds the live knowledge base and swaps in a new one only after it loaded, validated and was indexed whole.
import { AnswerEngine } from '../answer/answer-engine.js';
import type { Logger } from '../logger.js';
import { diffKnowledgeBases, type KbDiff } from './diff.js';
import { engineWithIndexCache } from './index-cache.js';
import { InProcessKbLoader, type KbLoader, type LoaderKind } from './kb-loader.js';
import type { FileActivity } from './load.js';
import { OffThreadKbLoader } from './off-thread-loader.js';
import type { KbProblem } from './problems.js';

export type ReloadReport =
  | ({ ok: true; applied: boolean; entries: number; topics: number; diff: KbDiff } & FileActivity)
  | { ok: false; problems: KbProblem[] };

export interface KbHolderOptions {
  /** Reload in a worker thread (default), so that a reload never stalls the bot; false: on the calling thread. */
  offThread?: boolean;
  /** Where to log that the worker failed and loading fell back to the main thread. */
  logger?: Logger;
  /**
   * A folder where the start-up keeps the search index between starts (see index-cache.ts); unset: always built.
   */
  indexCacheDir?: string;
}

export class KbHolder {
  private engine: AnswerEngine;
  private pending: Promise<unknown> = Promise.resolve();
  /** Called after every swap, e.g. to forget charts drawn from the old figures. */
  private readonly swapListeners: (() => void)[] = [];

  private constructor(
    readonly dir: string,
    private readonly loader: KbLoader,
    initial: AnswerEngine,
  ) {
    this.engine = initial;
  }

  /**
   * Loads the folder on the calling thread (start-up has nothing else to do yet), with its index from the cache when
   * `indexCacheDir` holds it, then starts the reload worker
   * (unless `offThread` is false), which reads the folder once more in the background to know its files.
   */
  static async load(
    dir: string,
    options: KbHolderOptions = {},
  ): Promise<{ ok: true; holder: KbHolder } | { ok: false; problems: KbProblem[] }> {
    const inProcess = new InProcessKbLoader(dir);
    const result = await inProcess.load({ buildIndex: false });
    if (!result.ok) return result;
    const engine = options.indexCacheDir
      ? await engineWithIndexCache(options.indexCacheDir, dir, result.kb, result.files, options.logger)
      : { engine: new AnswerEngine(result.kb), source: 'built' as const };
    options.logger?.debug({ kbDir: dir, index: engine.source }, 'search index ready');
    const loader =
      options.offThread === false ? inProcess : new OffThreadKbLoader(dir, options.logger, result.files);
    return { ok: true, holder: new KbHolder(dir, loader, engine.engine) };
  }

  /** The snapshot to answer from; a question keeps the snapshot it started with even if a reload swaps meanwhile. */
  current(): AnswerEngine {
    return this.engine;
  }

  /** Calls `listener` after each successful reload that swapped in a new knowledge base. */
  onSwap(listener: () => void): void {
    this.swapListeners.push(listener);
  }

  /** Where reloads do their work: 'worker' unless the worker could not start. */
  get loaderKind(): LoaderKind {
    return this.loader.kind;
  }

  /** Reloads (apply) or only checks (dry run) the folder. Reloads and checks run one at a time. */
  reload(options: { apply: boolean }): Promise<ReloadReport> {
    const run = this.pending.then(() => this.loadAndMaybeSwap(options.apply));
    this.pending = run.catch(() => undefined);
    return run;
  }

  /** Stops the reload worker; the current snapshot keeps answering, further reloads fail. */
  close(): Promise<void> {
    return this.loader.close();
  }

  private async loadAndMaybeSwap(apply: boolean): Promise<ReloadReport> {
    const result = await this.loader.load({ buildIndex: apply });
    if (!result.ok) return { ok: false, problems: result.problems };
    const diff = await diffKnowledgeBases(this.engine.kb, result.kb);
    if (apply && result.engine) {
      this.engine = result.engine;
      for (const listener of this.swapListeners) listener();
    }
    return {
      ok: true,
      applied: apply,
      entries: result.kb.entries.length,
      topics: result.kb.topics.length,
      diff,
      filesReread: result.filesReread,
      filesReparsed: result.filesReparsed,
    };
  }
}
