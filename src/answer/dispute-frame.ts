// The frame of a dispute or a claim to check ("Kasia says 6, I say 15 — who is right?", "мой коллега говорит …, кто
// прав?", "X claims …, true?"): its words say who argues, not what about, and a figure in it may be the wrong one the
// entry corrects, so they must not pull the question away from the entry that settles it.
// The phrases are claim-phrases.ts's: a verdict asked makes the frame, and who claims what is read beside it only.
import { CLAIM_PHRASES, VERDICT_HINT, VERDICT_PHRASES } from './claim-phrases.js';
import { foldText, tokenize } from './normalize.js';
import { wholePhrases } from './word-bounds.js';

/** Asking for a verdict: what makes a message a dispute or a claim to check. */
const VERDICT = wholePhrases(VERDICT_PHRASES, 'gu');
/** Who claims what, read only beside a verdict asked: "what to do when a customer says…" is no dispute. */
const CLAIM = wholePhrases(CLAIM_PHRASES, 'gu');

/** A question's dispute frame: the folded words its phrases hold, and the question with them taken out. */
export interface DisputeFrame {
  words: ReadonlySet<string>;
  /** The question without the frame's phrases, for reading the kind of entry asked ("says" asks for no quote). */
  rest: string;
}

/** The dispute frame of a question; undefined for a question with none (nearly every one). */
export function disputeFrame(question: string, folded?: string): DisputeFrame | undefined {
  folded ??= foldText(question);
  if (!VERDICT_HINT.test(folded)) return undefined;
  const verdicts = folded.match(VERDICT);
  if (!verdicts) return undefined;
  const claims = folded.match(CLAIM) ?? [];
  return {
    words: new Set([...verdicts, ...claims].flatMap((p) => tokenize(p, 16))),
    // One space where a phrase was taken out: the readers of what is asked match words a space apart.
    rest: folded.replace(VERDICT, ' ').replace(CLAIM, ' ').replace(/ {2,}/gu, ' '),
  };
}
