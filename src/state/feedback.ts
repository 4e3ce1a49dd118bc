// Records what the team asks and how it rates the answers (bounded; no message text but the question).
import type { Lang } from '../kb/schema.js';
import type { StateStore } from './store.js';

export const MAX_STORED_QUESTION = 500;

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
  return store.update((state) => {
    state.questions.push({
      at: record.at.toISOString(),
      ...(record.guildId ? { guildId: record.guildId } : {}),
      question: record.question.trim().slice(0, MAX_STORED_QUESTION),
      lang: record.lang,
      answered: record.answered,
      ...(record.entryId ? { entryId: record.entryId } : {}),
      confidence: record.confidence,
    });
  });
}

/** One vote per user per answer: a second click replaces the first. Returns whether it replaced an earlier vote. */
export async function recordVote(
  store: StateStore,
  vote: { entryId: string; userId: string; helpful: boolean; at: Date },
): Promise<{ replaced: boolean }> {
  let replaced = false;
  await store.update((state) => {
    const index = state.votes.findIndex((v) => v.entryId === vote.entryId && v.userId === vote.userId);
    replaced = index >= 0;
    if (replaced) state.votes.splice(index, 1);
    state.votes.push({
      entryId: vote.entryId,
      userId: vote.userId,
      helpful: vote.helpful,
      at: vote.at.toISOString(),
    });
  });
  return { replaced };
}
