// Answering questions from the shipped knowledge base: the right entry in the asker's language, or an honest decline.
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import { DECLINE_BELOW, localeToLang, type AnswerResult } from '../../src/answer/answer-question.js';
import { readEvalQuestions } from '../../src/eval/questions-file.js';
import { LANGS } from '../../src/kb/schema.js';
import { shippedEngine } from '../fixtures/engines.js';

// Chosen by reading data/kb: the statistics on how few unhappy customers complain (the same fact in three articles).
const HOW_MANY_COMPLAIN = [
  'stat-only-1-in-26-complain-s000',
  'stat-1-in-26-complain-s002a',
  'stat-about-4-percent-complain-s001',
];
// The statistics comparing the cost of winning a new customer with keeping one.
const ACQUISITION_VS_RETENTION_COST = [
  'stat-new-customer-6-7x-costlier-s000',
  'stat-retention-6x-cheaper-s001',
];

let engine: AnswerEngine;

beforeAll(async () => {
  engine = await shippedEngine();
});

const ask = (question: string, options: { lang?: 'pl' | 'en' | 'ru'; userLocale?: string } = {}) =>
  engine.answer({ question, ...options });

const topId = (result: AnswerResult) => result.answers[0]?.entry.id;

/** The fields every result has, whatever the question. */
function expectWellFormed(result: AnswerResult): void {
  expect(typeof result.query).toBe('string');
  expect(LANGS).toContain(result.lang);
  expect(typeof result.answered).toBe('boolean');
  expect(result.confidence).toBeGreaterThanOrEqual(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
  expect(Array.isArray(result.answers)).toBe(true);
  expect(Array.isArray(result.suggestedTopics)).toBe(true);
}

describe('the sample questions of the product brief', () => {
  it.each([
    ['ile klientow narzeka?', 'pl', HOW_MANY_COMPLAIN, 'complaints'],
    ['cost of a new customer vs keeping one', 'en', ACQUISITION_VS_RETENTION_COST, 'acquisition-retention'],
    ['как часто клиенты жалуются', 'ru', HOW_MANY_COMPLAIN, 'complaints'],
  ])('answers "%s" in %s with a statistic on the right topic', (question, lang, acceptable, topic) => {
    const result = ask(question);
    const best = result.answers[0]?.entry;
    expect({ answered: result.answered, lang: result.lang }).toEqual({ answered: true, lang });
    expect(acceptable).toContain(best?.id);
    expect(best?.kind).toBe('statistic');
    expect(best?.topics).toContain(topic);
  });
});

describe('the way a question is typed', () => {
  it.each([
    ['ile klientów narzeka?', 'ile klientow narzeka?'],
    ['Ile klientów się skarży?', 'ile klientow sie skarzy'],
    ['jak mierzyć zadowolenie klientów', 'jak mierzyc zadowolenie klientow'],
    [
      'Ile kosztuje zdobycie nowego klienta w porównaniu z utrzymaniem?',
      'ile kosztuje zdobycie nowego klienta w porownaniu z utrzymaniem?',
    ],
  ])('gives "%s" and "%s" (no diacritics) the same top answer', (withDiacritics, without) => {
    const [a, b] = [ask(withDiacritics), ask(without)];
    expect(a.answered).toBe(true);
    expect(topId(b)).toBe(topId(a));
  });

  it.each([
    ['сколько клиентов подаёт жалобу', 'сколько клиентов подает жалобу'],
    ['как измерить удовлетворённость клиентов', 'как измерить удовлетворенность клиентов'],
  ])('gives "%s" and "%s" (е for ё) the same top answer', (withYo, withYe) => {
    const [a, b] = [ask(withYo), ask(withYe)];
    expect(a.answered).toBe(true);
    expect(topId(b)).toBe(topId(a));
  });

  it('gives a question in capitals the same top answer as in lower case', () => {
    expect(topId(ask('ILE KLIENTÓW NARZEKA?'))).toBe(topId(ask('ile klientów narzeka?')));
  });

  it.each([
    ['ile klijentow narzeka?', HOW_MANY_COMPLAIN],
    ['cost of a new custmer vs keeping one', ACQUISITION_VS_RETENTION_COST],
  ])('still finds the answer to "%s" despite the typo', (question, acceptable) => {
    const result = ask(question);
    expect(result.answered).toBe(true);
    expect(acceptable).toContain(topId(result));
  });

  // The same fact, not always the same article's telling of it: the three complaint statistics say one thing
  // (1 in 26, about 4 %), and a phrasing taught to one of them can tip a reordered question to its twin.
  it.each([
    [
      'cost of a new customer vs keeping one',
      'keeping one vs cost of a new customer',
      ACQUISITION_VS_RETENTION_COST,
    ],
    ['ile klientow narzeka', 'narzeka ile klientow', HOW_MANY_COMPLAIN],
    ['как часто клиенты жалуются', 'клиенты жалуются как часто', HOW_MANY_COMPLAIN],
  ])(
    'gives "%s" and "%s" (other word order) an answer stating the same fact',
    (question, reordered, sameFact) => {
      const [a, b] = [ask(question), ask(reordered)];
      expect([a.answered, b.answered]).toEqual([true, true]);
      expect(sameFact).toContain(topId(a));
      expect(sameFact).toContain(topId(b));
    },
  );
});

describe('an off-topic question', () => {
  it.each([
    ['what is the capital of France', 'en'],
    ['jak zrobić pierogi', 'pl'],
    ['какая столица Франции', 'ru'],
  ])('declines "%s" in %s with no answers', (question, lang) => {
    const result = ask(question);
    expect({ answered: result.answered, answers: result.answers, lang: result.lang }).toEqual({
      answered: false,
      answers: [],
      lang,
    });
  });

  it.each(['what is the capital of France', 'jak zrobić pierogi'])(
    'suggests up to three topics of the knowledge base instead of answering "%s"',
    (question) => {
      const { suggestedTopics } = ask(question);
      expect(suggestedTopics.length).toBeGreaterThan(0);
      expect(suggestedTopics.length).toBeLessThanOrEqual(3);
      for (const id of suggestedTopics) expect(engine.kb.topic(id)).toBeDefined();
    },
  );
});

describe('confidence', () => {
  // The evaluation set is a varied corpus of real questions, answerable and off-topic, in all three languages.
  let results: AnswerResult[];

  beforeAll(async () => {
    const questions = await readEvalQuestions();
    results = questions.map((q) => ask(q.q));
  });

  it('is between 0 and 1 for every question of the evaluation set', () => {
    const outside = results.filter((r) => !(r.confidence >= 0 && r.confidence <= 1));
    expect(outside).toEqual([]);
  });

  it('answers exactly when the confidence reaches DECLINE_BELOW', () => {
    const inconsistent = results.filter((r) => r.answered !== r.confidence >= DECLINE_BELOW);
    expect(inconsistent).toEqual([]);
  });

  it('is the score of the top answer when answered', () => {
    const answered = results.filter((r) => r.answered);
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.filter((r) => r.answers[0]?.score !== r.confidence)).toEqual([]);
  });

  it('gives at most three answers, and none when declined, with suggested topics only when declined', () => {
    const odd = results.filter((r) =>
      r.answered
        ? r.answers.length < 1 || r.answers.length > 3 || r.suggestedTopics.length > 0
        : r.answers.length > 0 || r.suggestedTopics.length === 0,
    );
    expect(odd).toEqual([]);
  });
});

describe('the answer language', () => {
  it('is the explicit choice over the question language and the locale', () => {
    expect(ask('ile klientow narzeka?', { lang: 'ru', userLocale: 'en-US' }).lang).toBe('ru');
  });

  it('is the question language over the user locale', () => {
    expect(ask('how many customers complain', { userLocale: 'pl' }).lang).toBe('en');
  });

  it('is the user locale when the question has only digits', () => {
    expect(ask('86%', { userLocale: 'pl' }).lang).toBe('pl');
  });

  it('reads a regional locale such as ru-RU by its language', () => {
    expect(ask('86%', { userLocale: 'ru-RU' }).lang).toBe('ru');
  });

  it('is English when neither the question nor the locale tells', () => {
    expect([ask('86%').lang, ask('86%', { userLocale: 'de' }).lang]).toEqual(['en', 'en']);
  });

  it('does not change the top answer when chosen explicitly', () => {
    const question = 'how many customers complain';
    expect(topId(ask(question, { lang: 'ru' }))).toBe(topId(ask(question)));
  });
});

describe('localeToLang', () => {
  it('maps Discord locales of our languages and nothing else', () => {
    expect(['pl', 'en-US', 'en-GB', 'ru', 'de', undefined].map(localeToLang)).toEqual([
      'pl',
      'en',
      'en',
      'ru',
      undefined,
      undefined,
    ]);
  });
});

describe('unusual input', () => {
  it('answers a 6,000-character question without throwing, in the normal shape', () => {
    const question = 'how many customers complain about slow answers? '.repeat(130).slice(0, 6000);
    expect(question).toHaveLength(6000);
    const result = ask(question);
    expectWellFormed(result);
    expect(result.query).toBe(question.trim());
  });

  it('answers 6,000 characters of one unknown word without throwing', () => {
    expectWellFormed(ask('x'.repeat(6000)));
  });

  it.each(['?!?! ...', '😀🙈👍', '¿¡ — …', '   '])(
    'declines "%s" (no words) in the normal shape, offering topics',
    (question) => {
      const result = ask(question);
      expectWellFormed(result);
      expect({ answered: result.answered, answers: result.answers, confidence: result.confidence }).toEqual({
        answered: false,
        answers: [],
        confidence: 0,
      });
      expect(result.suggestedTopics.length).toBeGreaterThan(0);
    },
  );
});
