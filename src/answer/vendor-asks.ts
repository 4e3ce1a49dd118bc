// A product or provider asked for ("jaki CRM wybrać", "which agencies hire mystery shoppers", "какую платформу
// посоветуете"), or the one behind a story ("which system failed at Delta"): the knowledge base gives advice, never picks a vendor, so only an entry defining a product by its
// name ("LiveAgent is the customer-service software…") can answer; every other entry is ruled out.
// Hand-written: a few phrasings per language on folded text; no library reads that a question asks for a vendor.
import type { Entry } from '../kb/schema.js';
import { foldText, withoutDiscordMarkup } from './normalize.js';
import { wholePhrases } from './word-bounds.js';

/** A whole-phrase match over folded text (`\b` knows only ASCII letters in JavaScript, so lookarounds). */
function phrases(...alternatives: string[]): RegExp {
  return wholePhrases(alternatives);
}

/** Up to n words. */
const upTo = (n: number) => `(?:[\\p{L}\\p{N}]+ ){0,${n}}?`;

/** A tool or service named as a product (only when asked for "exactly" / "konkretnie" / "конкретно"). */
const PRODUCT_EN = '(?:tools?|services?|apps?|products?|brands?|bots?|software)';
const PRODUCT_PL =
  '(?:narzedzi\\p{L}*|serwis\\p{L}*|program\\p{L}*|aplikacj\\p{L}*|system\\p{L}*|uslug\\p{L}*|bot\\p{L}*|produkt\\p{L}*)';
const PRODUCT_RU =
  '(?:сервис\\p{L}*|инструмент\\p{L}*|программ\\p{L}*|приложени\\p{L}*|бот\\p{L}*|продукт\\p{L}*|систем\\p{L}*)';
const WHICH_PL = '(?:jaki|jaka|jakie|jakiego|jakiej|jakich|ktory|ktora|ktore|ktorego|ktorej)';
const WHICH_RU = '(?:какои|какая|какую|какое|какие|какого|каким)';

// "Tools", "systems", "programmes" are left out: "which tools should agents get", "jaki system motywacji",
// "какую программу обучения" ask for advice.
const VENDOR_ASKED = phrases(
  // English
  `(?:which|what) (?:[\\p{L}\\p{N}]+ )?(?:crm|helpdesk|help desk|ticketing (?:system|tool|software)|software|platform|app|vendor|provider|agenc(?:y|ies))s? ${upTo(4)}(?:should|do you|would you|to use|to choose|to pick|to buy|is best|is the best|recommend\\p{L}*|hire|hires)`,
  'best (?:crm|helpdesk|help desk|ticketing (?:system|tool|software)|software|platform|app|vendor|agency) for',
  // Polish (folded: no diacritics)
  `(?:jaki|jaka|jakie|jakiego|jakiej|ktory|ktora|ktore|ktorego|ktorej) (?:[\\p{L}\\p{N}]+ )?(?:crm|helpdesk|oprogramowani\\p{L}*|platform\\p{L}*|aplikacj\\p{L}*|dostawc\\p{L}*|agencj\\p{L}*) ${upTo(4)}(?:wybrac|polec\\p{L}*|kupic|wziac|uzywac|najlepsz\\p{L}*)`,
  // Russian (folded: е for ё, и for й)
  `(?:какои|какую|какое|какие|какого) (?:[\\p{L}\\p{N}]+ )?(?:crm|срм|хелпдеск\\p{L}*|софт\\p{L}*|платформ\\p{L}*|приложени\\p{L}*|агентств\\p{L}*|поставщик\\p{L}*|подрядчик\\p{L}*) ${upTo(5)}(?:выбрать|посовету\\p{L}*|порекоменду\\p{L}*|рекоменду\\p{L}*|советуют|купить|лучше|взять|использовать)`,
  // The system or supplier behind a story ("what system failed at Delta and who was the vendor", "jaki system padł",
  // "какую систему использовала та авиакомпания"; round 71): a past verb of failing or using, or the supplier asked.
  `(?:which|what) (?:[\\p{L}\\p{N}]+ )?(?:systems?|software|platforms?|crm|vendors?|suppliers?) ${upTo(4)}(?:failed|crashed|broke|went down|did (?:they|it|\\p{L}+) (?:use|run|have)|were they using|was (?:it|that) running)`,
  'who (?:was|were) (?:the|their|its) (?:it |software |system )?(?:vendor|supplier|provider)s?',
  `(?:jaki|jaka|jakie|ktory|ktora|jakiego|ktorego) (?:[\\p{L}\\p{N}]+ )?(?:system\\p{L}*|oprogramowani\\p{L}*|platform\\p{L}*|soft\\p{L}*) ${upTo(4)}(?:padl\\p{L}*|wysiadl\\p{L}*|nawalil\\p{L}*|uzywal\\p{L}*|mieli|mial\\p{L}*)`,
  'kto (?:byl|byla|byli) (?:\\p{L}+ )?dostawc\\p{L}*',
  `(?:какую|какая|какои|какие|какое) (?:[\\p{L}\\p{N}]+ )?(?:систем\\p{L}*|софт\\p{L}*|программ\\p{L}*|платформ\\p{L}*) ${upTo(5)}(?:использовал\\p{L}*|упал\\p{L}*|сломал\\p{L}*|отказал\\p{L}*|стоял\\p{L}*)`,
  'кто (?:был\\p{L}* )?(?:\\p{L}+ )?(?:поставщик\\p{L}*|подрядчик\\p{L}*|вендор\\p{L}*)',
  // One tool or service asked by name ("which translation service exactly", "jakiego konkretnie narzędzia AI",
  // "какой конкретно сервис перевода"; rounds 87-88): a product picked, not the advice that names none.
  `(?:which|what) (?:specific|exact|particular) (?:[\\p{L}\\p{N}]+ )?${PRODUCT_EN}`,
  `(?:which|what) (?:[\\p{L}\\p{N}]+ )?${PRODUCT_EN} (?:exactly|specifically)`,
  `${WHICH_PL} (?:konkretnie (?:[\\p{L}\\p{N}]+ )?${PRODUCT_PL}|(?:[\\p{L}\\p{N}]+ )?${PRODUCT_PL} konkretnie)`,
  `${WHICH_RU} (?:конкретно (?:[\\p{L}\\p{N}]+ )?${PRODUCT_RU}|(?:[\\p{L}\\p{N}]+ )?${PRODUCT_RU} конкретно)`,
);

/** Letters each phrasing holds, on the text as typed: most questions are passed over by this alone. */
const HINT =
  /crm|срм|tool|service|product|brand|bot|konkretnie|конкретно|helpdesk|help desk|ticketing|software|platform|app|vendor|provider|supplier|system|agenc|oprogramow|aplikac|dostawc|agencj|хелпдеск|софт|платформ|приложен|агентств|поставщик|подрядчик|вендор|систем|программ/iu;

/** Whether the question asks which product or provider to pick (see the module's comment). */
export function asksForVendor(question: string): boolean {
  if (!HINT.test(question)) return false;
  return VENDOR_ASKED.test(foldText(withoutDiscordMarkup(question)));
}

/** Whether an entry defines a product by its proper name (its English term is capitalised: "LiveAgent"). */
export function definesProduct(entry: Entry): boolean {
  return entry.kind === 'definition' && /^\p{Lu}/u.test(entry.term?.en ?? '');
}
