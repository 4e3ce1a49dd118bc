// The kinds of value an entry states (a year, an amount of money, a share, a count, a person's name, a place, a
// cause...), read from its text in every language, its headline figure and its citation: a question asking for a
// kind of value the entry never states is not answered by it (see asked-attributes.ts). Read once per entry.
// Hand-written: a few patterns per kind; no library reads which kinds of value a text of three languages states.
import { figureIn, LANGS, type Entry } from '../kb/schema.js';
import { ASKED_VALUES, type AskedValue } from './asked-values.js';
import { foldText } from './normalize.js';
import { FORMULA_STATED } from './formula-asks.js';
import { METHOD_STATED, namesResearcher, SAMPLE_STATED, STUDY_CREDITED } from './stated-study.js';
import { namesPerson, textNamesPerson } from './stated-person.js';
import { NOT_AFTER_WORD, wholePhrases } from './word-bounds.js';

/** A set of kinds as bits, in ASKED_VALUES order (an entry's is read once and kept). */
export type ValueSet = number;

export function valueBit(value: AskedValue): number {
  return 1 << ASKED_VALUES.indexOf(value);
}

/** A whole word or phrase of the alternatives (`\b` knows only ASCII letters in JavaScript, so lookarounds). */
function words(...alternatives: string[]): RegExp {
  return wholePhrases(alternatives);
}

// "One" and "two" are left out: far more often an article or a pair of things ("one of", "two questions") than a count.
// "Ten" counts only before what it counts: the texts of three languages are read together, and Polish "ten" is "this".
const NUMBER_WORDS = [
  "ten(?= (?:times|percent|people|customers|others|other|minutes|hours|days|weeks|years|of|out|more|fewer|[\\p{L}'’-]+s\\b))",
  'three|four|five|six|seven|eight|nine|eleven|twelve|fifteen|twenty|dozens?|hundreds?|thousands?',
  'millions?|billions?|trillions?|half|once|twice',
  'trzy|trzech|cztery|piec|szesc|siedem|osiem|dziewiec|dziesiec\\p{L}*',
  'pietnast\\p{L}*|dwadziesci\\p{L}*|sto|setk\\p{L}*|tysi\\p{L}*|milion\\p{L}*|miliard\\p{L}*|bilion\\p{L}*',
  'polow\\p{L}*|jednokrotn\\p{L}*|dwukrotn\\p{L}*|raz|razy|mln|mld|tys',
  'три|трех|четыре|пять|шесть|семь|восемь|девять|десят\\p{L}*',
  'пятнадцат\\p{L}*|двадцат\\p{L}*|сто|сотн\\p{L}*|тысяч\\p{L}*|миллион\\p{L}*|миллиард\\p{L}*|триллион\\p{L}*',
  'половин\\p{L}*|однажды|единожды|один раз|вдвое|млн|млрд|тыс',
];

/** Per kind, on the folded text (person and place read the text as written: see CASED). */
const STATES: Record<AskedValue, RegExp> = {
  year: /(?<!\d)(?:1[89]|20)\d\d(?!\d)/u,
  // A number of minutes, hours, days, years... (not a year: "2014 roku" names a year, not a duration).
  duration:
    /(?<![\d.,])\d{1,3}(?:[.,]\d+)?\s*(?:min|sek|sec|godz|hour|h\b|dni|day|tydz|week|mies|month|lat\b|years?\b|мин|сек|час|дн|дня|недел|месяц|лет\b)/u,
  clockTime: new RegExp(
    `(?<!\\d)\\d{1,2}[:.]\\d\\d(?!\\d)|\\d\\s*(?:a\\.?m\\.?|p\\.?m\\.?)(?!\\p{L})|${
      words(
        'mornings?|afternoons?|evenings?|noon|midday',
        'rano|rankiem|poranek|poranki|przedpoludni\\p{L}*|popoludni\\p{L}*|wieczor\\p{L}*|poludni\\p{L}*',
        'утр\\p{L}*|днем|вечер\\p{L}*|обед\\p{L}*|полдень',
      ).source
    }`,
    'u',
  ),
  currentPrice: /(?!)/u,
  money: new RegExp(
    `[$€£₽¥]|${
      words(
        'dollars?|euros?|pounds?|usd|eur|gbp|pln|rub',
        'dolar\\p{L}*|zl|zlot\\p{L}*|groszy|funt\\p{L}*',
        'долл\\p{L}*|евро|рубл\\p{L}*|руб|фунт\\p{L}*',
      ).source
    }`,
    'u',
  ),
  share: new RegExp(
    `\\d\\s*(?:%|proc|percent|процент)|${
      words(
        '(?:\\d+|one|jeden|jedn\\p{L}*|один|одна|одного) (?:in|na|из|z|of) (?:\\d+|\\p{L}+)',
        // A share's own nouns ("share", "odsetek", "доля", "percent") state one only beside its figure, which the
        // digits above read: "even a small share of disappointed customers", "niewielki odsetek", "небольшая доля"
        // name none (and "share their experiences", "share price" are no share at all).
        'half|majority|most|third|quarter',
        'polow\\p{L}*|wiekszos\\p{L}*|trzeci\\p{L}*|czwart\\p{L}*',
        'половин\\p{L}*|большинств\\p{L}*|трет\\p{L}*|четверт\\p{L}*',
      ).source
    }`,
    'u',
  ),
  // A number that is not a year: "in 2014" counts nothing ("how many customers left Comcast?" of the 2014 case).
  count: new RegExp(`(?<!\\d)(?!(?:1[89]|20)\\d\\d(?!\\d))\\d|${words(...NUMBER_WORDS).source}`, 'u'),
  person: /(?!)/u,
  place: /(?!)/u,
  cause: words(
    // What introduces a cause ("because", "caused by", "z powodu", "из-за"), not a causing verb: "the outage caused 2,300
    // cancellations" states what the outage caused, not what caused the outage.
    'because|due to|caused by|causes? (?:of|is|was|are|were)|reasons?|result of|results from|stems? from|owing to|so that',
    'bo|poniewaz|gdyz|dlatego|z powodu|przyczyn\\p{L}*|powod(?:u|em|y|ow|ami)?|wynika\\p{L}*|spowodowan\\p{L}*',
    'потому|поэтому|из-за|причин\\p{L}*|вызван\\p{L}*|так как|поскольку|из за',
    // a purpose or a firm's encouragement tells why people act ("why did the agent stay on one call 10 hours?":
    // "the company encourages its agents to stay on the line", "zachęca agentów, by zostawali")
    'in order to|so as to|encourag\\p{L}*|aby|zeby|po to|zachec\\p{L}*|zacheca\\p{L}*|чтобы|для того|поощря\\p{L}*',
  ),
  // A named firm or person is read per language on the text as written (see StatedValues).
  researcher: /(?!)/u,
  sample: SAMPLE_STATED,
  method: METHOD_STATED,
  // A study's results are its figures: a headline figure (see the constructor) or a share in the text.
  findings: /(?!)/u,
  source: STUDY_CREDITED,
  formula: FORMULA_STATED,
};

/**
 * Read on the text as written, where capitals tell a name (a person's: stated-person.ts): a capitalised word after
 * "in"/"w"/"в" ("in Chicago", "w Polsce", "в России"), an airport by its name ("O'Hare Airport", "lotnisko Chopina";
 * "airport staff" names none), or a country.
 */
const CASED: Partial<Record<AskedValue, RegExp>> = {
  place: new RegExp(
    `${NOT_AFTER_WORD}(?:[Ii]n|w|we|W|в|во|В)\\s+\\p{Lu}\\p{Ll}+|${NOT_AFTER_WORD}(?:US|USA|UK|EU|США|ЕС)(?![\\p{L}\\p{N}])|\\p{Lu}[\\p{L}'’-]+ (?:[Aa]irport|[Аа]эропорт)|(?:[Aa]irport|[Ll]otnisk\\p{L}*|[Аа]эропорт\\p{L}*) (?:im\\. |имени )?\\p{Lu}|(?:Poland|Polsk|Polsc|Польш|America|Amerykan|Америк|Europ|Европ|Russia|Rosj|Росси)`,
    'u',
  ),
};

/**
 * The kinds of value an entry states, each read the first time a question asks for it: reading all ten at once cost
 * ~150 µs an entry at 10,000 entries, which a fresh question paid for each new candidate. Only the bits are kept:
 * the entry's text, joined and folded, is made again for each kind read (an entry is rarely asked for two), since
 * keeping both strings (~4 KB an entry) made every scavenge of a fresh question's garbage copy them.
 */
export class StatedValues {
  private read = 0;
  private stated = 0;

  constructor(private readonly entry: Entry) {
    // Who a quote or a finding is attributed to, or who wrote the work, is a person (or the firm behind a study) the
    // entry names.
    if (entry.source.attribution !== undefined || entry.source.author !== undefined)
      this.stated |= valueBit('person') | valueBit('researcher') | valueBit('source');
    // A metric is what "how many get solved?" asks for, though its definition states no number.
    if (entry.kind === 'metric') this.stated |= valueBit('count') | valueBit('share');
    // What a study found is the figure an entry gives.
    if (entry.figure !== undefined) this.stated |= valueBit('findings');
    // A tip is advice with its why, though not always in a causal word: "why does word of mouth beat paid ads?", "какие
    // три причины называют?" are answered by the tip that says referrals are trusted more (rounds 20, 63 and 72).
    if (entry.kind === 'tip') this.stated |= valueBit('cause');
  }

  has(value: AskedValue): boolean {
    const bit = valueBit(value);
    if ((this.stated & bit) !== 0) return true;
    if ((this.read & bit) !== 0) return false;
    this.read |= bit;
    const entry = this.entry;
    // Only a measure's own entry tells its formula: a statistic's "share of firms" is a finding.
    if (value === 'formula' && entry.kind !== 'metric' && entry.kind !== 'definition') return false;
    const written = LANGS.map((lang) => `${entry.text[lang] ?? ''} ${figureIn(entry, lang) ?? ''}`).join(' ');
    if (
      value === 'person'
        ? namesPerson(entry)
        : STATES[value].test(foldText(written)) || CASED[value]?.test(written)
    )
      this.stated |= bit;
    // Per language: a capital after another language's text ("4,7 bln $ Global estimates") starts a sentence.
    else if (value === 'findings' && this.has('share')) this.stated |= bit;
    // A named researcher is a credited source too.
    else if (value === 'source' && this.has('researcher')) this.stated |= bit;
    else if (value === 'researcher' && LANGS.some((lang) => namesResearcher(entry.text[lang] ?? '')))
      this.stated |= bit;
    return (this.stated & bit) !== 0;
  }
}

/** All the kinds of value an entry states, as bits (StatedValues reads them one by one). */
export function valuesStated(entry: Entry): ValueSet {
  const values = new StatedValues(entry);
  let stated = 0;
  for (const value of ASKED_VALUES) if (values.has(value)) stated |= valueBit(value);
  return stated;
}

/** Whether a text states a value of the kind asked (as valuesStated reads an entry). */
export function statesValue(text: string, value: AskedValue): boolean {
  if (value === 'researcher') return namesResearcher(text);
  if (value === 'source' && namesResearcher(text)) return true;
  if (value === 'person') return textNamesPerson(text);
  return STATES[value].test(foldText(text)) || CASED[value]?.test(text) === true;
}
