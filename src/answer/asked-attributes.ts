// Questions that ask for a kind of value ("in what year", "how much is he paid", "who said", "at which airport",
// "what caused it"): only an entry that states such a value can answer them, whatever else it shares with the question.
// The phrasings are in asked-value-phrases.ts, what an entry states in stated-values.ts.
import { withoutSourceDescriptions } from './source-description.js';
import { ASKS } from './asked-value-phrases.js';
import { foldText } from './normalize.js';
import type { AskedValue } from './asked-values.js';
import type { StatedValues } from './stated-values.js';
import { ORIGIN_ASK } from './source-asks.js';
import { ORGANISATION_ASKED } from './study-asks.js';
import { wholePhrases } from './word-bounds.js';

export type { AskedValue } from './asked-values.js';

/** A whole-phrase match (see asked-value-phrases.ts). */
function phrases(...alternatives: string[]): RegExp {
  return wholePhrases(alternatives);
}

/** "How many", "ile", "сколько": a number is asked for, whatever it counts (when no other kind says more). */
const COUNT = phrases('how many', 'how much', 'ile', 'ilu', 'сколько', 'скольк\\p{L}*', 'skolko', 'skolkim');
/** "How many times should I apologise": advice, which a tip gives in words ("once"), not a count to look up. */
const ADVICE = phrases(
  'should',
  'ought',
  'powin\\p{L}*',
  'nalezy',
  'trzeba',
  'warto',
  'нужно',
  'надо',
  'следует',
  'стоит ли',
  'должн\\p{L}*',
);
/** Kinds that already ask for a number of their own: the count adds nothing beside them. */
const NUMERIC: readonly AskedValue[] = [
  'year',
  'duration',
  'clockTime',
  'currentPrice',
  'money',
  'share',
  'sample',
];
/** "How many times cheaper", "ile razy drożej", "во сколько раз", "than": a ratio, which states no amount of money. */
const RATIO = phrases(
  'times',
  'cheaper',
  'more expensive',
  'razy',
  'drozej',
  'taniej',
  // not "раз они по 10 часов сидят", "since they…": раз opening a clause is a conjunction, no ratio
  '(?<![.?!;:,] *)раза?(?! (?:уж|они|он|она|оно|мы|вы|ты|я|это|так|все|у нас|нам|клиент\\p{L}*)(?![\\p{L}]))',
  'дешевле',
  'дороже',
  'raza?',
  'deshevle',
  'dorozhe',
  // a comparison ("ile kosztuje zdobycie klienta w porównaniu z utrzymaniem") asks for a ratio too
  'compared',
  'than',
  'versus',
  'vs',
  'w porownaniu',
  'niz',
  'чем',
  // "по сравнению" as Russian typed in Latin letters reads it ("po sravneniyu" → "по сравненийу")
  'по сравнени\\p{L}*',
  'po sravneni\\p{L}*',
  'chem',
);
/**
 * "1 na ilu klientów", "one in how many", "один из скольких", a blank ("jeden na ___"): the count asked is the
 * denominator of a ratio ("1 in 26"), which an entry states as a share, not as a count of people or a sample.
 */
const ONE_IN_HOW_MANY = phrases(
  '(?:1|one|jeden|jedna|jednego|jedno|один|одна|одного|odin|odna) (?:in|out of|na|z|из|на|iz) (?:how many|ilu|ile|скольк\\p{L}*|skolk\\p{L}*|_+)',
  '(?:1|one|jeden|jedna|один|одна) (?:in|na|из|на) _+',
  'каждыи (?:котор\\p{L}*|как\\p{L}*) по счету',
  // "na ilu klientów przypada jeden, który się poskarży", "how many customers for every one who complains", "на скольких
  // клиентов приходится один" (round 76): the same ratio asked the other way round
  '(?:na|для) (?:ilu|ile) (?:\\p{L}+ ){0,2}?przypada (?:jeden|jedna|jedno|1)',
  'how many (?:\\p{L}+ ){0,3}?(?:for|per) (?:every|each) (?:one|1)',
  'на (?:скольк\\p{L}*) (?:\\p{L}+ ){0,2}?приходится (?:один|одна|одно|1)',
);
/**
 * What a quote is about, told by a "how much" ("цитата Ломбарди про то, сколько ищешь клиента и сколько теряешь",
 * "the quote about how long it takes to win a customer"; round 93): the quote's subject, no amount asked.
 */
const QUOTE_ABOUT_AMOUNT = phrases(
  '(?:цитат\\p{L}*|фраз\\p{L}*|quote|saying|line|cytat\\p{L}*|powiedzeni\\p{L}*)(?: \\p{L}+){0,2}?,? (?:про то|о том|about|o tym),? (?:сколько|how (?:much|many|long)|ile)',
);
/** The comparison words of RATIO: "how much … compared with" asks for how many times, not for a count. */
const COMPARED = phrases(
  'compared',
  'versus',
  'vs',
  'w porownaniu',
  'по сравнени\\p{L}*',
  'po sravneni\\p{L}*',
);
/** "When was the Russian article published": the year of the work read, which its citation holds (see own-asks.ts). */
const PUBLISHED = phrases('published', 'opublikowa\\p{L}*', 'опубликова\\p{L}*');
const WORK = phrases(
  'articles?',
  'columns?',
  'posts?',
  'blogs?',
  'guides?',
  'artykul\\p{L}*',
  'felieton\\p{L}*',
  'poradni\\p{L}*',
  'wpis\\p{L}*',
  'стат(?:ья|ье|ьи|ью)',
  'колонк\\p{L}*',
  'блог\\p{L}*',
  'пост(?:е|а|у)?',
);

/** "How many", "ile", "сколько" (see COUNT). */
const COUNT_GATE = 'many much ile ilu skolko skolkim скол*';

/** Per gate word (see AskPhrasings) and per start of a word ("proc*"), the kinds it lets through, as bits. */
function gateTable(): { words: Map<string, number>; starts: Map<string, number> } {
  const words = new Map<string, number>();
  const starts = new Map<string, number>();
  const add = (gate: string, bit: number) => {
    for (const part of gate.split(' ')) {
      const [table, key] = part.endsWith('*') ? [starts, part.slice(0, -1)] : [words, part];
      table.set(key, (table.get(key) ?? 0) | bit);
    }
  };
  ASKS.forEach(({ gate }, i) => add(gate, 1 << i));
  add(COUNT_GATE, 1 << ASKS.length);
  return { words, starts };
}
const GATES = gateTable();
const COUNT_BIT = 1 << ASKS.length;

/** Which kinds' patterns a question's words let through (a few map look-ups a word, instead of every pattern). */
function gatesPassed(folded: string): number {
  let passed = 0;
  for (const word of folded.match(/[\p{L}\p{N}%]+/gu) ?? []) {
    passed |= GATES.words.get(word) ?? 0;
    if (word.length >= 3) passed |= GATES.starts.get(word.slice(0, 3)) ?? 0;
    if (word.length >= 4) passed |= GATES.starts.get(word.slice(0, 4)) ?? 0;
  }
  return passed;
}

/** The values the question asks for; empty for most questions. */
export function askedValues(question: string, typed = foldText(question)): AskedValue[] {
  // What describes a work the question cites asks nothing (source-description.ts).
  const folded = withoutSourceDescriptions(typed);
  const passed = gatesPassed(folded);
  const asked: AskedValue[] = [];
  if (passed === 0) return asked;
  ASKS.forEach(({ value, pattern }, i) => {
    if (passed & (1 << i) && pattern.test(folded)) asked.push(value);
  });
  // Today's price is never stated: it says all; a ratio of costs is a figure, not an amount of money.
  if (asked.includes('currentPrice')) return ['currentPrice'];
  if (ONE_IN_HOW_MANY.test(folded)) return ['share'];
  if (QUOTE_ABOUT_AMOUNT.test(folded))
    return asked.filter((v) => v !== 'count' && v !== 'duration' && v !== 'money');
  const money = asked.indexOf('money');
  // A ratio of costs ("ile razy drożej") is a figure, though perhaps only in words ("cheaper"): no count either.
  if (money >= 0 && RATIO.test(folded)) return asked.filter((value) => value !== 'money');
  const year = asked.indexOf('year');
  if (year >= 0 && PUBLISHED.test(folded) && WORK.test(folded)) asked.splice(year, 1);
  // "Who found that…", "kto to badał", "кто выяснил": the finding's source is asked, whoever or whatever the entry
  // credits (a kind of study too), not a person, a place or a firm; unless a firm is asked by its trade.
  if (asked.includes('source')) {
    const firm = asked.includes('researcher') && ORGANISATION_ASKED.test(folded);
    for (const value of ['person', 'place', 'researcher'] as const) {
      const at = asked.indexOf(value);
      if (at >= 0 && !(firm && value === 'researcher')) asked.splice(at, 1);
    }
    if (firm) asked.splice(asked.indexOf('source'), 1);
  }
  // "Where does the figure come from", "skąd ta liczba": the citation answers it, no place is asked (source-asks.ts).
  const place = asked.indexOf('place');
  if (place >= 0 && ORIGIN_ASK.test(folded)) asked.splice(place, 1);
  // "Who ran the survey": a firm answers it as well as a person, so the study's researcher is asked, not a person.
  const person = asked.indexOf('person');
  if (person >= 0 && asked.includes('researcher')) asked.splice(person, 1);
  // A comparison ("how much is it worth compared to…", "по сравнению с") asks for a ratio, no count either.
  if (passed & COUNT_BIT && !asked.some((value) => NUMERIC.includes(value)) && COUNT.test(folded))
    if (!ADVICE.test(folded) && !COMPARED.test(folded)) asked.push('count');
  return asked;
}

/** The words that name the kind of value asked ("year" in "what year"): the ask is checked whole, not the word. */
const NAMES: Partial<Record<AskedValue, RegExp>> = {
  year: /^(?:years?|rok|roku|год|году|года|god|godu|goda)$/u,
  clockTime: /^(?:time|day|hour|godzinie|godzinach|porze|pora|dnia|часу|часы|время|дня|суток)$/u,
};

/** Whether a question word only names the kind of value the question asks for. */
export function namesAskedValue(word: string, asked: readonly AskedValue[]): boolean {
  return asked.some((value) => NAMES[value]?.test(foldText(word)) === true);
}

/** The kinds read first (a year, a duration, a clock time, today's price), which rule an entry out as a missing
 * attribute word does, and the kinds read later (money, a share, a count, a person, a place, a cause): their own flag. */
const TIME_KINDS: readonly AskedValue[] = ['year', 'duration', 'clockTime', 'currentPrice'];

const NONE_ASKED = { time: [], other: [] };

export function splitAsked(asked: readonly AskedValue[]): { time: AskedValue[]; other: AskedValue[] } {
  if (asked.length === 0) return NONE_ASKED;
  return {
    time: asked.filter((value) => TIME_KINDS.includes(value)),
    other: asked.filter((value) => !TIME_KINDS.includes(value)),
  };
}

/** Whether an entry stating these kinds of value lacks one the question asks for. */
export function lacksAsked(stated: StatedValues, asked: readonly AskedValue[]): boolean {
  for (const value of asked) if (!stated.has(value)) return true;
  return false;
}
