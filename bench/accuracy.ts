// Scores top answers the way src/eval does: correct top answer for answerable questions, decline for off-topic.
import type { EvalQuestion } from '../src/eval/evaluate.js';

export interface Accuracy {
  answerable: number;
  correct: number;
  offTopic: number;
  declined: number;
}

/** `answers[i]` is the top entry id given for `questions[i]`, or null for a decline. */
export function scoreAnswers(questions: EvalQuestion[], answers: (string | null)[]): Accuracy {
  const score: Accuracy = { answerable: 0, correct: 0, offTopic: 0, declined: 0 };
  questions.forEach((question, i) => {
    const top = answers[i] ?? null;
    if (question.decline) {
      score.offTopic += 1;
      if (top === null) score.declined += 1;
    } else {
      score.answerable += 1;
      if (top !== null && (question.expect ?? []).includes(top)) score.correct += 1;
    }
  });
  return score;
}
