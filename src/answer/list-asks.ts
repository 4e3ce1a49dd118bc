// A list of entries asked ("give me all the statistics about complaints", "list every stat you have on…", "wymień
// wszystkie cytaty", "wszystkie porady o szkoleniu", "перечисли советы по…", "все цифры про выгорание"): the list is of
// the knowledge base's entries of a kind, not a list inside one entry (detail-asks.ts), so no entry lacks it; the best
// is answered and the next ones of its kind are offered beside it. The asking words weigh nothing. On folded text.
// Hand-written: a few phrasings per language.
import { foldedPattern } from './fold-text.js';
import { wholePhrases } from './word-bounds.js';

/** The entries' kinds as a question names them, in the plural or as a mass noun, per language. */
const KINDS_EN =
  '(?:statistics|stats|figures|numbers|facts|tips|advice|recommendations|quotes|quotations|sayings|definitions|metrics|kpis|measures|cases|case studies|examples|stories)';
const KINDS_PL =
  '(?:statystyk\\p{L}*|liczb\\p{L}*|dane|danych|fakt\\p{L}*|porad\\p{L}*|wskazowk\\p{L}*|rady|zalecen\\p{L}*|cytat\\p{L}*|definicj\\p{L}*|metryk\\p{L}*|wskaznik\\p{L}*|miar\\p{L}*|przyklad\\p{L}*|przypadk\\p{L}*|histori\\p{L}*)';
const KINDS_RU =
  '(?:статистик\\p{L}*|цифр\\p{L}*|данные|факт\\p{L}*|совет\\p{L}*|рекомендац\\p{L}*|цитат\\p{L}*|определени\\p{L}*|метрик\\p{L}*|показател\\p{L}*|пример\\p{L}*|кейс\\p{L}*|истори\\p{L}*)';
/** One entry of a kind, after "every" or "each". */
const KIND_ONE_EN =
  '(?:stat|statistic|figure|number|fact|tip|quote|quotation|saying|definition|metric|kpi|measure|case|example|story)';

/** A word or two between the asking words and the kind ("all the", "every single", "te", "ваши"). */
const BETWEEN = "(?: [\\p{L}'’-]+){0,2}?";

/** "…you have", "…we've got": the asker's "all you know", no topic. */
const HELD = " (?:you|you've|we|we've) (?:have|know|got|have got)";

// "Give me a number", "podaj cytat", "дай цифру" ask for one entry: a verb of giving needs "all" to ask a list.
const LIST_OF_ENTRIES = wholePhrases([
  // list the stats, give me all the statistics, all tips about…, every stat you have, list each quote
  `(?:list|enumerate)(?: all| every| each)?${BETWEEN} (?:${KINDS_EN}|${KIND_ONE_EN})`,
  `(?:give me|show me|send me|tell me|share)(?: all| every)${BETWEEN} (?:${KINDS_EN})`,
  `all${BETWEEN} ${KINDS_EN}`,
  `(?:every|each)${BETWEEN} ${KIND_ONE_EN}${HELD}`,
  // wymień wszystkie cytaty, podaj wszystkie statystyki, wszystkie porady o…
  `(?:wymien\\p{L}*|wypisz\\p{L}*)${BETWEEN} ${KINDS_PL}`,
  `(?:podaj\\p{L}*|pokaz\\p{L}*|daj|zbierz)(?: mi)? (?:wszystkie|wszystkich)${BETWEEN} ${KINDS_PL}`,
  `wszystk\\p{L}*${BETWEEN} ${KINDS_PL}`,
  // перечисли советы, назови все цитаты, все цифры про…
  `перечисл\\p{L}*${BETWEEN} ${KINDS_RU}`,
  `(?:назови\\p{L}*|покажи\\p{L}*|дай(?:те)?|выдай\\p{L}*|собери\\p{L}*)(?: мне)? (?:все|всю|всех)${BETWEEN} ${KINDS_RU}`,
  `(?:все|всю|всех)${BETWEEN} ${KINDS_RU}`,
  `perechisl\\p{L}*${BETWEEN} (?:sovet\\p{L}*|tsifr\\p{L}*|statistik\\p{L}*|tsitat\\p{L}*)`,
]);

/** The words that only ask for the list: they weigh nothing. */
const LISTING_WORD = foldedPattern(
  /^(?:list|enumerate|give|show|send|tell|share|me|all|every|each|single|the|your|you|you've|we|we've|have|know|got|wymien\p{L}*|wypisz\p{L}*|podaj\p{L}*|pokaz\p{L}*|daj|mi|zbierz|wszystk\p{L}*|kazd\p{L}*|te|перечисл\p{L}*|назови\p{L}*|покажи\p{L}*|дай|дайте|мне|выдай\p{L}*|собери\p{L}*|все|всю|всех|perechisl\p{L}*)$/u,
);

/** The letters every list ask holds: most questions are passed over by this alone. */
const GATE = foldedPattern(
  /list|enumer|give|show|send|tell|share|all|every|each|wymie|wypis|podaj|pokaz|daj|zbierz|wszyst|перечисл|назови|покажи|дай|выдай|собери|все|perechisl/u,
);

/** The listing words of a question asking a list of entries (folded), or undefined when it asks none. */
export function entryListAsk(folded: string): ReadonlySet<string> | undefined {
  if (!GATE.test(folded)) return undefined;
  const match = LIST_OF_ENTRIES.exec(folded);
  if (!match) return undefined;
  const words = new Set<string>();
  for (const word of match[0].split(' ')) if (LISTING_WORD.test(word)) words.add(word);
  return words;
}
