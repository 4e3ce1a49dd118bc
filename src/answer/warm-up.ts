// Answers the knowledge base's own phrasings once after a start, a question at a time between other work.
// Why: V8 compiles each of the question readers' patterns at its first use, once for one-byte text (English) and
// again for two-byte text (Polish and Russian letters), and the largest patterns take 50-200 ms each. The first
// Polish question after a start took 1.2 s, and 7 ms after this warm-up (shipped base, load 8): that cost is paid here
// instead of by the first person who asks. Answers are not changed by it (the engine keeps no state
// between questions but memos of its own analyses).
import { LANGS } from '../kb/schema.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { AnswerEngine } from './answer-engine.js';

/** Each entry's first phrasing in each of its languages, the languages taken in turn (every script early). */
export function warmUpQuestions(kb: KnowledgeBase): string[] {
  const questions: string[] = [];
  for (const entry of kb.entries)
    for (const lang of LANGS) {
      const first = entry.phrasings[lang]?.[0];
      if (first) questions.push(first);
    }
  return questions;
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
