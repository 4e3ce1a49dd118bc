// Whether an entry names a person: a first and a last name, two capitalised words ("Ryan Block", "Карол
// Бартковский"), read on the texts as written. Two capitals are often no person, and an entry naming none states no
// one to answer "which agent was it?" or "как звали оператора?" (round 99: the Zappos case answered both, sure):
// - a run of three ("Guinness World Records") is a title;
// - a firm's or a place's word ends it ("Delta Airlines", "Google Business", "w Wielkiej Brytanii");
// - a sentence's first word is capitalised anyway ("Konsultant Zappos rozmawiał…", "When United…"): there the pair
//   counts only when another language's text holds it too, as a name is kept across translations.
// Hand-written: a few rules over capitals; no library tells a person's name from a firm's in three languages.
import { LANGS, type Entry } from '../kb/schema.js';
import { NOT_AFTER_WORD } from './word-bounds.js';

/** Two capitalised words, whole, with no third capitalised word before or after them. */
const PAIR = new RegExp(
  `${NOT_AFTER_WORD}(?<!\\p{Lu}\\p{Ll}+ )(\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+)(?![\\p{L}\\p{N}]| \\p{Lu})`,
  'gu',
);

/** Second words that make a firm, a product or a place of the pair, not a person. */
const NOT_SURNAME =
  /^(?:Airlines?|Airways|Air|Business|Bank|Group|Records|Podcast|Brytanii|Britain|Brytania|Firmy|Polsce|Polska|States|Kingdom|Stanach|Zjednoczonych|Europe|Europy)$/u;

/** Where a sentence starts: the text's start, or after an end mark and spaces (quotes and brackets may open it). */
const SENTENCE_START = /(?:^|[.!?…]\s+)["«„(]?$/u;

/** The pairs a text holds that may be a person, each with whether it opens a sentence. */
function pairsIn(text: string): { pair: string; opens: boolean }[] {
  const pairs: { pair: string; opens: boolean }[] = [];
  for (const match of text.matchAll(PAIR)) {
    const pair = match[1] ?? '';
    const surname = pair.slice(pair.indexOf(' ') + 1);
    if (NOT_SURNAME.test(surname)) continue;
    pairs.push({ pair, opens: SENTENCE_START.test(text.slice(Math.max(0, match.index - 4), match.index)) });
  }
  return pairs;
}

/** Whether the entry's texts name a person (see the module's comment). */
export function namesPerson(entry: Entry): boolean {
  const texts = LANGS.map((lang) => entry.text[lang]).filter((text): text is string => text !== undefined);
  const perText = texts.map(pairsIn);
  return perText.some((pairs, index) =>
    pairs.some(
      ({ pair, opens }) =>
        !opens || perText.some((other, at) => at !== index && other.some((o) => o.pair === pair)),
    ),
  );
}

/** Whether a text names a person, read as one text (statesValue's reading of a text that is no entry). */
export function textNamesPerson(text: string): boolean {
  return pairsIn(text).some(({ opens }) => !opens);
}
