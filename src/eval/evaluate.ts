// Scores the answer engine on an evaluation set: correct top answers and declined off-topic questions.
import { z } from 'zod';
import type { AnswerEngine } from '../answer/answer-engine.js';
import { LANGS, type Lang } from '../kb/schema.js';

export const evalQuestionSchema = z
  .object({
    q: z.string().min(1),
    lang: z.enum(LANGS),
    /** The fact in the articles that answers it (for people reading the set). */
    fact: z.string().nullable(),
    decline: z.boolean(),
    /** Entry ids that count as a correct top answer. */
    expect: z.array(z.string()).optional(),
  })
  .refine((q) => q.decline || (q.expect?.length ?? 0) > 0, {
    message: 'an answerable question needs "expect" ids',
  });
export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

export interface EvalMiss {
  question: EvalQuestion;
  got: string | null;
  confidence: number;
}

export interface EvalRow {
  answerable: number;
  correct: number;
  offTopic: number;
  declined: number;
}

export interface EvalReport {
  rows: Record<Lang, EvalRow>;
  total: EvalRow;
  misses: EvalMiss[];
}

export function evaluate(engine: AnswerEngine, questions: EvalQuestion[]): EvalReport {
  const empty = (): EvalRow => ({ answerable: 0, correct: 0, offTopic: 0, declined: 0 });
  const rows = { pl: empty(), en: empty(), ru: empty() };
  const total = empty();
  const misses: EvalMiss[] = [];
  for (const question of questions) {
    const result = engine.answer({ question: question.q });
    const top = result.answered ? (result.answers[0]?.entry.id ?? null) : null;
    const row = rows[question.lang];
    let ok: boolean;
    if (question.decline) {
      ok = !result.answered;
      row.offTopic += 1;
      total.offTopic += 1;
      if (ok) {
        row.declined += 1;
        total.declined += 1;
      }
    } else {
      ok = top !== null && (question.expect ?? []).includes(top);
      row.answerable += 1;
      total.answerable += 1;
      if (ok) {
        row.correct += 1;
        total.correct += 1;
      }
    }
    if (!ok) misses.push({ question, got: top, confidence: result.confidence });
  }
  return { rows, total, misses };
}

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

export function formatEvalReport(report: EvalReport): string {
  const lines = [
    'lang  answerable  correct top answer   off-topic  declined',
    ...Object.entries(report.rows).map(([lang, r]) => row(lang, r)),
    row('all', report.total),
  ];
  if (report.misses.length > 0) {
    lines.push('', `Misses (${report.misses.length}):`);
    for (const m of report.misses) {
      const wanted = m.question.decline ? 'decline' : (m.question.expect ?? []).join(' | ');
      lines.push(
        `  [${m.question.lang}] ${m.question.q}\n      want ${wanted}\n      got  ${m.got ?? 'decline'} (confidence ${m.confidence})`,
      );
    }
  }
  return lines.join('\n');
}

function row(label: string, r: EvalRow): string {
  return `${label.padEnd(4)}  ${String(r.answerable).padStart(10)}  ${String(r.correct).padStart(4)} ${pct(r.correct, r.answerable)}      ${String(r.offTopic).padStart(9)}  ${String(r.declined).padStart(4)} ${pct(r.declined, r.offTopic)}`;
}
