// How many of a question's words an entry matches is evidence of its own: many matched words are rarely chance.
import { describe, expect, it } from 'vitest';
import { rankCandidates } from '../../src/answer/candidates.js';
import { FEATURES } from '../../src/answer/evidence.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

const escalation: Entry = {
  ...minimalEntry('tip-escalation-paths'),
  text: {
    pl: 'Przygotuj ścieżki eskalacji na wypadek kryzysu: kto decyduje, kto informuje klientów i kiedy.',
    en: 'Prepare escalation paths for a crisis: who decides, who informs customers, and when.',
    ru: 'Подготовьте пути эскалации на случай кризиса: кто решает, кто информирует клиентов и когда.',
  },
  phrasings: {
    pl: ['jak działać w kryzysie'],
    en: ['how to act in a crisis'],
    ru: ['как действовать в кризис'],
  },
};
const listen = minimalEntry('tip-listen');
const engine = engineOver([escalation, listen]);

function matchedWordsOf(question: string, id: string): number {
  const candidate = rankCandidates(engine, question).find((c) => c.hit.entry.id === id);
  if (!candidate) throw new Error(`${id} is not a candidate for "${question}"`);
  return candidate.evidence.matchedWords;
}

describe('matched words', () => {
  it('is a ranker input, read after the older ones (trained weights follow that order)', () => {
    // valueMissing (asked-values.test.ts), procedureAsked (procedure-asks.test.ts), pairShare
    // (kind-cues-and-word-pairs.test.ts), detailMissing (detail-asks.test.ts) and oneMeasureOfMany
    // (measure-asks.test.ts) came after it
    expect(FEATURES.slice(-6, -1)).toEqual([
      'matchedWords',
      'valueMissing',
      'procedureAsked',
      'pairShare',
      'detailMissing',
    ]);
  });

  it("counts the question's words the entry matches, a tenth each", () => {
    // escalation, crisis and informs match; "weekend" and "roster" are in no entry.
    expect(
      matchedWordsOf('escalation in a crisis: who informs the weekend roster?', escalation.id),
    ).toBeCloseTo(0.3, 5);
    expect(matchedWordsOf('escalation in a crisis', escalation.id)).toBeCloseTo(0.2, 5);
  });

  it('counts a word matched by a typo as matched', () => {
    expect(matchedWordsOf('escalaton in a crisis', escalation.id)).toBeCloseTo(0.2, 5);
  });

  it('tells an entry matching many words from one matching a single word of the same question', () => {
    const question = 'customers in a crisis: who decides, who informs them, and the escalation paths?';
    expect(matchedWordsOf(question, escalation.id)).toBeGreaterThan(matchedWordsOf(question, listen.id));
  });

  it('saturates at 1 from ten matched words on', () => {
    const many =
      'prepare escalation paths crisis decides informs customers; przygotuj ścieżki eskalacji kryzysu decyduje informuje';
    expect(matchedWordsOf(many, escalation.id)).toBe(1);
  });
});
