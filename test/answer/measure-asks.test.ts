// A question asking which measures to track asks for several: one metric's own entry answers only a part of it, and
// the advice naming a set of measures comes first; a question about that one metric still gets the metric.
import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import { rankCandidates } from '../../src/answer/candidates.js';
import { FEATURES } from '../../src/answer/evidence.js';
import { MODEL } from '../../src/answer/ranker.js';
import { asksForMeasures } from '../../src/answer/measure-asks.js';
import { withoutNegatedChoice } from '../../src/answer/negated-choice.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

const responseTime: Entry = {
  ...minimalEntry('metric-response-time'),
  kind: 'metric',
  term: { pl: 'czas odpowiedzi', en: 'response time', ru: 'время ответа' },
  text: {
    pl: 'Czas odpowiedzi to to, jak długo klient czeka na reakcję zespołu. To jedna z podstawowych miar jakości obsługi.',
    en: 'Response time is how long a customer waits for the team to react. It is one of the core measures of service quality.',
    ru: 'Время ответа — это то, сколько клиент ждёт реакции команды. Это один из основных показателей качества обслуживания.',
  },
  phrasings: {
    pl: ['co to jest czas odpowiedzi', 'metryka czasu odpowiedzi'],
    en: ['what is response time', 'response time metric'],
    ru: ['что такое время ответа', 'метрика времени ответа'],
  },
};
const defineMetrics: Entry = {
  ...minimalEntry('tip-define-service-metrics'),
  text: {
    pl: 'Ustal jasne wskaźniki jakości obsługi, np. czas odpowiedzi, odsetek rozwiązanych spraw i oceny zadowolenia. Przeglądaj je regularnie.',
    en: 'Set clear service-quality metrics, such as response time, resolution rate and satisfaction scores. Review them regularly.',
    ru: 'Определите чёткие показатели качества обслуживания: время ответа, долю решённых обращений и оценки удовлетворённости. Регулярно их пересматривайте.',
  },
  phrasings: {
    pl: ['jak mierzyć jakość obsługi'],
    en: ['how to measure service quality'],
    ru: ['как измерять качество обслуживания'],
  },
};
const engine = engineOver([responseTime, defineMetrics, minimalEntry()]);

function oneMeasureOfMany(question: string, id: string): number {
  const candidate = rankCandidates(engine, question).find((c) => c.hit.entry.id === id);
  if (!candidate) throw new Error(`${id} is not a candidate for "${question}"`);
  return candidate.evidence.oneMeasureOfMany;
}

describe('a question asking which measures to track', () => {
  it('is read by plural measure words in three languages, and not by a single metric', () => {
    for (const q of [
      'which metrics should we track?',
      'setting KPIs for Q3 - what should we look at',
      'jakie KPI do mierzenia jakości obsługi?',
      'jakie wskaźniki śledzić w obsłudze klienta',
      'szef pyta, jakie są miary jakości',
      'Какие метрики, кроме CSAT, стоит смотреть?',
      'по каким показателям оценить качество обслуживания?',
    ])
      expect(asksForMeasures(q), q).toBe(true);
    for (const q of [
      'metryka ogólnej satysfakcji klienta – co właściwie pokazuje?',
      'есть такая метрика?',
      'what is the response time metric',
      'how do we measure response time',
    ])
      expect(asksForMeasures(q), q).toBe(false);
  });

  it('is read by how to measure the service or its quality, in the singular too, and not by one measure', () => {
    for (const q of [
      'how can we measure the quality of our customer service?',
      'ways to measure service quality?',
      'besides response time, what else should we track to judge service quality?',
      'jak zmierzyć jakość obsługi klienta w firmie?',
      'czym mierzyć jakość obsługi w naszym dziale?',
      'czas odpowiedzi i co jeszcze warto mierzyć w obsłudze?',
      'как измерить качество обслуживания клиентов?',
      'чем измерять качество работы поддержки?',
      'какие способы измерить качество обслуживания перечисляет статья?',
      'jakie są sposoby mierzenia jakości obsługi?',
    ])
      expect(asksForMeasures(q), q).toBe(true);
    for (const q of [
      'how do we measure response time?',
      'jak mierzyć czas oczekiwania na odpowiedź?',
      'как измерить доступность консультантов?',
      'jak zmierzyć prędkość łącza?',
      'what is service quality?',
    ])
      expect(asksForMeasures(q), q).toBe(false);
  });

  it('asks for the advice naming several measures, not for one metric’s kind', () => {
    const kinds = rankCandidates(engine, 'which metrics should we track?').find(
      (c) => c.hit.entry.id === responseTime.id,
    )?.evidence;
    expect(kinds?.kindAskedAndMatches).toBe(0);
    expect(kinds?.kindAskedOtherwise).toBe(1);
    const single = rankCandidates(engine, 'what is the response time metric?').find(
      (c) => c.hit.entry.id === responseTime.id,
    )?.evidence;
    expect(single?.kindAskedAndMatches).toBe(1);
  });

  it('marks the one metric as a part of what is asked, and not the advice naming several', () => {
    const q = 'which metrics should we track to measure service quality?';
    expect(oneMeasureOfMany(q, responseTime.id)).toBe(1);
    expect(oneMeasureOfMany(q, defineMetrics.id)).toBe(0);
    expect(oneMeasureOfMany('what is the response time metric?', responseTime.id)).toBe(0);
  });

  it('is a ranker input, read after the older ones (trained weights follow that order)', () => {
    expect(FEATURES.at(-1)).toBe('oneMeasureOfMany');
  });

  it('lowers the one metric where several measures are asked, and only there (trained weight below zero)', () => {
    const at = FEATURES.indexOf('oneMeasureOfMany');
    const without = new AnswerEngine(engine.kb, {
      ...MODEL,
      weights: MODEL.weights.map((w, i) => (i === at ? 0 : w)),
    });
    const metricP = (e: AnswerEngine, q: string) =>
      rankCandidates(e, q).find((c) => c.hit.entry.id === responseTime.id)?.probability ?? NaN;
    for (const q of [
      'what are the core measures of service quality?',
      'основные показатели качества обслуживания?',
    ])
      expect(metricP(engine, q), q).toBeLessThan(metricP(without, q));
    const single = 'what is the response time metric?';
    expect(metricP(engine, single)).toBe(metricP(without, single));
  });

  it('gets the advice naming several measures, and a question about the one metric gets the metric', () => {
    for (const q of [
      'which metrics should we track to measure service quality?',
      'jakie wskaźniki jakości obsługi ustalić?',
      'какие показатели качества обслуживания определить?',
      'czym mierzyć jakość obsługi w dziale?',
      'как измерить качество обслуживания клиентов?',
    ]) {
      const result = engine.answer({ question: q });
      expect(result.answers[0]?.entry.id, q).toBe(defineMetrics.id);
    }
    for (const q of ['what is response time?', 'co to jest czas odpowiedzi?']) {
      const result = engine.answer({ question: q });
      expect(result.answered, q).toBe(true);
      expect(result.answers[0]?.entry.id, q).toBe(responseTime.id);
    }
  });
});

describe('a measure asked by what it is not', () => {
  it('drops the negated clause in three languages, and leaves other negations alone', () => {
    for (const [q, gone] of [
      ['of the service-quality measures, which one is NOT about speed or waiting?', 'speed'],
      ['which of them isn’t about response time?', 'response'],
      ['które z nich nie dotyczą czasu odpowiedzi?', 'czasu'],
      ['какой из них не про скорость ответа?', 'скорость'],
    ] as const)
      expect(withoutNegatedChoice(q), q).not.toContain(gone);
    for (const q of [
      "is it true customers don't complain?",
      'dlaczego klienci nie wracają?',
      'почему клиенты не жалуются?',
    ])
      expect(withoutNegatedChoice(q), q).toBe(q);
  });

  it('puts the advice naming the measures first, not the metric it excludes', () => {
    for (const q of [
      'of the measures, which one is NOT about how long customers wait?',
      'który wskaźnik nie dotyczy tego, jak długo klient czeka na reakcję zespołu?',
      'как измерять качество обслуживания — какой из них не про то, сколько клиент ждёт реакции команды?',
    ])
      expect(rankCandidates(engine, q)[0]?.hit.entry.id, q).toBe(defineMetrics.id);
  });
});
