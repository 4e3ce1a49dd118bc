// The one place /kb inbox reads the question log from the state store (its API is the state area's to change).
import type { StateStore } from '../state/store.js';
import type { QuestionRecord, Vote } from '../state/schema.js';

export interface QuestionLogView {
  questions: readonly QuestionRecord[];
  votes: readonly Vote[];
}

export function readQuestionLog(store: StateStore): Promise<QuestionLogView> {
  return Promise.resolve({ questions: store.data.questions, votes: store.data.votes });
}
