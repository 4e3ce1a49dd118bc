// The frame of a dispute or a claim to check ("Kasia says 6, I say 15 — who is right?", "мой коллега говорит …, кто
// прав?", "X claims …, true?"): its words say who argues, not what about, and a figure in it may be the wrong one the
// entry corrects, so they must not pull the question away from the entry that settles it.
// Hand-written: a few phrasings per language; no library tells a question's frame from what it asks.
import { foldText, tokenize } from './normalize.js';
import { wholePhrases } from './word-bounds.js';

/** A whole-phrase pattern over folded text (no diacritics, й as и), compiled once. */
function phrases(...alternatives: string[]): RegExp {
  return wholePhrases(alternatives, 'gu');
}

/** Asking for a verdict: what makes a message a dispute or a claim to check. */
const VERDICT = phrases(
  "who(?:'s| is)? (?:right|correct)",
  '(?:is|was) (?:it|this|that|he|she|they)(?: really| actually| even)? (?:true|correct|right|accurate)',
  '(?:true|correct|right) or (?:not|false|wrong)',
  'true(?= *\\?)',
  "what(?:'s| is|s) the (?:correct|right|real|actual) (?:number|figure|answer|one)",
  // "I heard loyal customers are worth 5x… is the number right?"
  '(?:is|are) (?:the|that|this|these|those) (?:number|figure|stat|statistic|numbers|figures|stats)(?: really| actually)? (?:right|correct|accurate|true)',
  '(?:settle|settling) (?:this|a|an|our) (?:debate|argument|bet|dispute)',
  '(?:fact|double)[- ]?check',
  'kto ma racj\\p{L}*',
  '(?:czy )?to prawda',
  'prawda(?= *\\?)',
  'czy (?:to )?sie zgadza',
  'czy (?:ta |te )?(?:liczb\\p{L}*|dane|wynik\\p{L}*) (?:sie )?zgadza\\p{L}*',
  'sprawdzisz',
  'кто прав\\p{L}*',
  '(?:это )?правда(?= *\\?)',
  'верно ли',
  '(?:правильн\\p{L}*|верн\\p{L}*) ли (?:эта |эти )?(?:цифр\\p{L}*|числ\\p{L}*)',
  'на самом деле',
  'провер(?:ь|ьте)',
);

/**
 * The claims argued over ("Kasia says", "Ania twierdzi, że", "мой коллега говорит, что", "a ja że"), with the word
 * before the verb (who says it); read only beside a verdict asked: "what to do when a customer says…" is no dispute.
 */
const CLAIM = phrases(
  '(?:[\\p{L}]+ )?(?:says|said|claims|claimed|insists|swears|told me)(?: that)?',
  'i (?:say|said|think|thought|believe)',
  // a rumour put to check: "I heard (somewhere) that…", "ktoś mi mówił, że…", "słyszałam, że…", "говорят, что…"
  "i(?:'ve| have)? (?:once )?heard(?: somewhere| once)?(?: that)?",
  'slysz\\p{L}*(?: gdzies)?(?:,)? ze',
  'ktos (?:mi )?(?:mowil\\p{L}*|powiedzial\\p{L}*)(?:,)? ze',
  '(?:слышал\\p{L}*|говорят)(?:,)? (?:что|будто)',
  '(?:[\\p{L}]+ )?(?:mowi|twierdzi|powiedzial\\p{L}*|uwaza|upiera sie)(?:,)? ze',
  'a ja(?:,)? (?:ze|mowie|uwazam|twierdze)',
  'spor w \\p{L}+',
  '(?:[\\p{L}]+ )?(?:говорит|утверждает|сказал\\p{L}*|считает|уверяет)(?:,)? что',
  'а я (?:говорю|считаю|думаю)',
);

/** A question's dispute frame: the folded words its phrases hold, and the question with them taken out. */
export interface DisputeFrame {
  words: ReadonlySet<string>;
  /** The question without the frame's phrases, for reading the kind of entry asked ("says" asks for no quote). */
  rest: string;
}

/** A word every verdict phrase holds part of, on the text as typed: most questions are passed over by it alone. */
const VERDICT_HINT = /right|correct|true|check|settl|racj|prawd|zgadza|sprawdz|прав|верн|самом|провер/iu;

/** The dispute frame of a question; undefined for a question with none (nearly every one). */
export function disputeFrame(question: string, folded?: string): DisputeFrame | undefined {
  if (!VERDICT_HINT.test(question)) return undefined;
  folded ??= foldText(question);
  const verdicts = folded.match(VERDICT);
  if (!verdicts) return undefined;
  const claims = folded.match(CLAIM) ?? [];
  return {
    words: new Set([...verdicts, ...claims].flatMap((p) => tokenize(p, 16))),
    rest: folded.replace(VERDICT, ' ').replace(CLAIM, ' '),
  };
}
