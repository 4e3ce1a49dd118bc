// A question about pleased customers is not answered by a quote or a finding about displeased ones only (and the other
// way round): the mood asked is a detail such an entry does not state. Entries speaking of both, and tips, still answer.
import { describe, expect, it } from 'vitest';
import { customerMood } from '../../src/answer/customer-mood.js';
import { foldText } from '../../src/answer/normalize.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

const bezosQuote: Entry = {
  ...minimalEntry('quote-bezos-six-friends'),
  kind: 'quote',
  text: {
    pl: '„Jeśli rozczarujesz klientów w internecie, każdy z nich może opowiedzieć o tym 6000 osobom.” – Jeff Bezos.',
    en: '“If you make customers unhappy on the internet, they can each tell 6,000 friends.” – Jeff Bezos.',
    ru: '«Если разочаруете клиентов в интернете — каждый может рассказать 6000 друзьям». — Джефф Безос.',
  },
  phrasings: {
    pl: ['Jeff Bezos cytat internet 6000'],
    en: ['Jeff Bezos quote internet 6000'],
    ru: ['цитата Джеффа Безоса интернет 6000'],
  },
  source: { title: 'Bad service', attribution: 'Jeff Bezos' },
};
const tellBoth: Entry = {
  ...minimalStatistic('stat-unhappy-tell-15-happy-6'),
  figure: '15 vs 6',
  text: {
    pl: 'Niezadowolony klient opowie o złej obsłudze 15 osobom, a zadowolony tylko sześciu.',
    en: 'An unhappy customer tells 15 people about bad service, while a happy one tells only six.',
    ru: 'Недовольный клиент расскажет о плохом сервисе 15 людям, а довольный — лишь шести.',
  },
  phrasings: {
    pl: ['ilu osobom opowie klient o obsłudze'],
    en: ['how many people does a customer tell about service'],
    ru: ['скольким людям расскажет клиент об обслуживании'],
  },
};

const engine = engineOver([bezosQuote, tellBoth, minimalEntry()]);
const ask = (question: string) => engine.answer({ question });

describe('the mood of the customers a text speaks of', () => {
  it('is read in three languages, adjectives and not the measure or an adverb', () => {
    expect(customerMood(foldText('how many happy customers come back?'))).toBe('pleased');
    expect(customerMood(foldText('ilu zadowolonych klientów wraca?'))).toBe('pleased');
    expect(customerMood(foldText('скольким расскажут довольные клиенты?'))).toBe('pleased');
    expect(customerMood(foldText('what do unhappy customers do?'))).toBe('displeased');
    expect(customerMood(foldText('ilu rozczarowanych klientów odchodzi?'))).toBe('displeased');
    expect(customerMood(foldText('сколько недовольных клиентов жалуются?'))).toBe('displeased');
    expect(customerMood(foldText('unhappy customers tell 15, happy ones six'))).toBeUndefined();
    expect(customerMood(foldText('клиенты довольно часто уходят молча'))).toBeUndefined();
    expect(customerMood(foldText('формула индекса удовлетворенности CSI'))).toBeUndefined();
  });
});

describe('a question about customers of one mood', () => {
  it('is declined beside a quote about customers of the other mood only', () => {
    const quoteOnly = engineOver([bezosQuote, minimalEntry()]);
    for (const q of [
      'Безос что-то говорил про довольных клиентов онлайн - скольким друзьям они расскажут?',
      'Bezos said something about happy customers on the internet - how many friends will they tell?',
      'Bezos mówił coś o zadowolonych klientach w internecie – ilu osobom opowiedzą?',
    ])
      expect(quoteOnly.answer({ question: q }).certainty, q).toBe('declined');
  });

  it('gets the quote when it asks of the quote own mood, and an entry speaking of both either way', () => {
    for (const [q, id] of [
      [
        'Bezos on unhappy customers on the internet: how many friends will they tell?',
        'quote-bezos-six-friends',
      ],
      ['how many people does a happy customer tell about the service?', 'stat-unhappy-tell-15-happy-6'],
      ['скольким людям расскажет недовольный клиент о сервисе?', 'stat-unhappy-tell-15-happy-6'],
    ] as const) {
      const result = ask(q);
      expect(result.answered, q).toBe(true);
      expect(result.answers[0]?.entry.id, q).toBe(id);
    }
  });
});
