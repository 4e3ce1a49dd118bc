// A measure's formula asked ("what is the formula for NPS", "how is resolution rate calculated", "jak obliczyć CSAT –
// wzór?", "как рассчитать CES"): only an entry that states how the measure is computed answers it, a metric or
// definition telling what share of what it counts ("what share of customer requests end with the problem solved");
// naming a measure, or advising to track it, does not. On folded text; read with the other kinds by
// asked-attributes.ts. Hand-written: a few phrasings per language.
import type { AskPhrasings } from './asked-values.js';
import { wholePhrases } from './word-bounds.js';

/** Up to two words between the asking word and its verb ("how is resolution rate calculated", "jak się to liczy"). */
const FEW = "(?: [\\p{L}\\p{N}'’-]+){0,3}?";

export const FORMULA_ASK: AskPhrasings = {
  value: 'formula',
  gate: 'subtract divide deduct odej* odjac отни* отнять formula formulas formulae how calculate calculated calculating compute computed computing wzor wzoru wzorem jak как расч* счит* форм* посч* подс* вычи* высч* obli* poli* wyli* licz*',
  pattern: wholePhrases([
    'formula(?:s|e)?',
    'how (?:do|does|would|should|can|could|to)(?: you| we| i| one| they| companies)?(?: actually| really| exactly)? (?:calculate|compute|work out)',
    // the arithmetic asked: "what do you subtract from what" (round 65)
    '(?:what|which) (?:do|does|should|would) (?:you|we|they|one) (?:subtract|divide|deduct)',
    // "kogo od kogo się odejmuje", "кого из кого вычитаем" (round 68)
    '(?:kogo|co|ktorych|ile) od (?:kogo|czego|ktorych) (?:sie )?(?:odejmuj\\p{L}*|odjac|odejmowac)',
    '(?:кого|что|каких|сколько) (?:из|от) (?:кого|чего|каких) (?:вычита\\p{L}*|отнима\\p{L}*|вычесть|отнять)',
    `how (?:is|are)${FEW} (?:calculated|computed|worked out)`,
    '(?:calculate|calculating|compute|computing|calculation of|computation of)(?: the| a| our)?(?: [\\p{L}-]+)? (?:rate|score|index|ratio|nps|csat|ces|kpi)',
    // "wzór na churn", "jaki jest wzór", "CSAT – wzór?"; not "wzór dla konsultantów" (a role model)
    'wzor(?:u|em|y)?(?= na | do | obliczani| liczeni|[?!.]|$)',
    '(?:jaki|jakiego|podaj|podajcie)(?: jest)? wzor\\p{L}*',
    `jak${FEW} (?:obliczyc|obliczac|oblicza|obliczany|obliczana|obliczane|policzyc|wyliczyc|wylicza|wyliczany|wyliczana|liczyc|liczy|liczymy|liczony|liczona|liczone)(?! sie| na)`,
    // "формула NPS", "как рассчитать CES", "как считается NPS"; not "формулировка"
    'формул(?:а|ы|у|е|ои|ам|ами|ах)?',
    `как${FEW} (?:рассчитать|рассчитывать|рассчитывается|рассчитываются|считать|считается|считают|посчитать|подсчитать|подсчитывается|вычислить|вычисляется|высчитать)`,
    'расчет(?: [\\p{L}-]+)? (?:nps|csat|ces|показател\\p{L}*|метрик\\p{L}*|индекс\\p{L}*|коэффициент\\p{L}*|оттока)',
  ]),
};

/** How a measure is computed, stated in a metric's or definition's text (folded): the share of what it counts. */
export const FORMULA_STATED = wholePhrases([
  '(?:what|the|a) (?:share|proportion|percentage|fraction|ratio) of',
  'ratio of|divided by|per cent of all|percent of all|out of all',
  '(?:jaka|jak duza) czesc|odsetek|stosunek|podzielon\\p{L}*',
  '(?:какая|какую) част\\p{L}*|доля|отношени\\p{L}* числа|делен\\p{L}* на',
  '=',
]);

/** A word of calculating ("calculated", "wzór", "policzyć", "рассчитать"): once a formula is asked, no attribute. */
const CALCULATING =
  /^(?:calculat\p{L}*|comput\p{L}*|formula\p{L}*|calc|wzor|wzoru|wzorem|wzory|oblicz\p{L}*|policz\p{L}*|wylicz\p{L}*|licz\p{L}*|формул\p{L}*|рассчит\p{L}*|счита\p{L}*|посчита\p{L}*|подсчит\p{L}*|вычисл\p{L}*|высчит\p{L}*)$/u;

/**
 * The folded words of a question asking a formula that only say "calculate": the formula ask rules out an entry
 * stating none, so they need not be matched word for word as attributes (focus.ts) too.
 */
export function calculatingWords(folded: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const word of folded.match(/[\p{L}]+/gu) ?? []) if (CALCULATING.test(word)) words.add(word);
  return words;
}

/**
 * The words naming the measure whose formula is asked (all but the calculating ones): an entry must match at least
 * half of them by weight, since another measure's formula ("how is resolution rate calculated" for "CSAT – wzór?")
 * is no answer.
 */
export function measureNamingWords(folded: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const word of folded.match(/[\p{L}\p{N}]+/gu) ?? []) if (!CALCULATING.test(word)) words.add(word);
  return words;
}
