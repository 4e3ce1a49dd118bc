// A story's figures asked in the plural ("Skyjet outage numbers?") are the case's, which tells them all; one figure
// asked is its statistic's.
import { describe, expect, it } from 'vitest';
import { asksStoryFigures } from '../../src/answer/story-figures-first.js';
import { foldText } from '../../src/answer/normalize.js';
import { engineOver } from '../fixtures/engines.js';
import { skyjetFlights, skyjetLosses, skyjetOutage } from '../fixtures/story-entries.js';

const engine = engineOver([skyjetFlights, skyjetLosses, skyjetOutage]);
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
      expect(first(q), q).toBe(skyjetOutage.id);
  });

  it('while one figure asked is answered by its statistic', () => {
    expect(first('how many flights did Skyjet cancel in the 2016 outage?')).toBe(skyjetFlights.id);
  });
});
