// The one place /kb inbox reads the question log from the state store (its API is the state area's to change).
import type { QuestionLogView, StateStore } from '../state/state-store.js';

export type { QuestionLogView };

export function readQuestionLog(store: StateStore): Promise<QuestionLogView> {
  return store.questionLog();
}
