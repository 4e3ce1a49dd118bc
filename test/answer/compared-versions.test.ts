// Two versions compared ("5G vs 2.5G") are answered only by an entry naming both: a definition naming the other in
// passing (2G, 3G) tells them apart, one naming neither of the other cannot.
import { describe, expect, it } from 'vitest';
import { comparedVersions } from '../../src/answer/compared-versions.js';
import { foldText } from '../../src/answer/normalize.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';
import { halfGeneration } from '../fixtures/story-entries.js';

const engine = engineOver([halfGeneration, minimalEntry()]);

describe('versions compared', () => {
  it('are read in three languages, "2,5G" as "2.5g", and a comparison of no versions is none', () => {
    for (const q of [
      'what is the difference between 5G and 2.5G?',
      '5G vs 2.5G',
      'is 5G faster than 2.5G?',
      'czym się różni 5G od 2,5G?',
      'czy 5G jest szybsze od 2,5G?',
      'чем 5G отличается от 2.5G?',
      'разница между 5G и 2.5G',
      // the first version before the asking words (round 33)
      'a sieci 5G czym się różnią od tych 2,5G?',
      '5G чем отличается от 2.5G?',
      // two versions, then the difference asked (round 36)
      'Sieć 5G a 2,5G — różnice?',
      '5G and 2.5G: differences?',
      '5G и 2.5G — разница?',
    ])
      expect(comparedVersions(foldText(q)), q).toEqual(['5g', '2.5g']);
    for (const q of ['cost of a new customer vs keeping one', 'what is 2.5G?', 'czym się różni 2,5G od GSM?'])
      expect(comparedVersions(foldText(q)), q).toBeUndefined();
  });

  it('leave a definition naming only one of them declined, and one naming both answered', () => {
    for (const q of [
      'what is the difference between 5G and 2.5G?',
      'czym się różni 5G od 2,5G?',
      'чем 5G отличается от 2.5G?',
    ])
      expect(engine.answer({ question: q }).answered, q).toBe(false);
    for (const q of [
      'what is the difference between 2G and 2.5G?',
      'czym się różni 2,5G od 3G?',
      'чем 2.5G отличается от 2G?',
    ]) {
      const result = engine.answer({ question: q });
      expect(result.answered, q).toBe(true);
      expect(result.answers[0]?.entry.id, q).toBe(halfGeneration.id);
    }
  });
});
