// Answer quality on the held-out set (test/eval/holdout.json): questions in other words than the tuning set,
// held to a lower bar that guards against regressions; the README reports its figures beside the main set.
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, formatEvalReport, type EvalReport } from '../../src/eval/evaluate.js';
import { readEvalQuestions } from '../../src/eval/questions-file.js';
import { shippedEngine } from '../fixtures/engines.js';

let report: EvalReport;

beforeAll(async () => {
  const questions = await readEvalQuestions('test/eval/holdout.json');
  report = evaluate(await shippedEngine(), questions);
});

describe('the answer engine on the held-out set', () => {
  it('gives a correct top answer to at least 65% of its answerable questions', () => {
    const { correct, answerable } = report.total;
    expect(answerable).toBeGreaterThanOrEqual(60);
    expect(correct / answerable, formatEvalReport(report)).toBeGreaterThanOrEqual(0.65);
  });

  it('declines at least 80% of its off-topic questions', () => {
    const { declined, offTopic } = report.total;
    expect(offTopic).toBeGreaterThanOrEqual(15);
    expect(declined / offTopic, formatEvalReport(report)).toBeGreaterThanOrEqual(0.8);
  });
});
