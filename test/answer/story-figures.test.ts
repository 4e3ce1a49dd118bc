// A story's figures asked in the plural ("Skyjet outage numbers?") are the case's, which tells them all; one figure
// asked is its statistic's.
import { describe, expect, it } from 'vitest';
import { asksStoryFigures } from '../../src/answer/story-figures-first.js';
import { foldText } from '../../src/answer/normalize.js';
import { minimalEntry, minimalStatistic, minimalTopic } from '../fixtures/kb-fixtures.js';
import { engineOver, withTexts } from '../fixtures/engines.js';

const flights = withTexts(
  { ...minimalStatistic('stat-skyjet-flights-cancelled', 'crisis'), figure: '2,300 flights' },
  {
    pl: 'Podczas awarii systemów Skyjet w 2016 roku odwołano około 2300 lotów.',
    en: 'During the 2016 Skyjet system outage about 2,300 flights were cancelled.',
    ru: 'Во время сбоя систем Skyjet в 2016 году отменили около 2300 рейсов.',
  },
  {
    pl: ['ile lotów odwołał Skyjet po awarii', 'awaria Skyjet odwołane loty'],
    en: ['how many flights did Skyjet cancel in the outage', 'Skyjet outage cancelled flights'],
    ru: ['сколько рейсов отменил Skyjet при сбое', 'сбой Skyjet отмененные рейсы'],
  },
);
const losses = withTexts(
  { ...minimalStatistic('stat-skyjet-losses', 'crisis'), figure: '$150 million' },
  {
    pl: 'Awaria systemów Skyjet w 2016 roku kosztowała firmę co najmniej 150 mln dolarów.',
    en: 'The 2016 Skyjet system outage cost the airline at least 150 million dollars.',
    ru: 'Сбой систем Skyjet в 2016 году стоил компании не менее 150 млн долларов.',
  },
  {
    pl: ['ile stracił Skyjet na awarii'],
    en: ['how much did the Skyjet outage cost'],
    ru: ['сколько потерял Skyjet из-за сбоя'],
  },
);
const story = withTexts(
  { ...minimalEntry('case-skyjet-outage', 'crisis'), kind: 'case' },
  {
    pl: 'W 2016 roku awaria systemów Skyjet spowodowała około 2300 odwołanych lotów i straty co najmniej 150 mln dolarów; konsultanci nie mieli dostępu do rezerwacji.',
    en: 'In 2016 a Skyjet system outage led to about 2,300 cancelled flights and at least 150 million dollars in losses; agents could not see bookings.',
    ru: 'В 2016 году сбой систем Skyjet привёл примерно к 2300 отменённым рейсам и убыткам не менее 150 млн долларов; операторы не видели бронирований.',
  },
  {
    pl: ['co się stało w Skyjet w 2016', 'awaria Skyjet 2016'],
    en: ['what happened at Skyjet in 2016', 'Skyjet 2016 outage'],
    ru: ['что случилось в Skyjet в 2016', 'сбой Skyjet 2016'],
  },
);
const engine = engineOver([flights, losses, story], [minimalTopic('crisis')]);
const first = (question: string) => engine.answer({ question }).answers[0]?.entry.id;

describe("a story's figures asked in the plural", () => {
  it('is read in three languages, one figure asked is not', () => {
    for (const q of [
      'Skyjet outage numbers?',
      'liczby z awarii Skyjet?',
      'цифры по сбою Skyjet?',
      'Skyjet outage stats',
    ])
      expect(asksStoryFigures(foldText(q)), q).toBe(true);
    expect(asksStoryFigures(foldText('how many flights did Skyjet cancel?'))).toBe(false);
  });

  it('is answered by the case telling them all, in three languages', () => {
    for (const q of [
      'Skyjet 2016 outage numbers?',
      'liczby z awarii Skyjet w 2016?',
      'цифры по сбою Skyjet 2016?',
    ])
      expect(first(q), q).toBe('case-skyjet-outage');
  });

  it('while one figure asked is answered by its statistic', () => {
    expect(first('how many flights did Skyjet cancel in the 2016 outage?')).toBe(
      'stat-skyjet-flights-cancelled',
    );
  });
});
