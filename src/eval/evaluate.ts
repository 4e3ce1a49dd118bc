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
    /** The article states it but the knowledge base has no entry for it: reported apart, not scored. */
    gap: z.string().optional(),
    /** A labeller's remark. */
    note: z.string().optional(),
    /**
     * Why `npm run teach-pool` must not teach this question's wording although it is missed (taught once, it drew a
     * pool near miss to its entry; or it holds a wrong detail no phrasing should carry).
     */
    noTeach: z.string().min(1).optional(),
  })
  .refine((q) => q.decline || q.gap !== undefined || (q.expect?.length ?? 0) > 0, {
    message: 'an answerable question needs "expect" ids (or a "gap" saying what the knowledge base lacks)',
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
  /** Answerable questions whose right entry is among the first three offered (answers or "did you mean"). */
  inTopThree: number;
  /** Answerable questions answered as sure with a wrong entry. */
  sureWrong: number;
  offTopic: number;
  declined: number;
}

export interface EvalReport {
  rows: Record<Lang, EvalRow>;
  total: EvalRow;
  misses: EvalMiss[];
  /** Questions about facts the knowledge base lacks, and how many of them were still answered as sure. */
  gaps: { count: number; answeredSure: number };
}

/** Anything that answers questions: the engine, or the engine with another ranker model. */
export type Answerer = Pick<AnswerEngine, 'answer'>;

export function evaluate(engine: Answerer, questions: EvalQuestion[]): EvalReport {
  const empty = (): EvalRow => ({
    answerable: 0,
    correct: 0,
    inTopThree: 0,
    sureWrong: 0,
    offTopic: 0,
    declined: 0,
  });
  const rows = { pl: empty(), en: empty(), ru: empty() };
  const total = empty();
  const misses: EvalMiss[] = [];
  const gaps = { count: 0, answeredSure: 0 };
  for (const question of questions) {
    const result = engine.answer({ question: question.q });
    const top = result.answered ? (result.answers[0]?.entry.id ?? null) : null;
    const row = rows[question.lang];
    let ok: boolean;
    if (question.gap !== undefined && !question.decline) {
      gaps.count += 1;
      if (result.certainty === 'sure') gaps.answeredSure += 1;
      continue;
    }
    if (question.decline) {
      ok = !result.answered;
      row.offTopic += 1;
      total.offTopic += 1;
      if (ok) {
        row.declined += 1;
        total.declined += 1;
      }
    } else {
      const expected = question.expect ?? [];
      ok = top !== null && expected.includes(top);
      const offered = [...result.answers, ...result.closest].slice(0, 3).map((a) => a.entry.id);
      for (const r of [row, total]) {
        r.answerable += 1;
        if (ok) r.correct += 1;
        if (offered.some((id) => expected.includes(id))) r.inTopThree += 1;
        if (!ok && top !== null && result.certainty === 'sure') r.sureWrong += 1;
      }
    }
    if (!ok) misses.push({ question, got: top, confidence: result.confidence });
  }
  return { rows, total, misses, gaps };
}

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

export function formatEvalReport(report: EvalReport): string {
  const lines = [
    'lang  answerable  correct top answer   top three      sure & wrong    off-topic  declined',
    ...Object.entries(report.rows).map(([lang, r]) => row(lang, r)),
    row('all', report.total),
  ];
  if (report.gaps.count > 0)
    lines.push(
      `Not scored: ${report.gaps.count} questions on facts the knowledge base lacks (${report.gaps.answeredSure} of them answered as sure).`,
    );
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
  const count = (n: number, d: number) => `${String(n).padStart(4)} ${pct(n, d)}`;
  return `${label.padEnd(4)}  ${String(r.answerable).padStart(10)}  ${count(r.correct, r.answerable)}      ${count(r.inTopThree, r.answerable)}   ${count(r.sureWrong, r.answerable)}   ${String(r.offTopic).padStart(9)}  ${count(r.declined, r.offTopic)}`;
}
