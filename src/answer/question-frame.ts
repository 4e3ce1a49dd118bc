// The story around an ask: in "my manager wants to cut the training budget. why does training matter?" the
// sentences without a question mark tell the asker's situation; the words only they hold weigh less.
import { tokenize } from './normalize.js';

/** How much of its weight a word keeps when only the story around the question holds it. */
export const FRAME_WORD_WEIGHT = 0.5;

/**
 * The folded words found only in sentences that ask nothing, when the text also has a sentence ending in a question
 * mark; empty otherwise (a one-line question, or a story with no explicit question, is read whole).
 */
export function frameWords(question: string): ReadonlySet<string> {
  // A sentence ends at . ! or ? before a space or a line's end (not inside "2.5G").
  const sentences = question.split(/(?<=[.!?…])\s+|\n+/u).filter((s) => s.trim() !== '');
  if (sentences.length < 2) return new Set();
  const asking = sentences.filter((s) => s.includes('?'));
  if (asking.length === 0 || asking.length === sentences.length) return new Set();
  const asked = new Set(asking.flatMap((s) => tokenize(s, 200)));
  const frame = new Set<string>();
  for (const s of sentences)
    if (!s.includes('?')) for (const w of tokenize(s, 200)) if (!asked.has(w)) frame.add(w);
  return frame;
}
