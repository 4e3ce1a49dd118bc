// Answerable questions the engine missed, read by class (session 14): a ratio asked as a count ("1 na ilu
// klientów", "one in how many", "один из скольких", "compared with"), what a practice checks or brings (the tip, not
// the definition of the one who does it), and what a term covers (the definition, not the tip).
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { rankCandidates } from '../../src/answer/candidates.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';
import { oneIn26, shopperDef, shopperTip } from '../fixtures/story-entries.js';
import { engineOver } from '../fixtures/engines.js';

const loyal10x: Entry = {
  ...minimalEntry('stat-loyal-worth-10x'),
  kind: 'statistic',
  figure: '10×',
  text: {
    pl: 'Lojalny klient jest wart dla firmy 10 razy więcej niż jego pierwszy zakup.',
    en: 'A loyal customer is worth ten times as much to a company as their first purchase.',
    ru: 'Лояльный клиент стоит для компании в 10 раз больше, чем его первая покупка.',
  },
  phrasings: {
    pl: ['wartość lojalnego klienta'],
    en: ['value of a loyal customer'],
    ru: ['ценность лояльного клиента'],
  },
};
const outageCase: Entry = {
  ...minimalEntry('case-airline-outage'),
  kind: 'case',
  text: {
    pl: 'W 2016 roku awaria systemów linii Delta spowodowała około 2300 odwołanych lotów i straty sięgające 150 mln dolarów.',
    en: 'In 2016 a system outage at Delta led to about 2,300 cancelled flights and losses of 150 million dollars.',
    ru: 'В 2016 году сбой систем Delta привёл к отмене около 2300 рейсов и убыткам в 150 млн долларов.',
  },
  phrasings: { pl: ['awaria delty'], en: ['delta outage story'], ru: ['сбой delta'] },
};
const outageFlights: Entry = {
  ...minimalEntry('stat-airline-outage-flights'),
  kind: 'statistic',
  figure: '~2,300 flights',
  text: {
    pl: 'Awaria systemów Delta w 2016 roku skończyła się odwołaniem około 2300 lotów.',
    en: 'The 2016 system outage at Delta led to roughly 2,300 cancelled flights.',
    ru: 'Сбой систем Delta в 2016 году привёл к отмене около 2300 рейсов.',
  },
  phrasings: {
    pl: ['ile lotów odwołała delta', 'ile lotów odwołano po awarii delty'],
    en: ['how many flights did delta cancel', 'how many flights were cancelled in the delta outage'],
    ru: ['сколько рейсов отменила delta'],
  },
};
const engine = engineOver([
  oneIn26,
  loyal10x,
  shopperDef,
  shopperTip,
  outageCase,
  outageFlights,
  minimalEntry(),
]);

function answer(question: string) {
  return engine.answer({ question });
}

/** The entry ranked first (answered or not: a small knowledge base declines more than the real one). */
function first(question: string): string | undefined {
  return rankCandidates(engine, question)[0]?.hit.entry.id;
}

describe('a ratio asked as a count', () => {
  it('asks for a share, not a count of people or a sample, in three languages and with a blank', () => {
    for (const q of [
      'skarży się głośno 1 na ilu klientów?',
      'jeden na ilu klientow zglasza skarge',
      'one in how many unhappy customers complains?',
      '1 out of how many customers complain',
      'один из скольких недовольных клиентов жалуется?',
      'uzupełnij: tylko jeden na ___ klientów się skarży, ile to?',
    ])
      expect(askedValues(q), q).toEqual(['share']);
  });

  it('asks no count when it compares ("compared with", "w porównaniu z", "по сравнению с")', () => {
    for (const q of [
      'how much is a loyal customer worth compared to their first purchase?',
      'ile jest wart lojalny klient w porównaniu z pierwszym zakupem?',
      'сколько стоит лояльный клиент по сравнению с первой покупкой?',
    ])
      expect(askedValues(q), q).toEqual([]);
    // a count asked alone is still a count
    expect(askedValues('how many customers complain?')).toEqual(['count']);
    expect(askedValues('ilu klientów się skarży?')).toContain('count');
  });

  it('is answered by the entry stating the ratio, which it used to rule out', () => {
    for (const q of [
      'skarży się głośno 1 na ilu klientów?',
      'one in how many unhappy customers complains?',
      'один из скольких недовольных клиентов жалуется?',
    ]) {
      const result = answer(q);
      expect(result.answered, q).toBe(true);
      expect(result.answers[0]?.entry.id, q).toBe(oneIn26.id);
    }
    const worth = answer('skolko stoit lojalnyj klient po sravneniyu s ego pervoj pokupkoj?');
    expect(worth.answered).toBe(true);
    expect(worth.answers[0]?.entry.id).toBe(loyal10x.id);
  });
});

describe('what a practice checks or brings', () => {
  it('asks for the tip, in three languages', () => {
    for (const q of [
      'what does a mystery shopper actually evaluate during a visit?',
      'what will they score us on',
      'what benefits does a mystery shopping program bring?',
      'co sprawdza tajemniczy klient w sklepie?',
      'jakie korzyści daje firmie tajemniczy klient?',
      'что оценивает тайный покупатель?',
      'какую пользу приносит тайный покупатель?',
      'Что компании реально даёт проверка тайным покупателем?',
    ])
      expect(kindsAskedFor(q).has('tip'), q).toBe(true);
    expect(kindsAskedFor('what is a mystery shopper?').has('tip')).toBe(false);
  });

  it('gets the tip, not the definition of the one who does it', () => {
    for (const q of [
      'what do mystery shoppers check in a shop?',
      'co ocenia tajemniczy klient w sklepie?',
      'что проверяет тайный покупатель в магазине?',
    ])
      expect(first(q), q).toBe(shopperTip.id);
    expect(first('what is a mystery shopper?')).toBe(shopperDef.id);
  });
});

describe('what a term covers', () => {
  it('asks for the definition, in three languages', () => {
    for (const q of [
      'what counts as bad customer service?',
      'what is meant by customer service quality?',
      'co się właściwie uznaje za złą obsługę klienta?',
      'co rozumie się przez jakość obsługi?',
      'co zwykle kryje się pod hasłem „zła obsługa”?',
      'что понимают под качеством обслуживания?',
      'что считается плохим обслуживанием?',
    ])
      expect(kindsAskedFor(q).has('definition'), q).toBe(true);
    expect(kindsAskedFor('co sprawdza tajemniczy klient?').has('definition')).toBe(false);
  });

  it('gets the definition, not the tip about the same thing', () => {
    for (const q of [
      'what counts as a mystery shopper?',
      'kogo uznaje się za tajemniczego klienta?',
      'что понимают под тайным покупателем?',
    ])
      expect(first(q), q).toBe(shopperDef.id);
  });
});

describe('two figures of one story asked together', () => {
  it('gets the entry telling both before the statistic of one, and one figure asked gets the statistic', () => {
    for (const q of [
      'Awaria systemu Delta w 2016 – ile lotów odwołano i ile firma na tym straciła?',
      'when the delta systems went down, how many flights got cancelled and what did it cost them',
    ])
      expect(first(q), q).toBe(outageCase.id);
    expect(first('how many flights were cancelled in the delta outage?')).toBe(outageFlights.id);
  });
});
