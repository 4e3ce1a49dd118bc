// A decline that still shows what the knowledge base has nearby: an entry the question matched well, set aside by a
// rule because it does not say what was asked (here, a cause it never gives), is offered as "nearby", never as the
// answer; a question that matched nothing well, or one that is answered, offers none.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

// A count, but no cause.
const outage: Entry = {
  ...minimalStatistic('stat-northwind-outage'),
  figure: '2300',
  text: {
    pl: 'Awaria systemów w Northwind odwołała około 2300 lotów i kosztowała linię miliony.',
    en: 'A systems outage at Northwind cancelled about 2300 flights and cost the airline millions.',
    ru: 'Сбой систем в Northwind отменил около 2300 рейсов и стоил авиакомпании миллионы.',
  },
  phrasings: {
    pl: ['awaria Northwind', 'ile lotów odwołała awaria Northwind'],
    en: ['Northwind outage', 'how many flights did the Northwind outage cancel'],
    ru: ['сбой Northwind', 'сколько рейсов отменил сбой Northwind'],
  },
};
const selfService: Entry = {
  ...minimalEntry('tip-offer-self-service'),
  text: {
    pl: 'Oferuj samoobsługę obok konsultantów: klienci lubią sami załatwiać proste sprawy.',
    en: 'Offer self-service beside live agents: customers like to settle simple matters themselves.',
    ru: 'Предлагайте самообслуживание рядом с операторами: клиенты любят сами решать простые вопросы.',
  },
  phrasings: {
    pl: ['samoobsługa klientów'],
    en: ['customer self-service'],
    ru: ['самообслуживание клиентов'],
  },
};
const engine = engineOver([outage, selfService]);

describe('a question the entry it matches does not answer', () => {
  it.each([
    'Co było przyczyną awarii systemów w Northwind, która odwołała 2300 lotów?',
    'What caused the Northwind systems outage that cancelled 2300 flights?',
    'Что стало причиной сбоя систем в Northwind, который отменил 2300 рейсов?',
  ])('is declined, with that entry offered as nearby: %s', (question) => {
    const result = engine.answer({ question });
    expect(result.certainty).toBe('declined');
    expect(result.answers).toEqual([]);
    expect(result.nearby.map((r) => r.entry.id)).toEqual(['stat-northwind-outage']);
  });
});

describe('no entry is offered as nearby', () => {
  it.each(['good recipe for banana bread?', 'przepis na chleb bananowy?', 'рецепт бананового хлеба?'])(
    'for a question that matched nothing well: %s',
    (question) => {
      const result = engine.answer({ question });
      expect(result.certainty).toBe('declined');
      expect(result.nearby).toEqual([]);
    },
  );

  it.each([
    'Ile lotów odwołała awaria w Northwind?',
    'How many flights did the Northwind outage cancel?',
    'Сколько рейсов отменил сбой в Northwind?',
  ])('for a question the entry answers: %s', (question) => {
    const result = engine.answer({ question });
    expect(result.answers[0]?.entry.id).toBe('stat-northwind-outage');
    expect(result.nearby).toEqual([]);
  });
});
