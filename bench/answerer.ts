// What every compared search is reduced to: a question in, the top entry id out, or null for a decline.
import type { AnswerEngine } from '../src/answer/answer-engine.js';

export type Answerer = (question: string) => string | null;

export function engineAnswerer(engine: AnswerEngine): Answerer {
  return (question) => {
    const result = engine.answer({ question });
    return result.answered ? (result.answers[0]?.entry.id ?? null) : null;
  };
}
