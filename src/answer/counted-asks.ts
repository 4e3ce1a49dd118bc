// A count of a population asked ("how many passengers were stranded by the Delta outage", "ilu managerów wskazało…",
// "сколько клиентов у Amazon"): only an entry with a number that counts that population can answer. An entry whose
// numbers count something else (2,300 cancelled flights, a billion dollars, two questions of a poll) tells the story,
// not the count, however well its words match; it is ruled out.
// Narrow on purpose: a blunt check of every noun after "how many" cost ~60 answerable questions, so only a few
// populations are read, a share ("86% of customers") or a count of people ("15 people", "15 osób") counts any of them,
// and a metric's definition (it counts what it measures) is never ruled out.
// Hand-written: a few words per language on folded text; no library reads what a question's count counts.
import type { Entry } from '../kb/schema.js';
import { figureIn, LANGS } from '../kb/schema.js';
import { foldText, foldedWords, withoutDiscordMarkup } from './normalize.js';

/**
 * The populations read, each by its words in an entry in three languages (folded: no diacritics, е for ё, и for й),
 * and by the forms a count asks them in: English plurals, Polish and Russian genitive plurals ("ilu pasażerów",
 * "сколько клиентов"); another form after the count word is no counted word ("ile firmy tracą", "во сколько это
 * обошлось компании"). Firms are left out: "how much do firms lose" names them far more often than it counts them.
 */
const POPULATIONS = {
  customer: {
    entry:
      'customers?|clients?|buyers?|shoppers?|consumers?|users?|subscribers?|klient\\p{L}*|kupujac\\p{L}*|konsument\\p{L}*|uzytkownik\\p{L}*|abonent\\p{L}*|клиент\\p{L}*|покупател\\p{L}*|потребител\\p{L}*|пользовател\\p{L}*|абонент\\p{L}*',
    asked:
      'customers|clients|buyers|shoppers|consumers|users|subscribers|klientow|klientek|kupujacych|konsumentow|uzytkownikow|abonentow|клиентов|покупателеи|потребителеи|пользователеи|абонентов|klientov|pokupatelei|pokupateley|abonentov',
  },
  passenger: {
    entry:
      'passengers?|travell?ers?|flyers?|pasazer\\p{L}*|podrozn\\p{L}*|пассажир\\p{L}*|путешественник\\p{L}*',
    asked:
      'passengers|travell?ers|flyers|pasazerow|pasazerek|podroznych|пассажиров|путешественников|passazhirov|passazirov',
  },
  staff: {
    entry:
      'agents?|employees?|staff|workers?|reps?|consultants?|operators?|managers?|konsultant\\p{L}*|pracownik\\p{L}*|pracownic\\p{L}*|agent\\p{L}*|manager\\p{L}*|menedzer\\p{L}*|kierownik\\p{L}*|operator\\p{L}*|оператор\\p{L}*|сотрудник\\p{L}*|агент\\p{L}*|менеджер\\p{L}*|работник\\p{L}*|консультант\\p{L}*|руководител\\p{L}*',
    asked:
      'agents|employees|staff|workers|reps|consultants|operators|managers|konsultantow|konsultantek|pracownikow|agentow|managerow|menedzerow|kierownikow|operatorow|операторов|сотрудников|агентов|менеджеров|работников|консультантов|руководителеи|sotrudnikov|operatorov|menedzherov|agentov',
  },
} as const;
export type Population = keyof typeof POPULATIONS;
const NAMES = Object.keys(POPULATIONS) as Population[];

/** People in general: a count of them ("tell 15 people") counts every population. */
const PEOPLE =
  'people|persons?|others|osob\\p{L}*|ludzi|ludz\\p{L}*|человек\\p{L}*|люд\\p{L}*|chelovek\\p{L}*|lyud\\p{L}*';

/**
 * "How many", "ilu", "ile" (said for "ilu" in speech: "ile konsultantów"), "сколько" (not "во сколько": at what cost; nor
 * "сколько процентов", a share, read by SHARE_OF: round 142) and the words after it, up to the counted word:
 * an adjective or two ("how many unhappy customers"), "z nich", "у них" may stand between.
 */
const COUNTED =
  /(?<![\p{L}\p{N}])(?<!во )(?:how many(?! (?:percent|%))|ilu|ile(?! (?:procent|%|odset))|сколько(?! (?:процент|%|дол))|skolko(?! (?:procent|protsent)))(?<next>(?: [\p{L}]+){1,3})/gu;
/**
 * A share of a population asked ("what % of agents", "jaki odsetek konsultantów", "какой процент операторов"): the
 * share must be of that population, as a count must. Read on the folded text; "%" stays as typed.
 */
const SHARE_OF =
  /(?<![\p{L}\p{N}])(?:(?:what|which) (?:percent(?:age)?|%|share|proportion|fraction) of(?: the| all)?|how many (?:percent|%) of(?: the| all)?|(?:jaki|ile|jaka) (?:procent|%|odsetek|czesc)|(?:какои|какая|сколько) (?:процентов|процент|%|доля|доли)|(?:kakoi|kakoy|skolko) (?:protsent\p{L}*|procent\p{L}*))(?<next>(?: [\p{L}]+){1,2})/gu;
/**
 * A share asked beside a comparison ("ile procent pracowników częściej bierze L4", "what % more likely"): a relative
 * figure is asked, which counts no population (see RELATIVE_SHARE).
 */
const COMPARISON_ASKED =
  /(?<![\p{L}])(?:more|less|likelier|higher|lower|czesciej|chetniej|wiecej|mniej|bardziej|wyzej|nizej|чаще|больше|меньше|выше|ниже|охотнее|chashche|bolshe)(?![\p{L}])/u;
const ASKED_WORD = Object.fromEntries(
  NAMES.map((name) => [name, new RegExp(`^(?:${POPULATIONS[name].asked})$`, 'u')]),
) as Record<Population, RegExp>;
const ENTRY_WORD = Object.fromEntries(
  NAMES.map((name) => [name, new RegExp(`^(?:${POPULATIONS[name].entry})$`, 'u')]),
) as Record<Population, RegExp>;
const PEOPLE_WORD = new RegExp(`^(?:${PEOPLE})$`, 'u');
/** An English plural after "how many" that counts something else ("how many seconds do customers wait"). */
const OTHER_PLURAL = /^\p{Ll}+s$/u;

/** Letters a count or share word holds, on the text as typed: most questions are passed over by this alone. */
const HINT =
  /how many|ilu|ile|скольк|skolk|%|percent|share|proportion|fraction|procent|odset|część|czesc|процент|дол[яи]|protsent/iu;

/** The population whose count the question asks for (see the module's comment), if any. */
export function countedPopulation(question: string): Population | undefined {
  if (!HINT.test(question)) return undefined;
  const folded = foldText(withoutDiscordMarkup(question));
  for (const match of folded.matchAll(COUNTED)) {
    for (const word of (match.groups?.next ?? '').trim().split(' ')) {
      const found = NAMES.find((name) => ASKED_WORD[name].test(word));
      if (found) return found;
      if (match[0].startsWith('how') && OTHER_PLURAL.test(word)) break;
    }
  }
  if (COMPARISON_ASKED.test(folded)) return undefined;
  for (const match of folded.matchAll(SHARE_OF)) {
    for (const word of (match.groups?.next ?? '').trim().split(' ')) {
      const found = NAMES.find((name) => ASKED_WORD[name].test(word));
      if (found) return found;
    }
  }
  return undefined;
}

/** A number as the entry's text is split into words: digits (not a year), or a number word. */
const NUMBER = new RegExp(
  `^(?:${[
    '\\d[\\d.]*\\p{L}{0,3}',
    'one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|hundreds?|thousands?|millions?|half|most|majority',
    'jeden|jedna|jednego|dwa|dwie|trzy|cztery|piec|szesc|siedem|osiem|dziewiec|dziesiec\\p{L}*|pietnast\\p{L}*|dwadziesci\\p{L}*|tysi\\p{L}*|polow\\p{L}*|wiekszos\\p{L}*',
    'один|одна|одного|два|две|три|четыре|пять|шесть|семь|восемь|девять|десят\\p{L}*|пятнадцат\\p{L}*|двадцат\\p{L}*|тысяч\\p{L}*|половин\\p{L}*|большинств\\p{L}*',
  ].join('|')})$`,
  'u',
);
const YEAR = /^(?:1[89]|20)\d\d$/u;
/** How many words after a number (or before it) may name what it counts: "86% of unhappy customers", "15 osobom". */
const AFTER = 4;
const BEFORE = 1;

/**
 * A share that compares ("63% more likely", "o 63% częściej", "на 63% чаще"): how much more often a group does
 * something, not which share of a population does it; it counts no one.
 */
const RELATIVE_SHARE =
  /\d+(?:[.,]\d+)?\s*(?:%|percent|procent\p{L}*|процент\p{L}*)\s+(?:more|less|higher|lower|likelier|cz[eę][sś]ciej|ch[eę]tniej|wi[eę]cej|mniej|bardziej|wy[zż]ej|ni[zż]ej|чаще|больше|меньше|выше|ниже|охотнее|вероятнее)(?![\p{L}])/giu;

/** A share, on the text as written: "58%", "58 percent", "1 in 26", "half", "większość", "большинство". */
const SHARE =
  /\d\s*%|\d+ (?:in|na|из) \d+|percent|procent|odset|процент|(?<!\p{L})(?:half|majority|most)(?!\p{L})|połow|polow|większoś|wiekszos|половин|большинств/iu;

/** Every population a sentence names, as bits (all of them when it names people in general). */
function sentencePopulations(words: readonly string[]): number {
  let bits = 0;
  for (const word of words) {
    if (PEOPLE_WORD.test(word)) return (1 << NAMES.length) - 1;
    NAMES.forEach((name, k) => {
      if (ENTRY_WORD[name].test(word)) bits |= 1 << k;
    });
  }
  return bits;
}

/** The populations the numbers of one sentence count, as bits (all of them for a count of people). */
function countedIn(words: readonly string[]): number {
  let bits = 0;
  words.forEach((word, i) => {
    if (YEAR.test(word) || !NUMBER.test(word)) return;
    for (let j = Math.max(0, i - BEFORE); j <= Math.min(words.length - 1, i + AFTER); j++) {
      const near = words[j] as string;
      if (PEOPLE_WORD.test(near)) bits |= (1 << NAMES.length) - 1;
      NAMES.forEach((name, k) => {
        if (ENTRY_WORD[name].test(near)) bits |= 1 << k;
      });
    }
  });
  return bits;
}

/** The populations an entry's numbers count, as bits (read once per entry). */
const counted = new WeakMap<Entry, number>();

function populationsCounted(entry: Entry): number {
  let bits = counted.get(entry);
  if (bits !== undefined) return bits;
  bits = 0;
  for (const lang of LANGS) {
    // Per sentence, and the headline figure apart: a number never counts a word across a sentence's end, nor across
    // a spaced dash, which Russian and Polish texts write where English has a colon ("10 часов 43 минуты — столько
    // оператор провёл…" counts no operators).
    const parts = `${entry.text[lang] ?? ''}`.split(/[.!?;:]\s|\s[—–]\s/u);
    parts.push(figureIn(entry, lang) ?? '');
    for (const part of parts) {
      const words = foldedWords(foldText(part), 400);
      // A share counts whom its sentence names ("In a survey of consumers in the US, 58% said…").
      bits |= SHARE.test(part.replace(RELATIVE_SHARE, ' ')) ? sentencePopulations(words) : countedIn(words);
    }
  }
  counted.set(entry, bits);
  return bits;
}

/** Whether no number of the entry counts the population asked (a metric's definition counts what it measures). */
export function countsOtherThan(entry: Entry, asked: Population): boolean {
  if (entry.kind === 'metric') return false;
  return (populationsCounted(entry) & (1 << NAMES.indexOf(asked))) === 0;
}
