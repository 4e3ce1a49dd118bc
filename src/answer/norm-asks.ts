// A benchmark asked for ("what's a good NPS", "Give me a benchmark for a good FCR rate", "jaki wynik uznaje się za
// dobry", "какой NPS считается хорошим", "средний отток у операторов"): a norm is a figure someone measured across
// firms, which only an entry stating a figure of its own can give. A metric's definition, or a tip naming the
// measure, tells what to track, never what value is good.
// Hand-written: a few phrasings per language on folded text; no library reads that a question asks for a norm.
import type { Entry } from '../kb/schema.js';
import { LANGS } from '../kb/schema.js';
import { foldText, withoutDiscordMarkup } from './normalize.js';
import { wholePhrases } from './word-bounds.js';

/** A whole-phrase match over folded text (`\b` knows only ASCII letters in JavaScript, so lookarounds). */
function phrases(...alternatives: string[]): RegExp {
  return wholePhrases(alternatives);
}

/** Up to n words between an adjective and the measure it qualifies. */
const upTo = (n: number) => `(?:[\\p{L}\\p{N}]+ ){0,${n}}?`;

const NORM_ASKED = phrases(
  // English
  'benchmarks?',
  'industry (?:average|standard|norm)s?',
  `(?:good|healthy|normal|typical|acceptable|reasonable|decent|realistic|target|ideal|optimal) ${upTo(3)}(?:rate|score|level|value|churn|nps|csat|fcr|aht|percentage|wait|waiting time|response time)`,
  '(?:is|are|s) considered (?:good|healthy|normal|acceptable|ok)',
  `average ${upTo(2)}(?:churn|nps|csat|fcr)`,
  // Polish (folded: no diacritics)
  'benchmark\\p{L}*',
  `(?:dobr[yaem]|dobrym|zdrow[ya]|normaln[ya]|typow[ya]|akceptowaln\\p{L}*|optymaln\\p{L}*|docelow\\p{L}*|rozsadn\\p{L}*) ${upTo(2)}(?:wynik\\p{L}*|poziom\\p{L}*|wskaznik\\p{L}*|churn|nps|csat|odsetek|czas\\p{L}*|rotacj\\p{L}*|odplyw\\p{L}*)`,
  '(?:uznaje sie|uwazan\\p{L}*|uwaza sie) za (?:dobr\\p{L}*|norm\\p{L}*|zdrow\\p{L}*)',
  `(?:sredni\\p{L}*) ${upTo(2)}(?:churn|odplyw\\p{L}*|rotacj\\p{L}*|nps|csat|fcr|wskaznik\\p{L}*|poziom\\p{L}*)`,
  // Russian (folded: е for ё, и for й)
  'бенчмарк\\p{L}*',
  'норматив\\p{L}*',
  '(?:считается|считают|считать) (?:\\p{L}+ )?(?:хорош\\p{L}*|нормальн\\p{L}*|нормои|здоров\\p{L}*)',
  `(?:хорош\\p{L}*|нормальн\\p{L}*|типичн\\p{L}*|оптимальн\\p{L}*|целев\\p{L}*|допустим\\p{L}*|приемлем\\p{L}*) ${upTo(3)}(?:уровень|показател\\p{L}*|отток\\p{L}*|nps|csat|fcr|процент\\p{L}*|время|значени\\p{L}*)`,
  `(?:средн\\p{L}*) ${upTo(2)}(?:отток\\p{L}*|churn|nps|csat|fcr|показател\\p{L}*|уровень)`,
);

/** Letters each phrasing holds, on the text as typed: most questions are passed over by this alone. */
const HINT =
  /bench|бенч|good|health|normal|typical|accept|reason|decent|realist|target|ideal|optim|consider|average|dobr|zdrow|norm|typow|akcept|docel|rozsa|rozsą|uznaj|uważ|uwaz|sredn|średn|хорош|нормал|норм|типичн|оптимал|целев|допуст|приемл|средн/iu;

/** Whether the question asks for a norm or benchmark value (see the module's comment). */
export function asksForNorm(question: string): boolean {
  if (!HINT.test(question)) return false;
  return NORM_ASKED.test(foldText(withoutDiscordMarkup(question)));
}

/** Whether an entry states a figure of its own that a norm could be (a metric's definition states none). */
export function statesNorm(entry: Entry): boolean {
  if (entry.kind === 'metric') return false;
  if (entry.figure !== undefined) return true;
  return LANGS.some((lang) => /\d/u.test(entry.text[lang] ?? ''));
}
