// Issue 9: every tuned set stays at 95 % or more correct top answers in-sample on the shipped knowledge base (the
// pool's wording is taught by `npm run teach-pool`; fresh held-out sets measure generalisation, see the README).
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import { evaluate, formatEvalReport } from '../../src/eval/evaluate.js';
import { readEvalQuestions, TUNING_POOL } from '../../src/eval/questions-file.js';
import { shippedEngine } from '../fixtures/engines.js';

let engine: AnswerEngine;

beforeAll(async () => {
  engine = await shippedEngine();
});

describe('the tuning pool in-sample on the shipped knowledge base', () => {
  it.each(TUNING_POOL)(
    '%s gets a correct top answer for at least 95% of its answerable questions',
    async (file) => {
      const report = evaluate(engine, await readEvalQuestions(file));
      expect(report.total.answerable).toBeGreaterThan(0);
      expect(report.total.correct / report.total.answerable, formatEvalReport(report)).toBeGreaterThanOrEqual(
        0.95,
      );
    },
  );
});
