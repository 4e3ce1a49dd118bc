// The quiz in the lowdb settings file: one serialized update per answer makes "one answer per member" atomic.
import { answerRound, type AnswerRecord, type QuizRound } from '../quiz/quiz-round.js';
import type { SettingsFile } from './schema.js';
import type { SettingsFileStore } from './settings-file.js';
import {
  MAX_QUIZ_ANSWERS,
  MAX_QUIZ_ROUNDS,
  type QuizAnswer,
  type QuizAnswerResult,
  type QuizState,
} from './quiz-store.js';

const quizOf = (file: SettingsFile): QuizState => (file.quiz ??= { rounds: {}, answers: [] });

export function saveRound(settings: SettingsFileStore, round: QuizRound): Promise<void> {
  return settings.update((next) => {
    const quiz = quizOf(next);
    quiz.rounds[round.id] = round;
    const ids = Object.keys(quiz.rounds);
    // Insertion order is start order: the oldest rounds go first.
    for (const id of ids.slice(0, Math.max(0, ids.length - MAX_QUIZ_ROUNDS))) delete quiz.rounds[id];
  });
}

export function readRound(settings: SettingsFileStore, roundId: string): QuizRound | undefined {
  const round = settings.data.quiz?.rounds[roundId];
  return round ? structuredClone(round) : undefined;
}

export async function answerRoundInFile(
  settings: SettingsFileStore,
  roundId: string,
  answer: QuizAnswer,
): Promise<QuizAnswerResult> {
  // Decided inside the update: updates run one after another, so two answers cannot both see "not answered yet".
  return settings.update((next): QuizAnswerResult => {
    const quiz = quizOf(next);
    const round = quiz.rounds[roundId];
    if (!round) return { outcome: 'unknown-round' };
    const outcome = answerRound(round, answer);
    if (outcome.outcome === 'right' || outcome.outcome === 'wrong') {
      quiz.rounds[roundId] = outcome.round;
      quiz.answers.push(outcome.record);
      if (quiz.answers.length > MAX_QUIZ_ANSWERS)
        quiz.answers.splice(0, quiz.answers.length - MAX_QUIZ_ANSWERS);
    }
    return structuredClone(outcome);
  });
}

export function answersOf(settings: SettingsFileStore, guildId: string): AnswerRecord[] {
  return (settings.data.quiz?.answers ?? []).filter((a) => a.guildId === guildId).map((a) => ({ ...a }));
}
