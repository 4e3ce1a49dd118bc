// Teaches the knowledge base the tuning pool's wording, as a lead teaches the bot a question from /kb inbox: each
// answerable pool question whose right entry is not the top answer becomes a phrasing of its first expected entry.
import { AnswerEngine } from '../answer/answer-engine.js';
import type { RankerModel } from '../answer/ranker.js';
import { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Entry, Lang } from '../kb/schema.js';
import { questionKey } from '../kb-admin/inbox.js';
import { hasPhrasing, MAX_PHRASING_LENGTH, withPhrasing } from '../kb-admin/teach-phrasing.js';
import { evaluate, type EvalRow } from './evaluate.js';
import type { PoolSet } from './pool-wording.js';

/** One question taught: the set it comes from, its words as written (trimmed), its language, the entry taught. */
export interface Teaching {
  set: string;
  question: string;
  lang: Lang;
  entryId: string;
}

/** A missed question that is not taught, and why. */
export interface Untaught {
  set: string;
  question: string;
  reason: 'already a phrasing' | 'too long for a phrasing' | 'unknown entry' | 'marked noTeach in its set';
}

export interface TeachOutcome {
  kb: KnowledgeBase;
  /** What each round taught (none when nothing was missed). */
  rounds: Teaching[][];
  /** The misses left after the last round that teaching cannot fix. */
  untaught: Untaught[];
  /** Misses still teachable when the rounds ran out (empty unless MAX_TEACH_ROUNDS was reached). */
  left: Teaching[];
  before: Map<string, EvalRow>;
  after: Map<string, EvalRow>;
}

/**
 * Rounds of teaching, at most this many. A phrasing taught can change other answers (another question may now
 * find the taught entry first), so after a round the pool is answered again and what it newly misses is taught;
 * a question is taught at most once (its wording is then a phrasing), so the rounds end by themselves, and this
 * bound only keeps a pathological knowledge base from running long.
 */
export const MAX_TEACH_ROUNDS = 4;

/** The misses of one evaluation of the pool: what to teach, and what cannot be taught. */
export function plannedTeachings(
  engine: AnswerEngine,
  sets: readonly PoolSet[],
): { teach: Teaching[]; untaught: Untaught[] } {
  const teach: Teaching[] = [];
  const untaught: Untaught[] = [];
  const planned = new Set<string>();
  for (const { file, questions } of sets) {
    for (const { question } of evaluate(engine, questions).misses) {
      // Off-topic questions and questions on facts the knowledge base lacks are never taught.
      const entryId = question.expect?.[0];
      if (question.decline || question.gap !== undefined || entryId === undefined) continue;
      const words = question.q.trim();
      const entry = engine.kb.entry(entryId);
      const skip = (reason: Untaught['reason']) => untaught.push({ set: file, question: words, reason });
      if (question.noTeach !== undefined) skip('marked noTeach in its set');
      else if (!entry) skip('unknown entry');
      else if (words.length > MAX_PHRASING_LENGTH) skip('too long for a phrasing');
      else if (hasPhrasing(entry, words)) skip('already a phrasing');
      else {
        // The same words in two sets are taught once.
        const key = `${entryId}\n${questionKey(words)}`;
        if (planned.has(key)) continue;
        planned.add(key);
        teach.push({ set: file, question: words, lang: question.lang, entryId });
      }
    }
  }
  return { teach, untaught };
}

/** The knowledge base with each teaching appended to its entry's phrasings; entries and their order kept. */
export function taughtKnowledgeBase(kb: KnowledgeBase, teachings: readonly Teaching[]): KnowledgeBase {
  const byEntry = new Map<string, Teaching[]>();
  for (const t of teachings) byEntry.set(t.entryId, [...(byEntry.get(t.entryId) ?? []), t]);
  const entries = kb.entries.map((entry): Entry => {
    let taught = entry;
    for (const t of byEntry.get(entry.id) ?? []) taught = withPhrasing(taught, t.lang, t.question);
    return taught;
  });
  return new KnowledgeBase(kb.topics, entries);
}

/** Teaches in rounds (see MAX_TEACH_ROUNDS) and scores each set before and after, in-sample with `model`. */
export function teachPool(kb: KnowledgeBase, sets: readonly PoolSet[], model?: RankerModel): TeachOutcome {
  const scores = (engine: AnswerEngine) =>
    new Map(sets.map(({ file, questions }) => [file, evaluate(engine, questions).total]));
  let engine = new AnswerEngine(kb, model);
  const before = scores(engine);
  const rounds: Teaching[][] = [];
  let planned = plannedTeachings(engine, sets);
  while (planned.teach.length > 0 && rounds.length < MAX_TEACH_ROUNDS) {
    rounds.push(planned.teach);
    engine = new AnswerEngine(taughtKnowledgeBase(engine.kb, planned.teach), model);
    planned = plannedTeachings(engine, sets);
  }
  return {
    kb: engine.kb,
    rounds,
    untaught: planned.untaught,
    left: planned.teach,
    before,
    after: scores(engine),
  };
}
