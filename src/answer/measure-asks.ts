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
  '(?:какие|каких|другие|основные) kpi',
  'metriki',
  'pokazatel(?:i|ei|yam|yami|yakh)',
);

/** Letters each phrasing holds, on the text as typed: most questions are passed over by this alone. */
const HINT = /metri|kpi|measure|indicator|wska|metry|miar|метри|показат|pokazat/iu;

/** Whether the question asks which measures to track or use (see the module's comment). */
export function asksForMeasures(question: string): boolean {
  if (!HINT.test(question)) return false;
  return MEASURES_ASKED.test(foldText(withoutDiscordMarkup(question)));
}

/**
 * The kinds a question asking which measures to track asks for: the advice naming a set of them too ("which metrics
 * does the guide say to track" reads "metrics" as asking for a metric, yet the tip listing them is the answer).
 */
export function kindsWhenMeasuresAsked(kinds: ReadonlySet<Kind>): ReadonlySet<Kind> {
  return kinds.has('tip') ? kinds : new Set([...kinds, 'tip']);
}
