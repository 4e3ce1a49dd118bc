// A question taught to an entry word for word is answered by that entry, even where a near twin outscores it.
import { describe, expect, it } from 'vitest';
import { rankCandidates } from '../../src/answer/candidates.js';
import { questionKey, taughtPosition } from '../../src/answer/taught-wording.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';
import { shippedEngine } from '../fixtures/engines.js';

const taught = (id: string, ...en: string[]): Entry => ({ ...minimalEntry(id), phrasings: { en } });

describe('the position of the entry taught a question', () => {
  const a = taught('tip-a', 'Why does waiting matter?');
  const b = taught('tip-b', 'how long do they wait');
  const c = taught('tip-c', 'why does WAITING matter');

  it('finds the one entry holding the question, whatever its case, diacritics, punctuation and word order', () => {
    expect(questionKey('Dlaczego  czekanie — ma znaczenie?')).toBe('dlaczego czekanie ma znaczenie');
    expect(taughtPosition('why does waiting matter', [b, a])).toBe(1);
    expect(taughtPosition('Why does waiting matter!!', [a, b])).toBe(0);
    expect(taughtPosition('waiting: why does it matter', [b, a])).toBe(-1);
    expect(taughtPosition('matter, why does waiting?', [b, a])).toBe(1);
  });

  it('finds none when no entry, or more than one, holds it, or it is beyond the first three', () => {
    expect(taughtPosition('does waiting matter', [a, b])).toBe(-1);
    expect(taughtPosition('why does waiting matter', [a, c])).toBe(-1);
    expect(taughtPosition('why does waiting matter', [b, b, b, a])).toBe(-1);
    expect(taughtPosition('?!', [a])).toBe(-1);
  });
});

describe('a taught question on the shipped knowledge base', () => {
  it('is answered by the entry it was taught to, not by the near twin ranked above it before', async () => {
    const engine = await shippedEngine();
    // (Since "tell" became a content word, "What can we actually measure to tell if our service quality is good?" is
    // ranked right by the ranker alone: another taught question shows the same.)
    const question = 'how to measure customer satisfaction';
    // The ranker alone puts a near twin first (the metric of satisfaction scores) …
    expect(rankCandidates(engine, question)[0]?.hit.entry.id).not.toBe('metric-overall-satisfaction-s003');
    // … the answer is the entry taught this very question.
    const result = engine.answer({ question });
    expect(result.answered).toBe(true);
    expect(result.answers[0]?.entry.id).toBe('metric-overall-satisfaction-s003');
  });
});
