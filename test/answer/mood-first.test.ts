// Session 20 (quality20a): the happy and the unhappy customers' findings of one topic each name both moods, so the
// detail rule spares both; a question asking of one mood, negated forms included, puts the finding about that mood
// first (mood-first.ts). Small fixture entries; no shipped wording.
import { describe, expect, it } from 'vitest';
import { rankCandidates } from '../../src/answer/candidates.js';
import { customerMood, leadingMood } from '../../src/answer/customer-mood.js';
import { findingMood } from '../../src/answer/mood-first.js';
import { foldText } from '../../src/answer/normalize.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

// Members of a club telling others about it: the pleased members' finding and the displeased ones', each naming both.
const pleasedTell: Entry = {
  ...minimalStatistic('stat-pleased-members-tell-4', 'complaints'),
  figure: '4',
  text: {
    pl: 'Zadowolony członek klubu poleci go najwyżej czterem znajomym. Niezadowolony mówi więcej.',
    en: 'A pleased club member recommends the club to at most four friends. A displeased one says more.',
    ru: 'Довольный член клуба порекомендует его не более чем четырём знакомым. Недовольный говорит больше.',
  },
  phrasings: { pl: ['członek klubu poleca'], en: ['member recommends club'], ru: ['член клуба советует'] },
};
const displeasedTell: Entry = {
  ...minimalStatistic('stat-displeased-members-tell-12', 'complaints'),
  figure: '12',
  text: {
    pl: 'Niezadowolony członek klubu opowie o tym 12 znajomym, trzy razy więcej niż zadowolony członek klubu, który poleca klub znajomym.',
    en: 'A displeased club member tells 12 friends about it, three times as many as a pleased club member who recommends the club to friends.',
    ru: 'Недовольный член клуба расскажет об этом 12 знакомым — втрое больше, чем довольный член клуба, который советует клуб знакомым.',
  },
  phrasings: {
    pl: ['ilu znajomym powie członek klubu', 'członek klubu poleca klub znajomym'],
    en: ['how many friends does a club member tell', 'club member recommends the club to friends'],
    ru: ['скольким знакомым расскажет член клуба', 'член клуба советует клуб знакомым'],
  },
};

const engine = engineOver([pleasedTell, displeasedTell, minimalEntry()]);
const first = (question: string) => rankCandidates(engine, question)[0]?.hit.entry.id;

describe('the mood a finding is about', () => {
  it('is the one its first sentence names first, alike in every language', () => {
    expect(findingMood(pleasedTell)).toBe('pleased');
    expect(findingMood(displeasedTell)).toBe('displeased');
    expect(findingMood(minimalEntry())).toBeUndefined();
    expect(leadingMood(foldText('An unhappy customer tells 15, twice as many as a satisfied one'))).toBe(
      'displeased',
    );
  });
});

describe('the mood a question asks of', () => {
  it('reads the Polish plural of zadowolony and niezadowolony, not the noun zadowolenie', () => {
    expect(customerMood(foldText('ilu znajomym mówią zadowoleni klienci?'))).toBe('pleased');
    expect(customerMood(foldText('ilu znajomym mówią niezadowoleni klienci?'))).toBe('displeased');
    expect(customerMood(foldText('wkurzeni klienci dzwonią'))).toBe('displeased');
    expect(customerMood(foldText('jak mierzyć zadowolenie klientów?'))).toBeUndefined();
  });

  it('reads a pleased word negated, or a liking denied, as displeased, in three languages', () => {
    for (const q of [
      "a customer who wasn't happy with the service",
      'a customer who did not like the service',
      'klient, który nie był zadowolony z obsługi',
      'klient, któremu nie spodobała się obsługa',
      'клиент, который остался не доволен сервисом',
      'клиенту не понравилось обслуживание',
    ])
      expect(customerMood(foldText(q)), q).toBe('displeased');
    expect(customerMood(foldText('клиент доволен сервисом'))).toBe('pleased');
  });
});

describe('a question asking of one mood', () => {
  it('gets the finding about that mood first, in three languages', () => {
    for (const [q, id] of [
      ['how many friends does a pleased club member tell about the club?', pleasedTell.id],
      ['ilu znajomym poleci klub zadowolony członek klubu?', pleasedTell.id],
      ['скольким знакомым посоветует клуб довольный член клуба?', pleasedTell.id],
      ["how many friends does a club member who wasn't happy tell?", displeasedTell.id],
      ['ilu znajomym powie członek klubu, któremu klub się nie spodobał?', displeasedTell.id],
      ['скольким знакомым расскажет член клуба, которому не понравилось?', displeasedTell.id],
    ] as const)
      expect(first(q), q).toBe(id);
  });

  it('leaves the order as it is when it asks of both moods', () => {
    const both = 'do pleased or displeased club members tell more friends?';
    expect(customerMood(foldText(both))).toBeUndefined();
    expect(first(both)).toBe(displeasedTell.id);
  });
});

// The session review's finds: "\p{L}+n't" read any word ending in "nt" as a negative.
describe('the customer mood of words ending in "nt" and of other negations', () => {
  it('reads "client happy", "percent happy", "agent pleased" as pleased', () => {
    for (const q of [
      'How many people does a client happy with the service tell?',
      'What percent happy customers come back?',
      'Is a client pleased by a quick reply?',
      'I want happy customers',
    ])
      expect(customerMood(foldText(q)), q).toBe('pleased');
  });

  it('reads a curly apostrophe, "nie jestem zadowolony" and "недоволен" as displeased', () => {
    for (const q of [
      'How many people does a customer who wasn’t happy tell?',
      'Nie jestem zadowolony z obsługi',
      'клиент недоволен, что делать?',
      'A customer who isnt happy, how many people will he tell?',
    ])
      expect(customerMood(foldText(q)), q).toBe('displeased');
  });
});
