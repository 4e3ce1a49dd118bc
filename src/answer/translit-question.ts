// A whole question typed in Russian Latin letters ("kto provodil opros pro 63%", "kak comcast otreagiroval"), read in
// Cyrillic for the readers of what it asks (asked-attributes.ts, detail-asks.ts, beside-asks.ts): their Russian
// phrasings then read it as they read a question typed in Cyrillic, instead of each keeping Latin copies of a few.
import { foldText, hasPolishDiacritics, isCyrillic, tokenize, withoutDiscordMarkup } from './normalize.js';
import { cyrillicReading, looksTransliterated, russianStopwordOf } from './translit.js';

/** A Latin word of a folded text (an apostrophe stands for a soft sign: "skol'ko"). */
const LATIN_WORD = /[a-z']+/gu;

/**
 * The question folded and read in Cyrillic, word by word (a function word spelt as Russian spells it: "skolko" as
 * "сколько"), when it is typed wholly in Latin letters and reads as Russian (as analyze.ts decides); else undefined.
 */
export function cyrillicQuestion(question: string, tokens?: readonly string[]): string | undefined {
  const words = tokens ?? tokenize(question, 200);
  if (words.length === 0 || words.some(isCyrillic) || hasPolishDiacritics(question)) return undefined;
  if (!looksTransliterated(words, question)) return undefined;
  const names = namesIn(question);
  return foldText(withoutDiscordMarkup(question)).replace(LATIN_WORD, (word) => {
    if (names.has(word)) return word;
    const reading = cyrillicReading(word);
    if (reading === undefined) return word;
    return russianStopwordOf(reading) ?? reading;
  });
}

/** A capitalised word inside a sentence ("kto takoj Ryan Block i chto u nego bylo s Comcast"): a name. */
const NAME = /(?<![.?!]\s*|^\s*)(?<![\p{L}'])\p{Lu}[\p{Ll}']+(?![\p{L}])/gu;

/**
 * The names of a question typed in Latin letters, folded: kept as spelt, since a name read in Cyrillic ("Райан Блок"
 * as "рян блоцк") is one no entry has, and the question then asks about someone else (round 141).
 */
export function namesIn(question: string): ReadonlySet<string> {
  const found = question.match(NAME);
  return found ? new Set(found.map((name) => foldText(name))) : NO_NAMES;
}
export const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * What the readers of a question's asks read: the question, and after it its Cyrillic reading when it is typed in
 * Russian Latin letters (after a full stop, so that a question word starting the reading starts a sentence).
 */
export function textOfAsks(question: string, tokens?: readonly string[]): string {
  const reading = cyrillicQuestion(question, tokens);
  return reading === undefined ? question : `${question}. ${reading}`;
}
