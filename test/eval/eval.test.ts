// Answer quality on the evaluation set (test/eval/questions.json): enough questions, right top answers, honest declines.
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import { evaluate, formatEvalReport, type EvalQuestion, type EvalReport } from '../../src/eval/evaluate.js';
import { readEvalQuestions } from '../../src/eval/questions-file.js';
import { LANGS } from '../../src/kb/schema.js';
import { shippedEngine } from '../fixtures/engines.js';

let questions: EvalQuestion[];
let engine: AnswerEngine;
let report: EvalReport;

beforeAll(async () => {
  questions = await readEvalQuestions();
  engine = await shippedEngine();
  report = evaluate(engine, questions);
});

describe('the evaluation set', () => {
  it.each(LANGS)('has at least 30 answerable questions in %s', (lang) => {
    expect(questions.filter((q) => q.lang === lang && !q.decline).length).toBeGreaterThanOrEqual(30);
  });

  it('has at least 15 off-topic questions', () => {
    expect(questions.filter((q) => q.decline).length).toBeGreaterThanOrEqual(15);
  });

  it('expects only entries that exist in the knowledge base', () => {
    const unknown = questions.flatMap((q) => (q.expect ?? []).filter((id) => !engine.kb.entry(id)));
    expect(unknown).toEqual([]);
  });
});

describe('the answer engine on the evaluation set', () => {
  it('gives a correct top answer to at least 90% of the answerable questions', () => {
    const { correct, answerable } = report.total;
    expect(correct / answerable, formatEvalReport(report)).toBeGreaterThanOrEqual(0.9);
  });

  it('declines at least 80% of the off-topic questions', () => {
    const { declined, offTopic } = report.total;
    expect(declined / offTopic, formatEvalReport(report)).toBeGreaterThanOrEqual(0.8);
  });

  it('counts every question once, in its language row and in the total', () => {
    const perLang = LANGS.map((l) => report.rows[l].answerable + report.rows[l].offTopic);
    expect([perLang.reduce((a, b) => a + b, 0), report.total.answerable + report.total.offTopic]).toEqual([
      questions.length,
      questions.length,
    ]);
  });
});
