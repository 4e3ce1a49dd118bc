// Two words typed together on a phone are read as the two, where the entries use both (or a stop word and one they
// use); a word whose first letters are a preposition is one word, not two.
import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/answer/analyze.js';
import { withRunTogetherSplit } from '../../src/answer/run-together.js';
import { stemWord } from '../../src/answer/stem.js';
import { engineOver } from '../fixtures/engines.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';
import { shopperDef, shopperTip } from '../fixtures/story-entries.js';

const engine = engineOver([shopperDef, shopperTip, minimalEntry()]);
const known = new Set(['metryk', 'metryki', 'klient', 'tajemnicz', 'tajemniczy', 'готов', 'готовить']);
const isKnown = (stems: string[]) => stems.some((s) => known.has(s));
const read = (q: string) => withRunTogetherSplit(analyzeQuestion(q), stemWord, isKnown).map((w) => w.word);

describe('words typed together', () => {
  it('are read as the halves the entries use, a long stop word dropped', () => {
    expect(read('jakiemetryki polecacie')).toContain('metryki');
    expect(read('jakiemetryki polecacie')).not.toContain('jakiemetryki');
    expect(read('tajemniczyklient?')).toEqual(expect.arrayContaining(['tajemniczy', 'klient']));
  });

  it('leave a prefixed word whole, and a known or short word as typed', () => {
    expect(read('как приготовить борщ')).toContain('приготовить');
    expect(read('metryki klient')).toEqual(['metryki', 'klient']);
  });

  it('let the entry using both halves answer', () => {
    const result = engine.answer({ question: 'tajemniczyklient co to jest?' });
    expect(result.answered).toBe(true);
    expect(result.answers[0]?.entry.id).toBe(shopperDef.id);
  });
});
