// The tuning pool's own wording kept out of the knowledge base the ranker is fitted on and the pool is measured on.
// `npm run teach-pool` (and a lead, now and then) teaches pool questions as phrasings; a ranker learned from a
// knowledge base that holds its training questions verbatim, or a held-out figure measured on one, would be
// in-sample. Both tools therefore build their engine on the knowledge base with that wording removed.
import { AnswerEngine } from '../answer/answer-engine.js';
import { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Entry } from '../kb/schema.js';
import { questionKey } from '../kb-admin/inbox.js';
import type { EvalQuestion } from './evaluate.js';
import { readEvalQuestions, TUNING_POOL } from './questions-file.js';

export interface PoolSet {
  file: string;
  questions: EvalQuestion[];
}

/** Every set of the tuning pool, in TUNING_POOL order. */
export function readTuningPool(files: readonly string[] = TUNING_POOL): Promise<PoolSet[]> {
  return Promise.all(files.map(async (file) => ({ file, questions: await readEvalQuestions(file) })));
}

/**
 * The knowledge base without any phrasing whose questionKey equals a question's of `questions` (case, diacritics
 * and punctuation aside); every entry and its order kept, entries without such a phrasing the very same objects.
 */
export function withoutPoolWording(kb: KnowledgeBase, questions: readonly EvalQuestion[]): KnowledgeBase {
  const pool = new Set(questions.map((q) => questionKey(q.q)));
  let stripped = 0;
  const entries = kb.entries.map((entry): Entry => {
    const phrasings: Entry['phrasings'] = {};
    let changed = false;
    for (const [lang, list] of Object.entries(entry.phrasings) as [keyof Entry['phrasings'], string[]][]) {
      const kept = list.filter((p) => !pool.has(questionKey(p)));
      changed ||= kept.length < list.length;
      phrasings[lang] = kept;
    }
    if (!changed) return entry;
    stripped += 1;
    return { ...entry, phrasings };
  });
  return stripped === 0 ? kb : new KnowledgeBase(kb.topics, entries);
}

/** The engine the ranker is fitted with and the pool is measured held-out with: the pool's wording stripped. */
export function engineWithoutPoolWording(kb: KnowledgeBase, sets: readonly PoolSet[]): AnswerEngine {
  return new AnswerEngine(
    withoutPoolWording(
      kb,
      sets.flatMap((s) => s.questions),
    ),
  );
}
