// The pool's own wording stripped before fitting the ranker or measuring the pool held-out: exactly the phrasings
// that are pool questions go, so a knowledge base taught the pool strips back to the one it was before.
import { describe, expect, it } from 'vitest';
import type { EvalQuestion } from '../../src/eval/evaluate.js';
import { engineWithoutPoolWording, withoutPoolWording } from '../../src/eval/pool-wording.js';
import { taughtKnowledgeBase } from '../../src/eval/teach-pool.js';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { minimalEntry, minimalTopic } from '../fixtures/kb-fixtures.js';

const asked = (q: string): EvalQuestion => ({ q, lang: 'en', fact: null, decline: true });

function knowledgeBase(): KnowledgeBase {
  const listen = minimalEntry('tip-listen');
  listen.phrasings.en = ['how to listen to a customer', 'Should I interrupt a customer?'];
  listen.phrasings.pl = ['jak słuchać klienta', 'czy przerywać klientowi'];
  return new KnowledgeBase([minimalTopic()], [listen, minimalEntry('tip-other')]);
}

describe('the knowledge base without the pool wording', () => {
  it('loses every phrasing that is a pool question, whatever its case, diacritics and punctuation', () => {
    const stripped = withoutPoolWording(knowledgeBase(), [
      asked('should i interrupt a customer'),
      asked('Czy przerywac klientowi?!'),
    ]);
    expect(stripped.entry('tip-listen')!.phrasings).toEqual({
      pl: ['jak słuchać klienta'],
      en: ['how to listen to a customer'],
      ru: ['как слушать клиента'],
    });
  });

  it('keeps every entry, in order, and the untouched ones as the very same objects', () => {
    const kb = knowledgeBase();
    const stripped = withoutPoolWording(kb, [asked('should I interrupt a customer')]);
    expect(stripped.entries.map((e) => e.id)).toEqual(['tip-listen', 'tip-other']);
    expect(stripped.entry('tip-other')).toBe(kb.entry('tip-other'));
    expect(stripped.entry('tip-listen')!.text).toBe(kb.entry('tip-listen')!.text);
  });

  it('is the knowledge base itself when no phrasing is a pool question', () => {
    const kb = knowledgeBase();
    expect(withoutPoolWording(kb, [asked('something nobody wrote down')])).toBe(kb);
  });

  it('gives back the knowledge base of before teaching once the pool was taught', () => {
    const kb = knowledgeBase();
    const pool = [
      asked('Should I interrupt a customer?'),
      asked('what if the customer shouts'),
      asked('kiedy?'),
    ];
    const taught = taughtKnowledgeBase(kb, [
      { set: 'a', question: 'what if the customer shouts', lang: 'en', entryId: 'tip-other' },
      { set: 'a', question: 'kiedy?', lang: 'pl', entryId: 'tip-listen' },
    ]);
    expect(taught.entry('tip-other')!.phrasings.en).toContain('what if the customer shouts');
    expect(withoutPoolWording(taught, pool).entries).toEqual(withoutPoolWording(kb, pool).entries);
  });

  it('is what the engine for fitting and held-out measurement is built on', () => {
    const engine = engineWithoutPoolWording(knowledgeBase(), [
      { file: 'a', questions: [asked('should I interrupt a customer')] },
    ]);
    expect(engine.kb.entry('tip-listen')!.phrasings.en).toEqual(['how to listen to a customer']);
  });
});
