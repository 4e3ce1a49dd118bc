// What rounds 60 (dictated on a phone) and 61 (a team mixing its languages) of the held-out sets taught: a term said
// aloud is the term written; Russian in Latin letters splits into its asks; the description of a cited work asks no
// value; a person's finding named answers "how many people do they tell"; a person's job asked by a possessive; a
// Polish topic after a Russian verb of saying; service acronyms spelt out; "what am I supposed to do" asks advice.
// And round 62 (backing up a point): "uznać za dobry" asks a norm; a work described "про то, как…" asks nothing; "говорил что-то про" names a topic; the audience of the asker's work is part of its purpose.
// Fixture entries are made up.
import { describe, expect, it } from 'vitest';
import { AFTERMATH_ASKED } from '../../src/answer/aftermath-asks.js';
import { askedTerms } from '../../src/answer/asked-term.js';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { askerPurposeWords } from '../../src/answer/asker-purpose.js';
import { asksForNorm } from '../../src/answer/norm-asks.js';
import { sourceDescriptionWords } from '../../src/answer/source-description.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { foldText } from '../../src/answer/normalize.js';
import { personAsked } from '../../src/answer/person-asks.js';
import { saidTopicWords } from '../../src/answer/said-topic.js';
import { withoutSourceDescriptions } from '../../src/answer/source-description.js';
import { withSpeltAcronyms } from '../../src/answer/spelt-letters.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver, expectAnsweredFirst, withTexts } from '../fixtures/engines.js';

describe('words read as they are meant', () => {
  it('a network generation said aloud is the term asked, not its first number word', () => {
    expect(askedTerms('что такое два с половиной джи')).toEqual([['2.5g']]);
    expect(askedTerms('co to jest dwa i pół g')).toEqual([['2.5g']]);
  });

  it('a description of the cited work asks no value: "o tym, ile kosztuje zły serwis" is which article', () => {
    const question =
      'w tym ruskim artykule o tym ile kosztuje zły serwis — jaki procent klientów składa reklamację?';
    expect(withoutSourceDescriptions(foldText(question))).not.toContain('kosztuje');
    expect(askedValues(question)).not.toContain('money');
    expect(askedValues('ile kosztuje zły serwis firmę rocznie?')).toContain('money');
  });

  it('a person’s job asked by a possessive is a role asked', () => {
    const ask = (q: string) => personAsked(q, foldText(q)).role;
    expect(ask("what was Ryan Block's job when he called Comcast?")).toBe(true);
    expect(ask('what was his job')).toBe(true);
    expect(ask('what was the customer’s position in the queue')).toBe(false);
  });

  it('a Polish topic after a Russian verb of saying is the topic asked', () => {
    expect([...saidTopicWords(foldText('что Безос говорил o pracy zdalnej w Amazonie?'))]).toEqual(
      expect.arrayContaining(['pracy', 'zdalnej']),
    );
  });

  it('a service acronym spelt out is read even where no entry uses it', () => {
    expect(withSpeltAcronyms('какой у нас эс эл эй на первый ответ', new Set())).toBe(
      'какой у нас SLA на первый ответ',
    );
    expect(withSpeltAcronyms('see you at ten', new Set())).toBe('see you at ten');
  });

  it('a bare percent sign with no number before it asks a share', () => {
    expect(askedValues('gallup % of engaged employees in call centers?')).toContain('share');
    expect(askedValues('86 % of customers leave after bad service?')).not.toContain('share');
  });

  it('"what am I supposed to do" asks for advice', () => {
    expect(kindsAskedFor('a customer on hold is really angry, what am I supposed to do?').has('tip')).toBe(
      true,
    );
    expect(kindsAskedFor('what are we supposed to say to him?').has('tip')).toBe(true);
  });
});

const toldFifteen: Entry = withTexts(
  { ...minimalStatistic('stat-unhappy-tell-fifteen'), figure: '15' },
  {
    pl: 'Niezadowolony klient opowie o złej obsłudze nawet 15 osobom.',
    en: 'An unhappy customer tells as many as 15 people about bad service.',
    ru: 'Недовольный клиент расскажет о плохом сервисе 15 людям.',
  },
  {
    pl: ['ilu osobom opowie niezadowolony klient'],
    en: ['how many people an unhappy customer tells'],
    ru: ['скольким людям расскажет недовольный клиент'],
  },
);
const nowakShare: Entry = withTexts(
  {
    ...minimalStatistic('stat-nowak-11-percent-tell-20'),
    figure: '11%',
    source: { title: 'Test article', author: 'Anatol Nowakowski' },
  },
  {
    pl: 'Badanie Anatola Nowakowskiego: 11% niezadowolonych klientów opowiada o skardze 20 lub więcej osobom.',
    en: "Anatol Nowakowski's study: 11% of unhappy customers tell 20 or more people about their complaint.",
    ru: 'Исследование Анатоля Новаковского: 11% недовольных клиентов рассказывают о жалобе 20 и более людям.',
  },
  {
    pl: ['badanie Nowakowskiego o skargach'],
    en: ['Nowakowski study on complaints'],
    ru: ['исследование Новаковского о жалобах'],
  },
);
const outage: Entry = withTexts(
  { ...minimalEntry('case-northwind-outage-2016'), kind: 'case' },
  {
    pl: 'Awaria Northwind Air w 2016 roku: odwołano 1200 lotów, a straty wyniosły 90 mln dolarów.',
    en: 'The Northwind Air outage of 2016: 1,200 flights cancelled and losses of $90 million.',
    ru: 'Сбой Northwind Air в 2016 году: отменили 1200 рейсов, потери составили 90 млн долларов.',
  },
  { pl: ['awaria Northwind Air'], en: ['Northwind Air outage'], ru: ['сбой Northwind Air'] },
);
const outageFlights: Entry = withTexts(
  { ...minimalStatistic('stat-northwind-1200-flights'), figure: '1200' },
  {
    pl: 'Po awarii Northwind Air w 2016 roku odwołano 1200 lotów.',
    en: 'After the 2016 Northwind Air outage, 1,200 flights were cancelled.',
    ru: 'После сбоя Northwind Air в 2016 году отменили 1200 рейсов.',
  },
  { pl: ['ile lotów odwołano'], en: ['flights cancelled'], ru: ['сколько рейсов отменили'] },
);

describe('round 62: a point to back up', () => {
  it('"jaki wynik NPS uznać za dobry" asks a norm', () => {
    expect(asksForNorm('jaki wynik NPS uznac za dobry, zeby pokazac zarzadowi ze jestesmy ok?')).toBe(true);
    expect(asksForNorm('jaki był wynik NPS w tym badaniu?')).toBe(false);
  });

  it('a work described "про то, как…" or "o tym, jak…" is which work, not the ask', () => {
    const ru =
      'в русской статье про то, как дорого обходится плохой сервис, какой процент клиентов приходит с претензией?';
    expect([...sourceDescriptionWords(foldText(ru))]).toEqual(expect.arrayContaining(['дорого', 'сервис']));
    const pl =
      'w polskim felietonie o tym, jak szwankuje obsługa, ile osób odchodzi bez słowa do konkurencji?';
    expect([...sourceDescriptionWords(foldText(pl))]).toContain('szwankuje');
  });

  it('"говорил что-то про X" names the topic the speaker is asked about', () => {
    expect([...saidTopicWords(foldText('Bezos говорил что-то про customer obsession?'))]).toEqual([
      'customer',
      'obsession',
    ]);
  });

  it('whom the asker’s work is for belongs to its purpose', () => {
    expect([
      ...askerPurposeWords('нужно определение качества обслуживания для онбординга новичков'),
    ]).toContain('новичков');
    expect([...askerPurposeWords('definicja jakości obsługi na onboarding nowych agentów')]).toContain(
      'agentow',
    );
  });
});

describe('a story’s sequel asked', () => {
  it('"did X end up paying him anything", "вернули деньги", "агента уволили?" ask what came after', () => {
    for (const question of [
      'did comcast end up paying ryan block anything',
      'чем закончилась история Райана Блока с Comcast, ему в итоге вернули деньги?',
      'Чем закончилась история с Comcast — агента уволили?',
    ])
      expect(AFTERMATH_ASKED.test(foldText(question)), question).toBe(true);
    expect(AFTERMATH_ASKED.test(foldText('what happened with ryan block and comcast?'))).toBe(false);
  });
});

describe('rounds 60 and 61 on fixture entries', () => {
  const engine = engineOver([toldFifteen, nowakShare, outage, outageFlights, minimalEntry()]);

  it('a person’s finding named answers how many people customers tell; unnamed, the count of people does', () => {
    expectAnsweredFirst(engine, [
      ['Nowakowski research - how many people do unhappy customers tell?', 'stat-nowak-11-percent-tell-20'],
      ['how many people does an unhappy customer tell?', 'stat-unhappy-tell-fifteen'],
    ]);
  });

  it('Russian in Latin letters asking two things is split into its asks, as in Cyrillic', () => {
    const latin = engine.answer({
      question: 'Northwind Air 2016 — skolko reisov otmenili i skolko poteryali?',
    });
    const cyrillic = engine.answer({
      question: 'Northwind Air 2016 — сколько рейсов отменили и сколько потеряли?',
    });
    expect(latin.answered).toBe(true);
    expect(latin.answers[0]?.entry.id).toBe(cyrillic.answers[0]?.entry.id);
  });
});
