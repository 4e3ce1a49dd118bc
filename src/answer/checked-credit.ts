// A source credited inside a claim the asker checks: "1 из 26 — это вроде исследование Gartner?", "to było badanie
// Forrestera?", "was it a Forrester study?", or a credit heard and its origin asked ("на вебинаре говорили, что по
// данным Forrester 9 из 10 компаний… Это откуда вообще?"). The credit is the asker's guess, which may be the very
// detail the entry corrects (round 59: Gartner's 89 % credited to Forrester, Kolsky's 1 in 26 to Gartner, both
// declined at 0.00), so it does not rule out an entry citing someone else, as a dispute's credit does not
// (dispute-frame.ts). "According to Gartner, what…?" still asks what Gartner says (named-source.ts).
// Hand-written: a few phrasings per language on folded text; no library reads whether a credit is asked or asserted.
import { foldedAlternatives, NOT_AFTER_WORD, NOT_BEFORE_WORD } from './word-bounds.js';

/** The asker's yes-or-no ask of a credit: "это", "czy to", "is it", "was that", with a hedge or a kind of work between. */
const ASKS_IF = foldedAlternatives([
  'это(?: был\\p{L}*)?',
  'или',
  '(?:czy )?to(?: byl\\p{L}*| jest)?',
  'czy',
  "(?:is|was|isn['’]?t|wasn['’]?t) (?:it|this|that)",
  "(?:that|it)['’]?s",
]);
/** Hedges and kinds of work between the ask and the name ("вроде исследование", "chyba badanie", "really from a"). */
const BETWEEN = "(?: [\\p{L}\\p{N}'’-]+){0,3}?";

/** The ask around one credited name, ending its sentence with a question mark; built per name. */
function creditAsked(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(
    `${NOT_AFTER_WORD}(?:${ASKS_IF})${BETWEEN} ${escaped}(?:['’]s)?${NOT_BEFORE_WORD}(?: [\\p{L}\\p{N}'’-]+){0,3}? *\\?`,
    'u',
  );
}

/**
 * Whether the sources a question credits (`credited`, folded names from namedSourceWords) are part of a claim it
 * checks, not a condition on the answer: the credit is asked yes or no, or the question asks where the finding comes
 * from (`originAsked`: sourceAskWords is not empty). `folded`: foldText of the question.
 */
export function creditIsChecked(
  folded: string,
  credited: ReadonlySet<string>,
  originAsked: boolean,
): boolean {
  if (credited.size === 0) return false;
  if (originAsked) return true;
  for (const name of credited) if (creditAsked(name).test(folded)) return true;
  return false;
}
