// A count of a population asked ("how many passengers…") only an entry with a number counting that population can
// give: one whose numbers count flights, dollars or questions of a poll is ruled out, and still answers what it states.
import { describe, expect, it } from 'vitest';
import { besideAsks, lacksBesideAsk } from '../../src/answer/beside-asks.js';
import { countedPopulation } from '../../src/answer/counted-asks.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

const flights: Entry = {
  ...minimalStatistic('stat-outage-2300-flights'),
  figure: { pl: '~2300 lotów', en: '~2,300 flights', ru: '~2300 рейсов' },
  text: {
    pl: 'Awaria systemów linii w 2016 roku skończyła się odwołaniem około 2300 lotów i dniami utrudnień dla pasażerów.',
    en: "The airline's 2016 system outage led to roughly 2,300 cancelled flights and days of disruption for passengers.",
    ru: 'Сбой систем авиакомпании в 2016 году обернулся отменой примерно 2300 рейсов и днями неразберихи для пассажиров.',
  },
  phrasings: {
    pl: ['ile lotów odwołano przez awarię'],
    en: ['how many flights were cancelled in the outage'],
    ru: ['сколько рейсов отменили из-за сбоя'],
  },
};
const leave: Entry = {
  ...minimalStatistic('stat-86-percent-leave'),
  figure: '86%',
  text: {
    pl: '86% klientów odchodzi po złych doświadczeniach z obsługą.',
    en: '86% of customers leave after bad service experiences.',
    ru: '86% клиентов уходят после плохого обслуживания.',
  },
  phrasings: {
    pl: ['ilu klientów odchodzi po złej obsłudze'],
    en: ['how many customers leave after bad service'],
    ru: ['сколько клиентов уходит после плохого сервиса'],
  },
};
const tell: Entry = {
  ...minimalStatistic('stat-unhappy-tell-15'),
  figure: { pl: '15 osób', en: '15 people', ru: '15 человек' },
  text: {
    pl: 'Niezadowolony klient opowie o złej obsłudze nawet 15 osobom.',
    en: 'An unhappy customer tells up to 15 people about bad service.',
    ru: 'Недовольный клиент расскажет о плохом сервисе 15 людям.',
  },
  phrasings: {
    pl: ['komu opowie niezadowolony klient'],
    en: ['who does an unhappy customer tell'],
    ru: ['кому расскажет недовольный клиент'],
  },
};
const engine = engineOver([flights, leave, tell, minimalEntry()]);

describe('a count of a population asked', () => {
  it('is read in three languages, in the forms a count asks it', () => {
    for (const [q, population] of [
      ['how many passengers were stranded by the outage', 'passenger'],
      ['How many unhappy customers leave?', 'customer'],
      ['ilu pasazerow dotknela awaria', 'passenger'],
      ['Ilu managerów w ankiecie wskazało problemy mentalne?', 'staff'],
      ['сколько пассажиров застряли из-за сбоя', 'passenger'],
      ['кто сейчас CEO и сколько у них абонентов?', 'customer'],
      ['skolko klientov uhodit', 'customer'],
    ] as const)
      expect(countedPopulation(q), q).toBe(population);
  });

  it('is not read from a population named beside another count or a cost', () => {
    for (const q of [
      'how many seconds do customers wait on hold?',
      'how many times more likely are customers to leave?',
      'ile kasy tracą firmy przez złą obsługę?',
      'O ile częściej wypalony konsultant bierze L4?',
      'во сколько это обошлось компании на бирже?',
      'ile lotów odwołano i ile Delta wypłaciła pasażerom?',
    ])
      expect(countedPopulation(q), q).toBeUndefined();
  });

  it('rules out an entry whose numbers count something else, not one counting the population or people', () => {
    const passengers = besideAsks('how many passengers were stranded by the outage?');
    expect(lacksBesideAsk(passengers, flights)).toBe(true);
    const customers = besideAsks('how many customers leave after a bad experience?');
    expect(lacksBesideAsk(customers, leave)).toBe(false);
    // "15 people" counts any population.
    expect(lacksBesideAsk(besideAsks('ilu klientów usłyszy o złej obsłudze?'), tell)).toBe(false);
  });

  it('is declined beside the entry telling the story, which still answers its own count', () => {
    for (const q of [
      'how many passengers were stranded by the 2016 outage?',
      'ilu pasażerów dotknęła awaria systemów w 2016?',
      'сколько пассажиров застряли из-за сбоя систем в 2016?',
    ])
      expect(engine.answer({ question: q }).certainty, q).toBe('declined');
    expect(
      engine.answer({ question: 'how many flights were cancelled in the outage?' }).answers[0]?.entry.id,
    ).toBe(flights.id);
    expect(
      engine.answer({ question: 'how many customers leave after bad service?' }).answers[0]?.entry.id,
    ).toBe(leave.id);
  });
});
