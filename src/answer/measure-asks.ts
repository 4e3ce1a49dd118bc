// A question asking which measures to track ("which metrics should we track", "jakie KPI do mierzenia jakości",
// "какие показатели смотреть"): several measures are asked for, so one metric's own entry answers only a part of
// it, while the advice that names a set of measures answers it whole (a ranker input, `measuresAsked`).
// Hand-written: a few plural words per language; no library tells a plural ask for measures from a singular one.
import type { Kind } from '../kb/schema.js';
import { foldText, withoutDiscordMarkup } from './normalize.js';
import { wholePhrases } from './word-bounds.js';

/** A whole-phrase match over folded text (`\b` knows only ASCII letters in JavaScript, so lookarounds). */
function phrases(...alternatives: string[]): RegExp {
  return wholePhrases(alternatives);
}

// Plural forms only: "metryka ogólnej satysfakcji", "есть такая метрика", "the response time metric" ask for one.
const MEASURES_ASKED = phrases(
  // English
  'metrics',
  'kpis',
  'measures',
  'indicators',
  'measurements',
  // "one article listed a few yardsticks", "по каким критериям оценивать" (round 68)
  'yardsticks',
  'criteria',
  '(?:which|what|the|our|main|key|other) kpi',
  // Polish (folded: no diacritics); KPI does not inflect, "jakie" makes it plural
  'wskazniki',
  'wskaznikow',
  'wskaznikami',
  'wskaznikach',
  'metryki',
  'metryk',
  'metrykach',
  'miary',
  'miar',
  'mierniki',
  'miernikow',
  'miernikami',
  'miernikach',
  'kryteria',
  'kryteriow',
  'kryteriami',
  'kryteriach',
  '(?:jakie|jakich|ktore|inne|glowne) kpi',
  // Russian (folded: е for ё, и for й) and in Latin letters
  'метрики',
  'метрик',
  'метриках',
  'показатели',
  'показателеи',
  'показателям',
  'показателями',
  'показателях',
  // not "как критерий" (as a criterion), which folding makes "критерии" (round 164)
  '(?<!как )критерии',
  'критериев',
  'критериям',
  'критериями',
  'критериях',
  '(?:какие|каких|другие|основные) kpi',
  'metriki',
  'pokazatel(?:i|ei|yam|yami|yakh)',
);

/**
 * How to measure a whole ("how can we measure service quality", "jak zmierzyć jakość obsługi", "czym mierzyć",
 * "как измерить качество обслуживания", "what else should we track"): several measures are asked as well, though in
 * the singular, when what is measured is the service or its quality (QUALITY), not one measure ("how do we measure
 * response time" asks for that metric).
 */
const HOW_TO_MEASURE = phrases(
  // English
  `how (?:can|do|should|would|could|to|does|did|is|are)(?: \\p{L}+){0,3}? (?:measure|measured|track|tracked|gauge|quantify)`,
  '(?:ways|way|methods?) (?:of |to )?(?:measure|measuring|track|tracking|gauge|gauging)',
  `what (?:else )?(?:should|can|could|do|to)(?: \\p{L}+){0,2}? (?:measure|track|monitor)`,
  `what (?:else|other)(?: \\p{L}+){0,3}? (?:measure|track|monitor)`,
  'what (?:other|else) (?:measures|metrics|kpis|indicators)',
  // Polish (folded: no diacritics)
  `jak(?:imi sposobami|im sposobem)?(?: \\p{L}+){0,3}? (?:zmierzyc|mierzyc|mierzy|mierzymy|mierzona|mierzone|monitorowac|sledzic)`,
  `(?:czym|po czym|co)(?: \\p{L}+){0,3}? (?:zmierzyc|mierzyc|mierzymy|mierzy sie|monitorowac|sledzic)`,
  `co jeszcze(?: \\p{L}+){0,3}? (?:zmierzyc|mierzyc|mierzymy|monitorowac|sledzic)`,
  // Russian (folded: е for ё, и for й)
  `как(?: \\p{L}+){0,3}? (?:измерить|измерять|измеряют|измеряется|мерить|померить|отслеживать|оценивать|оценить)`,
  `(?:чем|что|что еще)(?: \\p{L}+){0,3}? (?:измерить|измерять|мерить|отслеживать)`,
  // "какие способы измерить качество…", "jakie są sposoby mierzenia jakości…"
  '(?:какие|каким\\p{L}*|каких) (?:есть )?(?:способ\\p{L}*|метод\\p{L}*) (?:измерить|измерения|измерять|оценить|оценки|отслеживать)',
  '(?:jakie|jakimi) (?:sa )?(?:sposob\\p{L}*|metod\\p{L}*) (?:mierzenia|pomiaru|zmierzenia|mierzyc|zmierzyc|oceny)',
  `kak(?: \\p{L}+){0,3}? (?:izmerit|izmeryat|merit)`,
);

/** What a whole is measured for: the service, support or its quality (see HOW_TO_MEASURE). */
const QUALITY = phrases(
  'quality',
  'service',
  'support',
  'performance',
  'jakos\\p{L}*',
  'obslug\\p{L}*',
  'obsludz\\p{L}*',
  'wsparci\\p{L}*',
  'качеств\\p{L}*',
  'обслуживани\\p{L}*',
  'сервис\\p{L}*',
  'поддержк\\p{L}*',
  'kachestv\\p{L}*',
  'obsluzhivani\\p{L}*',
);

/** Letters each phrasing holds, on the text as typed: most questions are passed over by this alone. */
const HINT =
  /metri|kpi|measure|indicator|yardstick|criteri|wska|metry|miar|miern|kryter|метри|показат|критер|pokazat/iu;
const HOW_HINT =
  /measur|track|gauge|quantif|monitor|mierz|śledz|sledz|измер|мерит|мерять|отслежив|оцен|izmer|merit/iu;

/** Whether the question asks which measures to track or use (see the module's comment). */
export function asksForMeasures(question: string): boolean {
  const plural = HINT.test(question);
  const how = HOW_HINT.test(question);
  if (!plural && !how) return false;
  const folded = foldText(withoutDiscordMarkup(question));
  if (plural && MEASURES_ASKED.test(folded)) return true;
  return how && HOW_TO_MEASURE.test(folded) && QUALITY.test(folded);
}

/**
 * The kinds a question asking which measures to track asks for: the advice naming a set of them too ("which metrics
 * does the guide say to track" reads "metrics" as asking for a metric, yet the tip listing them is the answer).
 */
export function kindsWhenMeasuresAsked(kinds: ReadonlySet<Kind>): ReadonlySet<Kind> {
  // "Which metrics" names the kind of a metric entry, yet one metric answers only a part: the kind asked is the tip.
  const asked = new Set(kinds);
  asked.delete('metric');
  asked.add('tip');
  return asked;
}
