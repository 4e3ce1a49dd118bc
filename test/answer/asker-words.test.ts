// A role word before a verb of asking names who passes the question on ("Prezes pyta, jak…"), not an attribute the
// entry must state; "kto jest prezesem…" still asks for the role.
import { describe, expect, it } from 'vitest';
import { askerWords } from '../../src/answer/asker-words.js';
import { candidateEvidence } from '../fixtures/candidate-evidence.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

const respond: Entry = {
  ...minimalEntry('tip-respond-to-complaint'),
  text: {
    pl: 'Gdy klient składa reklamację, przeproś, weź odpowiedzialność i zaproponuj rozwiązanie.',
    en: 'When a customer complains, apologise, take responsibility and offer a solution.',
    ru: 'Когда клиент жалуется, извинитесь, возьмите ответственность и предложите решение.',
  },
  phrasings: {
    pl: ['jak reagować na reklamację klienta'],
    en: ['how to respond to a customer complaint'],
    ru: ['как реагировать на жалобу клиента'],
  },
};
const engine = engineOver([respond, minimalEntry()]);

const focusMissing = (question: string) => candidateEvidence(engine, question, respond.id).focusMissing;

describe('the asker named by role', () => {
  it('is a role word a verb of asking follows, in three languages', () => {
    expect(askerWords('Prezes pyta, jak reagować na reklamację?')).toEqual(new Set(['prezes']));
    expect(askerWords('our CEO just asked me how to respond to a complaint')).toEqual(new Set(['ceo']));
    expect(askerWords('the owner wants to know how we handle complaints')).toEqual(new Set(['owner']));
    expect(askerWords('Директор спрашивает, как реагировать на жалобу клиента')).toEqual(
      new Set(['директор']),
    );
    for (const q of ['Kto jest prezesem Comcastu?', 'who is the CEO of Zappos', 'кто директор компании?'])
      expect(askerWords(q).size, q).toBe(0);
  });

  it('asks for no attribute, while the same role asked about still does', () => {
    for (const q of [
      'Prezes pyta, jak reagować na reklamację klienta?',
      'Our CEO asked how to respond to a customer complaint.',
      'Директор спрашивает, как реагировать на жалобу клиента?',
    ]) {
      expect(focusMissing(q), q).toBe(0);
      const result = engine.answer({ question: q });
      expect(result.answered, q).toBe(true);
      expect(result.answers[0]?.entry.id, q).toBe(respond.id);
    }
    expect(focusMissing('who is the CEO that responds to customer complaints?')).toBe(1);
  });
});
