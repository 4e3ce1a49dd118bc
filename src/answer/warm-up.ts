// Answers the knowledge base's own phrasings after a start, a question at a time between other work.
// Why: V8 compiles each of the question readers' patterns at its first use, once for one-byte text (English) and
// again for two-byte text (Polish and Russian letters), and the largest patterns take 50-200 ms each. The first
// Polish question after a start took 1.2 s, and 7 ms after this warm-up (shipped base, load 8): that cost is paid here
// instead of by the first person who asks. Answers are not changed by it (the engine keeps no state
// between questions but memos of its own analyses).
import { LANGS } from '../kb/schema.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { AnswerEngine } from './answer-engine.js';

/**
 * Every phrasing of the knowledge base, in rounds: each entry's first phrasing in each of its languages (every script
 * early), then each entry's second, and so on. The more questions V8 has met, the fewer it still compiles beside a
 * user's one (at 10,000 entries the p99 drops from ~2.6 ms after 200 questions to ~1.8 ms after 4,000; bench/README,
 * "Session 29"); the budget decides how far the rounds get.
 */
export function warmUpQuestions(kb: KnowledgeBase): string[] {
  const questions: string[] = [];
  for (let round = 0; ; round++) {
    const before = questions.length;
    for (const entry of kb.entries)
      for (const lang of LANGS) {
        const phrasing = entry.phrasings[lang]?.[round];
        if (phrasing) questions.push(phrasing);
      }
    if (questions.length === before) return questions;
  }
}

export interface WarmUpOptions {
  /** Stop asking once this many milliseconds have passed since the start. */
  budgetMs: number;
  now: () => number;
  /** Lets other work run between two questions (setImmediate in the bot). */
  pause: () => Promise<void>;
  /** Stops the warm-up between two questions (the bot shutting down). */
  signal?: AbortSignal;
}

export interface WarmUpResult {
  questions: number;
  ms: number;
}

export async function warmUp(engine: AnswerEngine, options: WarmUpOptions): Promise<WarmUpResult> {
  const start = options.now();
  let asked = 0;
  for (const question of warmUpQuestions(engine.kb)) {
    if (options.now() - start >= options.budgetMs) break;
    await options.pause();
    if (options.signal?.aborted) break;
    engine.answer({ question });
    asked++;
  }
  return { questions: asked, ms: options.now() - start };
}
