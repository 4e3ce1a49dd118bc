// Holds the live knowledge base and swaps in a new one only after it loaded and validated whole.
import { AnswerEngine } from '../answer/answer-engine.js';
import { diffKnowledgeBases, type KbDiff } from './diff.js';
import { loadKnowledgeBase } from './load.js';
import type { KbProblem } from './problems.js';

export type ReloadReport =
  | { ok: true; applied: boolean; entries: number; topics: number; diff: KbDiff }
  | { ok: false; problems: KbProblem[] };

export class KbHolder {
  private engine: AnswerEngine;
  private pending: Promise<unknown> = Promise.resolve();
  /** Called after every swap, e.g. to forget charts drawn from the old figures. */
  private readonly swapListeners: (() => void)[] = [];

  constructor(
    readonly dir: string,
    initial: AnswerEngine,
  ) {
    this.engine = initial;
  }

  static async load(
    dir: string,
  ): Promise<{ ok: true; holder: KbHolder } | { ok: false; problems: KbProblem[] }> {
    const result = await loadKnowledgeBase(dir);
    if (!result.ok) return result;
    return { ok: true, holder: new KbHolder(dir, new AnswerEngine(result.kb)) };
  }

  /** The snapshot to answer from; a question keeps the snapshot it started with even if a reload swaps meanwhile. */
  current(): AnswerEngine {
    return this.engine;
  }

  /** Calls `listener` after each successful reload that swapped in a new knowledge base. */
  onSwap(listener: () => void): void {
    this.swapListeners.push(listener);
  }

  /** Reloads (apply) or only checks (dry run) the folder. Reloads and checks run one at a time. */
  reload(options: { apply: boolean }): Promise<ReloadReport> {
    const run = this.pending.then(() => this.loadAndMaybeSwap(options.apply));
    this.pending = run.catch(() => undefined);
    return run;
  }

  private async loadAndMaybeSwap(apply: boolean): Promise<ReloadReport> {
    const result = await loadKnowledgeBase(this.dir);
    if (!result.ok) return { ok: false, problems: result.problems };
    const diff = diffKnowledgeBases(this.engine.kb, result.kb);
    if (apply) {
      this.engine = new AnswerEngine(result.kb);
      for (const listener of this.swapListeners) listener();
    }
    return {
      ok: true,
      applied: apply,
      entries: result.kb.entries.length,
      topics: result.kb.topics.length,
      diff,
    };
  }
}
