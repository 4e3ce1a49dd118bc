// Learning the ranker: weights that separate right answers from wrong ones, thresholds that follow the data.
import { describe, expect, it } from 'vitest';
import { evidenceOf, FEATURES } from '../../src/answer/evidence.js';
import { answerProbability, MODEL, modelFitsFeatures } from '../../src/answer/ranker.js';
import { DECLINE_MARGIN, fitRanker, type LabelledQuestion } from '../../src/eval/fit-ranker.js';

const at = (name: (typeof FEATURES)[number]) => FEATURES.indexOf(name);

/** A candidate whose only signal is its coverage. */
function row(coverage: number, right: boolean) {
  const features = FEATURES.map(() => 0);
  features[at('coverage')] = coverage;
  return { features, right };
}

function answerable(q: string, rightCoverage: number, wrongCoverage: number): LabelledQuestion {
  return {
    question: { q, lang: 'en', fact: null, decline: false, expect: ['x'] },
    rows: [row(rightCoverage, true), row(wrongCoverage, false)],
  };
}

function offTopic(q: string, coverage: number): LabelledQuestion {
  return { question: { q, lang: 'en', fact: null, decline: true }, rows: [row(coverage, false)] };
}

describe('fitting the ranker', () => {
  const data = [
    ...Array.from({ length: 20 }, (_, i) => answerable(`a${i}`, 0.8 + (i % 5) * 0.04, 0.3)),
    ...Array.from({ length: 10 }, (_, i) => offTopic(`o${i}`, 0.2 + (i % 5) * 0.04)),
  ];
  const model = fitRanker(data, { iterations: 2000 });

  it('learns that the signal speaks for an answer', () => {
    expect(model.weights[at('coverage')]).toBeGreaterThan(0);
    expect(answerProbability(row(0.9, true).features, model)).toBeGreaterThan(
      answerProbability(row(0.3, false).features, model),
    );
  });

  it('puts the decline threshold between the off-topic questions and the answers', () => {
    const offTopicTop = Math.max(
      ...data.filter((d) => d.question.decline).map((d) => answerProbability(d.rows[0]!.features, model)),
    );
    const answerLowest = Math.min(
      ...data.filter((d) => !d.question.decline).map((d) => answerProbability(d.rows[0]!.features, model)),
    );
    expect(model.declineBelow).toBeGreaterThan(offTopicTop);
    expect(model.declineBelow).toBeLessThanOrEqual(answerLowest);
    expect(model.unsureBelow).toBeGreaterThanOrEqual(model.declineBelow);
  });

  it('caps an entry that matches only a name, or lacks the attribute asked for, whatever its weights say', () => {
    const strong = row(1, true).features;
    const nameOnly = [...strong];
    nameOnly[at('nameOnly')] = 1;
    const focusMissing = [...strong];
    focusMissing[at('focusMissing')] = 1;
    expect(answerProbability(nameOnly, model)).toBeLessThan(model.declineBelow);
    expect(answerProbability(focusMissing, model)).toBeLessThan(model.declineBelow);
  });

  it('caps every entry for a question asking how to operate a tool, whatever its weights say', () => {
    const procedure = [...row(1, true).features];
    procedure[at('procedureAsked')] = 1;
    expect(answerProbability(row(1, true).features, model)).toBeGreaterThanOrEqual(model.declineBelow);
    expect(answerProbability(procedure, model)).toBeLessThan(model.declineBelow);
  });
});

describe('the decline threshold when answers and off-topic questions overlap', () => {
  // Right answers' coverage spreads over 0.30..0.88, off-topic questions' over 0.20..0.58: no line separates them.
  const data = [
    ...Array.from({ length: 30 }, (_, i) => answerable(`a${i}`, 0.3 + (i % 30) * 0.02, 0.1)),
    ...Array.from({ length: 20 }, (_, i) => offTopic(`o${i}`, 0.2 + (i % 20) * 0.02)),
  ];
  const model = fitRanker(data, { iterations: 2000 });
  const shares = (threshold: number) => {
    const top = (d: LabelledQuestion) => Math.max(...d.rows.map((r) => answerProbability(r.features, model)));
    const asked = data.filter((d) => !d.question.decline);
    const off = data.filter((d) => d.question.decline);
    return {
      answered: asked.filter((d) => top(d) >= threshold).length / asked.length,
      declined: off.filter((d) => top(d) < threshold).length / off.length,
    };
  };

  it('aims at both bars: declines the margin above answers, and no threshold does better on the worse of the two', () => {
    const at = shares(model.declineBelow);
    const worse = (s: { answered: number; declined: number }) =>
      Math.min(s.answered, s.declined - DECLINE_MARGIN);
    for (let t = 0; t <= 1; t += 0.01) expect(worse(shares(t))).toBeLessThanOrEqual(worse(at) + 1e-9);
    expect(at.declined).toBeGreaterThanOrEqual(at.answered);
    expect(at.answered).toBeGreaterThan(0.5);
  });
});

describe('the shipped ranker', () => {
  it('was trained on the features this code computes, in their order', () => {
    expect(modelFitsFeatures(MODEL)).toBe(true);
  });

  it('reads each feature under its name in FEATURES', () => {
    // Every feature a different value, so one read under the wrong name shows.
    const features = FEATURES.map((_, i) => (i + 1) / 100);
    const evidence = evidenceOf(features, -0.5);
    expect(FEATURES.map((name) => evidence[name])).toEqual(features);
    expect(evidence.relevanceLead).toBe(-0.5);
  });
});
