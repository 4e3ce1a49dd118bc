// The decline knows what was asked: a name alone, or an attribute the entry never states, is no answer.
import { describe, expect, it } from 'vitest';
import { certaintyOf, DECLINE_BELOW, UNSURE_BELOW } from '../../src/answer/answer-question.js';
import { isFocusWord } from '../../src/answer/focus.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver, withTexts } from '../fixtures/engines.js';

const zapposCall = withTexts(
  { ...minimalEntry('case-zappos-long-call'), kind: 'case' },
  {
    pl: 'Konsultant firmy Zappos rozmawiał z klientką przez 10 godzin, bo tak długo trwało rozwiązanie jej sprawy.',
    en: 'A Zappos agent stayed on the phone with a customer for 10 hours, as long as solving her problem took.',
    ru: 'Сотрудник Zappos говорил с клиенткой 10 часов: столько заняло решение её вопроса.',
  },
  {
    pl: ['najdłuższa rozmowa z klientem'],
    en: ['longest customer call'],
    ru: ['самый долгий звонок клиенту'],
  },
);
const complaints = withTexts(
  minimalStatistic('stat-few-complain'),
  {
    pl: 'Tylko jeden na dziesięciu niezadowolonych klientów składa skargę; reszta po prostu odchodzi.',
    en: 'Only one in ten unhappy customers complains; the rest simply leave.',
    ru: 'Жалуется лишь один из десяти недовольных клиентов, остальные просто уходят.',
  },
  {
    pl: ['ilu klientów się skarży'],
    en: ['how many customers complain'],
    ru: ['сколько клиентов жалуются'],
  },
);
const training = withTexts(
  minimalEntry('tip-train-consultants'),
  {
    pl: 'Szkol konsultantów regularnie z produktu i z rozmowy z trudnym klientem.',
    en: 'Train consultants regularly on the product and on talking to difficult customers.',
    ru: 'Регулярно обучайте консультантов продукту и работе с трудными клиентами.',
  },
  {
    pl: ['jak szkolić konsultantów'],
    en: ['how to train consultants'],
    ru: ['как обучать консультантов'],
  },
);

const engine = engineOver([zapposCall, complaints, training]);
const ask = (question: string) => engine.answer({ question });

describe('a question that shares only a name with an entry', () => {
  it('is declined when it asks something the entry does not say', () => {
    for (const q of [
      'In what year was Zappos founded?',
      'who is the CEO of Zappos',
      'ile zarabia konsultant w Zappos',
    ]) {
      expect(ask(q).certainty, q).toBe('declined');
    }
  });

  it('is answered when the rest of the question is about the entry too', () => {
    const result = ask('the Zappos agent who stayed 10 hours on a call');
    expect(result.certainty).not.toBe('declined');
    expect(result.answers[0]?.entry.id).toBe('case-zappos-long-call');
  });
});

describe('a question that asks for an attribute the entry never mentions', () => {
  it('is declined even when its topic words match', () => {
    expect(ask('what salary do consultants earn').certainty).toBe('declined');
    expect(ask('какая зарплата у консультантов').certainty).toBe('declined');
  });

  it('recognises attribute words in the three languages, with or without diacritics', () => {
    for (const word of ['founded', 'salary', 'założona', 'zalozona', 'pensji', 'зарплата', 'основана']) {
      expect(isFocusWord(word), word).toBe(true);
    }
    for (const word of ['customers', 'complain', 'klientów', 'жалуются', 'training']) {
      expect(isFocusWord(word), word).toBe(false);
    }
  });
});

describe('certainty and "did you mean"', () => {
  it('a full match is answered, and offers "did you mean" entries only when unsure', () => {
    const result = ask('how many unhappy customers complain');
    expect(result.answered).toBe(true);
    expect(result.answers[0]?.entry.id).toBe('stat-few-complain');
    if (result.certainty === 'sure') expect(result.closest).toEqual([]);
    else expect(result.certainty).toBe('unsure');
  });

  it('certainty follows the calibrated thresholds', () => {
    expect(certaintyOf(DECLINE_BELOW - 0.001)).toBe('declined');
    expect(certaintyOf(DECLINE_BELOW)).toBe(DECLINE_BELOW < UNSURE_BELOW ? 'unsure' : 'sure');
    expect(certaintyOf(UNSURE_BELOW)).toBe('sure');
  });

  it('a declined question offers at most two closest entries, never the answer it refused to give as an answer', () => {
    const result = ask('who is the CEO of Zappos');
    expect(result.answered).toBe(false);
    expect(result.answers).toEqual([]);
    expect(result.closest.length).toBeLessThanOrEqual(2);
  });
});
