// What round 47 of the held-out sets (an agent mid-chat with an upset customer) found: the readers below, on the
// wording the askers used, and the wording that must stay as it was beside it.
import { describe, expect, it } from 'vitest';
import { figuresIn } from '../../src/answer/figures.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { analyzeQuestion } from '../../src/answer/analyze.js';
import { questionAsks } from '../../src/answer/question-asks.js';
import { detailsAsked } from '../../src/answer/detail-asks.js';
import { isFocusWord, isSettingOnlyWord } from '../../src/answer/focus.js';
import { looksTransliterated } from '../../src/answer/translit.js';
import { tokenize } from '../../src/answer/normalize.js';
import { engineOver } from '../fixtures/engines.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';
import type { Entry } from '../../src/kb/schema.js';

describe('an ordinal "first" in the story', () => {
  it('states no figure, in three languages', () => {
    for (const q of [
      '1st agent gave him wrong info',
      '1-szy konsultant coś mu naobiecywał',
      '1-й оператор ошибся',
    ])
      expect(figuresIn(q).numbers, q).toEqual([]);
  });

  it('leaves a counted one and other ordinals figures', () => {
    expect(figuresIn('1 in 26 complain').numbers).toEqual([1, 26]);
    expect(figuresIn('1 klient na 26').numbers).toEqual([1, 26]);
    expect(figuresIn('after the 2nd bad call').numbers).toEqual([2]);
  });
});

describe('an average value asked', () => {
  it('asks for a statistic, not only what the measure is', () => {
    expect([...kindsAskedFor("What's the average employee satisfaction (eNPS) score for staff?")]).toContain(
      'statistic',
    );
    expect([...kindsAskedFor('What is the resolution rate?')]).not.toContain('statistic');
  });
});

describe('a measure asked by what it is', () => {
  const metric: Entry = {
    ...minimalEntry('metric-response-time'),
    kind: 'metric',
    text: {
      pl: 'Czas reakcji to czas, w jakim zespół odpowiada na zgłoszenie klienta.',
      en: 'Response time is how long a customer waits for the team to react to a request.',
      ru: 'Время реакции: сколько клиент ждёт, пока команда ответит на запрос.',
    },
    phrasings: { pl: ['czas reakcji'], en: ['response time'], ru: ['время реакции'] },
  };
  const definition: Entry = {
    ...minimalEntry('def-bad-service'),
    kind: 'definition',
    text: {
      pl: 'Zła obsługa klienta to długi czas reakcji na zgłoszenie i czekanie na pomoc.',
      en: 'Bad customer service is a long response time to a request and waiting for help.',
      ru: 'Плохое обслуживание: долгое время реакции на запрос и ожидание помощи.',
    },
    phrasings: { pl: ['zła obsługa'], en: ['bad customer service'], ru: ['плохое обслуживание'] },
  };
  const engine = engineOver([metric, definition]);

  it('is answered surely by the metric entry, which says what its measure is', () => {
    for (const question of ['what is response time?', 'co to jest czas reakcji?']) {
      const answer = engine.answer({ question });
      expect(answer.answers[0]?.entry.id, question).toBe('metric-response-time');
      // a definition asked: without the metric counting as one, it was only unsure
      expect(answer.certainty, question).toBe('sure');
    }
  });
});

describe('a second asking word after a comma', () => {
  const askCount = (q: string) => questionAsks(q, analyzeQuestion(q))?.words.length ?? 1;

  it('starts a second ask when one was asked before it, in three languages', () => {
    expect(askCount('Delta 2016: сколько рейсов отменили, сколько потеряли?')).toBe(2);
    expect(askCount('how many flights were cancelled, how much money was lost?')).toBe(2);
    expect(askCount('ile lotów odwołano, ile pieniędzy stracili?')).toBe(2);
  });

  it('starts none after a lead-in naming the topic', () => {
    expect(askCount('Delta, how many flights were cancelled?')).toBe(1);
    expect(askCount('Delta 2016, сколько рейсов отменили?')).toBe(1);
  });
});

describe("a named person's job asked", () => {
  it('asks a role, in three languages', () => {
    for (const q of [
      'Райан Блок из истории с Comcast — кем работал?',
      'What did Ryan Block do for a living?',
      'Ryan Block — jako kto pracował?',
    ])
      expect(detailsAsked(q)?.role, q).toBe(true);
  });

  it('is not read in a job asked of no one', () => {
    expect(detailsAsked('кем работать после колл-центра?')?.role ?? false).toBe(false);
  });
});

describe('a benchmark asked in Russian', () => {
  it('names no setting an entry must state, as in English and Polish', () => {
    for (const word of ['бенчмарк', 'бенчмарки', 'benchmark'])
      expect(isFocusWord(word) || isSettingOnlyWord(word), word).toBe(false);
  });
});

describe('soft signs written as apostrophes', () => {
  const transliterated = (q: string) => looksTransliterated(tokenize(q, 200), q);

  it('tell Russian in Latin letters whose tokens lost them', () => {
    const q = "frikcija: povtoryat' problemu neskol'kim operatoram — est' data?";
    expect(looksTransliterated(tokenize(q, 200))).toBe(false);
    expect(transliterated(q)).toBe(true);
  });

  it('are not read in English contractions or Polish inflected names', () => {
    for (const q of [
      "don't we're they've we'll it's the data",
      "cytat Steve'a Jobsa o klientach",
      "what's the customer's view, isn't it",
    ])
      expect(transliterated(q), q).toBe(false);
  });
});
