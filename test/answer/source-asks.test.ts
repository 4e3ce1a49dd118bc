// A finding's source asked ("who found that…", "kto to badał", "кто выяснил", "whose research", "according to whom") is
// answered by an entry crediting its figure to anyone or anything, a kind of study too ("Secret-shopper audits show…"),
// and declined by one crediting nothing; a firm asked by its trade ("which research firm") still needs one named.
// Where a figure comes from ("where does the 12% come from", "skąd ta liczba", "откуда цифра") is answered by any
// entry: its citation says it. Small fixture entries, three languages.
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { statesValue, valueBit, valuesStated } from '../../src/answer/stated-values.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

// Credits a kind of study, names no one.
const audits: Entry = {
  ...minimalStatistic('stat-audits-12-percent-hotels'),
  figure: '12%',
  text: {
    pl: 'Audyty metodą tajemniczego gościa pokazują, że tylko 12% hoteli wita gości po imieniu.',
    en: 'Secret-guest audits show that only 12% of hotels greet guests by name.',
    ru: 'Проверки методом «тайного гостя» показывают, что лишь 12% отелей приветствуют гостей по имени.',
  },
  phrasings: {
    pl: ['ile hoteli wita gości po imieniu'],
    en: ['how many hotels greet guests by name'],
    ru: ['сколько отелей приветствуют гостей по имени'],
  },
};
// Credits nothing.
const parking: Entry = {
  ...minimalStatistic('stat-parking-75-percent-leave'),
  figure: '75%',
  text: {
    pl: 'Aż 75% kierowców odjeżdża, gdy parking przy sklepie jest pełny.',
    en: 'As many as 75% of drivers drive off when the car park at a shop is full.',
    ru: 'Целых 75% водителей уезжают, если парковка у магазина заполнена.',
  },
  phrasings: {
    pl: ['ilu kierowców odjeżdża przy pełnym parkingu'],
    en: ['how many drivers leave when the car park is full'],
    ru: ['сколько водителей уезжают при полной парковке'],
  },
};

const engine = engineOver([audits, parking]);
const ask = (question: string) => engine.answer({ question });

describe('a source-only ask', () => {
  const ofAudits = [
    'who found that only 12% of hotels greet guests by name?',
    'whose research says just 12 % of hotels greet guests by name',
    'according to whom do only 12% of hotels greet their guests by name?',
    'kto to badał, że tylko 12% hoteli wita gości po imieniu?',
    'kto ustalil ze 12 procent hoteli wita gosci po imieniu',
    'кто выяснил, что лишь 12% отелей приветствуют гостей по имени?',
    'чьё это исследование про 12% отелей, которые приветствуют гостей по имени?',
    'kto vyyasnil chto tolko 12% oteley privetstvuyut gostey po imeni',
  ];

  it('is read as asking the source, not a person, a place or a firm', () => {
    for (const q of ofAudits) expect(askedValues(q), q).toEqual(['source']);
  });

  it('is answered by the entry crediting a kind of study', () => {
    for (const q of ofAudits) {
      const result = ask(q);
      expect(result.answered, q).toBe(true);
      expect(result.answers[0]?.entry.id, q).toBe(audits.id);
    }
  });

  it('is declined when the entry with the figure credits nothing', () => {
    for (const q of [
      'who found that 75% of drivers drive off when the car park is full?',
      'kto to badał, że 75% kierowców odjeżdża przy pełnym parkingu?',
      'кто выяснил, что 75% водителей уезжают, если парковка заполнена?',
    ])
      expect(ask(q).answered, q).toBe(false);
  });

  it('asking a firm by its trade still needs a firm named', () => {
    for (const q of [
      'which research firm found that only 12% of hotels greet guests by name?',
      'jaka firma badawcza ustaliła, że 12% hoteli wita gości po imieniu?',
      'какая исследовательская компания выяснила, что 12% отелей приветствуют гостей по имени?',
    ]) {
      expect(askedValues(q), q).toContain('researcher');
      expect(askedValues(q), q).not.toContain('source');
      expect(ask(q).answered, q).toBe(false);
    }
  });
});

describe('where a figure comes from', () => {
  it('asks no place and is answered by the entry, whatever it credits (its citation says where)', () => {
    for (const [q, id] of [
      ['where does the figure of 75% of drivers leaving a full car park come from?', parking.id],
      ['skąd ta liczba, że 75% kierowców odjeżdża przy pełnym parkingu?', parking.id],
      ['откуда цифра, что 12% отелей приветствуют гостей по имени?', audits.id],
    ] as const) {
      expect(askedValues(q), q).toEqual([]);
      const result = ask(q);
      expect(result.answered, q).toBe(true);
      expect(result.answers[0]?.entry.id, q).toBe(id);
    }
  });

  it('is not read in a question asking where a thing is', () => {
    expect(askedValues('where is the car park of the shop?')).toEqual(['place']);
    expect(askedValues('skąd pochodzi ten hotel?')).toEqual(['place']);
  });
});

describe('what an entry credits', () => {
  it('is a study of some kind, in any language, or a named researcher', () => {
    for (const text of [
      'Mystery-shopper studies show that only 10% of companies excel.',
      'According to various studies, only about 4% complain.',
      'In a survey of consumers in the US and the UK, 63% said they would switch.',
      'Badania prowadzone metodą tajemniczego klienta pokazują, że tylko 10% firm…',
      'Według różnych badań tylko około 4% klientów się skarży.',
      'Исследования методом «тайного покупателя» показывают, что лишь 10% компаний…',
      'По данным различных исследований, жалуются лишь около 4%.',
      'According to Gartner, 89% of companies compete on service.',
    ])
      expect(statesValue(text, 'source'), text).toBe(true);
    expect(valuesStated(audits) & valueBit('source')).not.toBe(0);
  });

  it('is nothing when a figure stands alone', () => {
    for (const text of [
      'As many as 80% of companies believe their service is high quality.',
      'Aż 80% firm uważa, że ich obsługa jest na wysokim poziomie.',
      'Целых 80% компаний считают свой сервис качественным.',
    ])
      expect(statesValue(text, 'source'), text).toBe(false);
    expect(valuesStated(parking) & valueBit('source')).toBe(0);
  });
});
