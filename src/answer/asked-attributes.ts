// Questions that ask for a kind of value ("in what year", "how long did it take", "what time"): only an entry that
// states such a value can answer them, whatever else it shares with the question.
// Hand-written: a few phrasings per language; no library reads what kind of value a question asks for.
import { LANGS, type Entry } from '../kb/schema.js';
import { foldText } from './normalize.js';

/** The kinds of value a question can ask for that an entry must state to answer it. */
export type AskedValue = 'year' | 'duration' | 'clockTime' | 'currentPrice';

/** A whole-phrase match (`\b` knows only ASCII letters in JavaScript, so lookarounds on Unicode letters instead). */
function phrases(...alternatives: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

// Today's price of a share or a product ("comcast stock price today", "ile kosztuje dziś akcja"): an article states
// what something cost once, never what it costs now. "now" and the price word within two words of each other.
const NOW =
  '(?:now|today|currently|teraz|obecnie|dzis|dzisiaj|aktualn\\p{L}*|сеичас|сегодня|нынешн\\p{L}*|текущ\\p{L}*|seychas|sejchas|segodnya)';
const PRICE =
  '(?:prices?|stocks?|shares?|cen[aeyi]|akcj\\p{L}*|kosztuj\\p{L}*|стоит|стоят|стоимост\\p{L}*|цен[аеуы]|акци\\p{L}*|stoit|stoyat|tsen[aeuy]|aktsi\\p{L}*)';
const APART = '(?:[^\\p{L}\\p{N}]+[\\p{L}\\p{N}]+){0,2}?[^\\p{L}\\p{N}]+';
const ASKS: [AskedValue, RegExp][] = [
  [
    'year',
    phrases(
      '(?:in )?(?:what|which) year',
      'w (?:ktorym|jakim) roku',
      'ktorego roku',
      'rok(?:u)? zalozenia',
      'в (?:каком|котором) году',
      'какого года',
      'v (?:kakom|kotorom) godu',
      'kakogo goda',
    ),
  ],
  [
    'duration',
    phrases(
      'how long (?:did|was|were|had)',
      'jak dlugo (?:trwal\\p{L}*|byl\\p{L}*|rozmawial\\p{L}*)',
      'ile (?:czasu|minut) trwal\\p{L}*',
      'как долго (?:длил\\p{L}*|шел|шла|шло|был\\p{L}*|говорил\\p{L}*)',
      'сколько (?:времени|минут) (?:длил\\p{L}*|шел|шла|шло)',
    ),
  ],
  [
    'clockTime',
    phrases(
      'what time (?:does|do|will)',
      'at what time',
      'o (?:ktorej|jakiej) godzinie',
      'o ktorej (?:zaczyn|rozpoczyn|konczy|otwier|zamyk)\\p{L}*',
      // "во сколько" alone also asks how much (во сколько обошлось) or how many times (во сколько раз)
      'во сколько (?:начина|заканчива|открыва|закрыва)\\p{L}*',
      'в котором часу',
      'vo skolko (?:nachina|zakanchiva|otkryva|zakryva)\\p{L}*',
    ),
  ],
  ['currentPrice', phrases(`${NOW}${APART}${PRICE}`, `${PRICE}${APART}${NOW}`)],
];

/** The values the question asks for; empty for nearly every question. */
export function askedValues(question: string): AskedValue[] {
  const folded = foldText(question);
  return ASKS.filter(([, pattern]) => pattern.test(folded)).map(([value]) => value);
}

const STATES: Record<AskedValue, RegExp> = {
  year: /(?<!\d)(?:1[89]|20)\d\d(?!\d)/u,
  // A number of minutes, hours, days... (not a year: "2014 roku" names a year, not a duration).
  duration:
    /(?<![\d.,])\d{1,3}(?:[.,]\d+)?\s*(?:min|sek|sec|godz|hour|h\b|dni|day|tydz|week|mies|month|мин|сек|час|дн|дня|недел|месяц)/u,
  clockTime: /(?<!\d)\d{1,2}[:.]\d\d(?!\d)|\d\s*(?:a\.?m\.?|p\.?m\.?)(?!\p{L})/u,
  currentPrice: /(?!)/u,
};

/** The words that name the kind of value asked ("year" in "what year"): the ask is checked whole, not the word. */
const NAMES: Record<AskedValue, RegExp> = {
  year: /^(?:years?|rok|roku|год|году|года|god|godu|goda)$/u,
  duration: /^$/u,
  clockTime: /^(?:time|godzinie|часу)$/u,
  currentPrice: /^$/u,
};

/** Whether a question word only names the kind of value the question asks for. */
export function namesAskedValue(word: string, asked: readonly AskedValue[]): boolean {
  return asked.some((value) => NAMES[value].test(foldText(word)));
}

/** Whether a text states a value of the kind asked. */
export function statesValue(text: string, value: AskedValue): boolean {
  return STATES[value].test(foldText(text));
}

/** Whether the entry (in any of its languages) lacks a value of a kind the question asks for. */
export function lacksAskedValue(entry: Entry, asked: readonly AskedValue[]): boolean {
  if (asked.length === 0) return false;
  const text = LANGS.map((lang) => entry.text[lang] ?? '').join(' ');
  return asked.some((value) => !statesValue(text, value));
}
