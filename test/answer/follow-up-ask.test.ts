// A figure restated, then something else asked about it: the follow-up's words are what is asked, so the entry
// stating the figure but none of them answers only the restated part.
import { describe, expect, it } from 'vitest';
import { followUpWords } from '../../src/answer/follow-up-ask.js';
import type { Entry } from '../../src/kb/schema.js';
import { candidateEvidence } from '../fixtures/candidate-evidence.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

const retention: Entry = {
  ...minimalStatistic('stat-retention-6x-cheaper'),
  figure: '6x',
  text: {
    pl: 'Utrzymanie klienta jest 6 razy tańsze niż pozyskanie nowego.',
    en: 'Keeping a customer is 6 times cheaper than winning a new one.',
    ru: 'Удержать клиента в 6 раз дешевле, чем привлечь нового.',
  },
  phrasings: {
    pl: ['ile razy taniej utrzymać klienta'],
    en: ['how much cheaper is retention'],
    ru: ['во сколько раз дешевле удержать клиента'],
  },
};
const churn: Entry = {
  ...minimalStatistic('stat-churned-customers-tell-others'),
  figure: '13%',
  text: {
    pl: '13% niezadowolonych klientów opowiada o tym ponad 15 osobom; nowi klienci odchodzą wtedy szybciej.',
    en: '13% of unhappy customers tell more than 15 people; new customers then leave sooner.',
    ru: '13% недовольных клиентов рассказывают об этом более чем 15 людям; новые клиенты тогда уходят быстрее.',
  },
  phrasings: {
    pl: ['komu mówią niezadowoleni klienci'],
    en: ['how many people do unhappy customers tell'],
    ru: ['скольким людям рассказывают недовольные клиенты'],
  },
};
const engine = engineOver([retention, churn, minimalEntry()]);

const detailMissing = (question: string, id: string) => candidateEvidence(engine, question, id).detailMissing;

describe('a follow-up asked after a restated figure', () => {
  it('is read after a contrast word in three languages', () => {
    expect([...followUpWords('Удержать клиента в 6 раз дешевле — а отдельно для B2B сколько?')]).toEqual([
      'отдельно',
      'для',
      'b2b',
      'сколько',
    ]);
    expect([...followUpWords('Retention is 6x cheaper - and for B2B?')]).toEqual(['for', 'b2b']);
    expect([
      ...followUpWords('Delta cancelled 2300 flights, but how many passengers were stranded?'),
    ]).toEqual(['how', 'many', 'passengers', 'were', 'stranded']);
    expect([...followUpWords('13% mówi 15 osobom, ale ile z nich odchodzi?')]).toEqual([
      'ile',
      'z',
      'nich',
      'odchodzi',
    ]);
  });

  it('is read after a figure written in words', () => {
    expect([
      ...followUpWords('сорок четыре процента покупают повторно — а насколько растёт средний чек?'),
    ]).toEqual(['насколько', 'растет', 'среднии', 'чек']);
    expect([...followUpWords('Keeping a customer is six times cheaper - and for B2B?')]).toEqual([
      'for',
      'b2b',
    ]);
    expect([...followUpWords('Delta odwołała dwa tysiące lotów, a ilu pasażerów utknęło?')]).toEqual([
      'ilu',
      'pasazerow',
      'utknelo',
    ]);
    // A number word without a unit or a magnitude is no figure ("two agents").
    expect([...followUpWords('We have two agents, and what should we do?')]).toEqual([]);
  });

  it('is not read without a figure before it, nor from the English article "a" or a digit inside a name', () => {
    for (const q of [
      'Who was the guest on the K2 podcast, and from which company?',
      'Is keeping a customer cheaper, but by how much?',
      'Is it 6 or 7 times more expensive to get a new customer?',
      '86% leave after a bad experience, right?',
      'Keeping 1 customer is a lot cheaper than a new one?',
    ])
      expect([...followUpWords(q)], q).toEqual([]);
  });

  it('rules out the entry stating the figure but nothing of the follow-up, not one matching it', () => {
    const b2b = 'Keeping a customer is 6 times cheaper - and for B2B?';
    expect(detailMissing(b2b, retention.id)).toBe(1);
    expect(engine.answer({ question: b2b }).certainty).toBe('declined');
    const answered = 'Keeping a customer is 6 times cheaper, but do new customers then leave sooner?';
    expect(detailMissing(answered, churn.id)).toBe(0);
    expect(engine.answer({ question: answered }).certainty).not.toBe('declined');
    expect(detailMissing('how much cheaper is retention?', retention.id)).toBe(0);
  });

  it('rules the entry out when the follow-up is split off as an ask of its own ("- but what…")', () => {
    // "but what" also opens a second ask (question-asks.ts): the restatement alone is no ask to answer.
    const split = 'Keeping a customer is 6 times cheaper - but what about B2B onboarding?';
    expect(detailMissing(split, retention.id)).toBe(1);
    expect(engine.answer({ question: split }).certainty).toBe('declined');
  });
});
