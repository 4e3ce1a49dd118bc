// What a person recommends or thinks, asked of the guest of an episode or of someone the question points at by a
// pronoun: "what does he recommend for chatbots in that podcast?", "is he for or against chatbots?", "co konkretnie
// Dawid Wójcicki radzi w tym podcaście?", "что он советует?". A podcast's teaser tells what the talk is about, not
// the guest's advice (round 96 answered three such questions with it, up to 0.88, sure); only advice (a tip) or a
// person's own words (a quote) can tell a view (stated-details.ts).
// Hand-written: a few phrasings per language on folded text; no library reads whose view a question asks.
import { wholePhrases } from './word-bounds.js';

/** Who is asked: a pronoun or the guest (a named person only with the episode named after the verb, below). */
const WHO_EN = '(?:he|she|the guest|that guy|this guy)';
const ADVISE_EN = '(?:recommend|suggest|advise|propose)';
const ADVISE_PL = '(?:radzi|radzil|poleca|polecal|zaleca|zalecal|doradza|proponuje|proponowal)';
const ADVISE_RU = '(?:советует|советовал|рекомендует|рекомендовал|предлагает|предлагал)';

/** Folded text. */
export const VIEW_ASKED = wholePhrases([
  // English
  `what (?:does|did|would) ${WHO_EN} (?:actually |really |exactly )?(?:${ADVISE_EN}|think)`,
  `(?:is|was) ${WHO_EN} (?:for or against|pro or (?:anti|con))`,
  `what (?:solutions|tools|fixes|approach) (?:does|did) ${WHO_EN} ${ADVISE_EN}`,
  // "which chatbot vendor does Dawid Wójcicki recommend" (round 98)
  `which (?:\\p{L}+ ){0,2}?(?:vendors?|tools?|solutions?|products?|bots?|chatbots?|platforms?) (?:does|did) (?:\\p{L}+ ){1,5}?${ADVISE_EN} (?:\\p{L}+ ){0,3}?(?:in|on) (?:the|that|this) (?:\\S+ ){0,3}?(?:podcast|episode)`,
  `what (?:does|did) (?:\\p{L}+ ){1,3}?${ADVISE_EN} (?:\\p{L}+ ){0,4}?(?:in|on) (?:the|that|this) (?:\\p{L}+ ){0,3}?(?:podcast|episode)`,
  // Polish
  `co (?:on|ona|gosc|ten gosc) (?:\\p{L}+ )?(?:${ADVISE_PL}|sadzi|mysli)`,
  `co (?:\\p{L}+ ){0,5}?${ADVISE_PL} w (?:tym |tamtym )?(?:podcascie|odcinku)`,
  '(?:jest|byl) (?:on |ona )?za czy przeciw',
  // what solutions or tools the guest recommends ("jakie rozwiązania poleca?"; round 97)
  `jakie (?:\\p{L}+ )?(?:rozwiazania|rady|narzedzia) (?:\\p{L}+ )?${ADVISE_PL}`,
  // Russian
  `что (?:он|она|гость) (?:\\p{L}+ )?(?:${ADVISE_RU}|думает)`,
  `что (?:\\p{L}+ ){0,5}?${ADVISE_RU} в (?:этом |том )?(?:подкасте|выпуске)`,
  '(?:он|она) за или против',
  `какие (?:\\p{L}+ )?(?:решения|советы|инструменты) (?:он |она )?${ADVISE_RU}`,
]);

/** Letters one of the phrasings above needs: most questions are passed over by this alone. */
export const VIEW_HINT =
  /recommend|suggest|advis|propos|think|against|radz|polec|zalec|doradz|propon|sadz|sądz|mysl|myśl|przeciw|совет|рекоменд|предлаг|думает|против/iu;
