// Records what the team asks and how it rates the answers (bounded; no message text but the question).
import type { Lang } from '../kb/schema.js';
import { MAX_STORED_QUESTION } from './schema.js';
import type { StateStore } from './state-store.js';

export { MAX_STORED_QUESTION };

/** Never rejects and need not be awaited: answering does not wait for the log (a failure is logged and counted). */
export function recordQuestion(
  store: StateStore,
  record: {
    at: Date;
    guildId?: string;
    question: string;
    lang: Lang;
    answered: boolean;
    entryId?: string;
    confidence: number;
  },
): Promise<void> {
  // A question without a letter or digit (emoji, punctuation) says nothing the lead could act on.
  if (!/[\p{L}\p{N}]/u.test(record.question)) return Promise.resolve();
  return store.recordQuestion({
    at: record.at.toISOString(),
    ...(record.guildId ? { guildId: record.guildId } : {}),
    question: record.question.trim().slice(0, MAX_STORED_QUESTION),
    lang: record.lang,
    answered: record.answered,
    ...(record.entryId ? { entryId: record.entryId } : {}),
    confidence: record.confidence,
  });
}

/**
 * One vote per user per answer: a second click replaces the first. Saved when it resolves (returning whether it
 * replaced an earlier vote); rejects when it could not be saved. The caller checks that the entry exists.
 */
export function recordVote(
  store: StateStore,
  vote: { entryId: string; userId: string; helpful: boolean; at: Date },
): Promise<{ replaced: boolean }> {
  return store.recordVote({
    entryId: vote.entryId,
    userId: vote.userId,
    helpful: vote.helpful,
    at: vote.at.toISOString(),
  });
}

/** Never rejects. */
export function countUsage(store: StateStore, command: string): Promise<void> {
  return store.countUsage(command);
}
