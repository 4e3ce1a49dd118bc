// A tool's price plan asked: "ile kosztuje LiveAgent miesięcznie za agenta?", "how much does it cost per agent per
// month?", "сколько стоит LiveAgent? есть тарифы?", "ile kosztuje licencja na jednego agenta?". The articles name tools
// and what they offer, never a licence, seat or subscription price, so every entry lacks it (`detailMissing`, via
// beside-asks.ts); round 54 answered "ile kosztuje LiveAgent miesięcznie za agenta?" with Delta's outage loss (the
// article LiveAgent publishes states it). A price alone ("ile kosztuje zła obsługa rocznie") is left to the figures.
// Hand-written: a few phrasings per language on folded text; no library reads that a question asks for a price plan.
import { wholePhrases } from './word-bounds.js';

/** A price asked. */
const PRICE = wholePhrases([
  'how much|prices?|pricing|costs?',
  'ile (?:\\p{L}+ )?(?:kosztuj\\p{L}*|placi\\p{L}*)|cen[aeyi]|koszt\\p{L}*',
  'сколько (?:\\p{L}+ )?сто(?:ит|ят|ило)|цен[аыеу]|стоимост\\p{L}*|почем',
]);

/**
 * A seat or a plan, or a licence or subscription priced: what a tool is priced by. A licence or a subscription alone is
 * no plan asked ("churn przy renewalach licencji. Ile razy drożej…"), nor a position ("kandydat na konsultanta").
 */
const PLAN = wholePhrases([
  // a team of a size priced ("ile kosztuje LiveAgent na 10 agentów", "for 5 agents"; rounds 96-97)
  '(?:for|na|на) \\d+ (?:agents|seats|users|operators|agentow|konsultantow|stanowisk|uzytkownikow|агентов|операторов|пользователеи)',
  'per (?:agent|seat|user|operator|licen[cs]e)|(?:price|pricing) plans?|(?:licen[cs]e|subscription) (?:prices?|costs?|fees?)|(?:price|cost) of (?:a |the |one )?(?:licen[cs]e|subscription)',
  'za (?:jednego )?(?:agenta|stanowisko|uzytkownika)|na jednego (?:agenta|uzytkownika)|(?:cena|cen[ey]|koszt\\p{L}*|kosztuje|kosztuja) (?:\\p{L}+ ){0,2}?(?:licencj\\p{L}*|abonament\\p{L}*)|(?:licencj\\p{L}*|abonament\\p{L}*) (?:\\p{L}+ ){0,2}?(?:kosztuje|kosztuja)|cennik\\p{L}*',
  '(?:за|на) одного (?:агента|оператора|пользователя)|за (?:агента|место|пользователя)|тариф\\p{L}*|(?:цена|стоимост\\p{L}*|стоит) (?:\\p{L}+ ){0,2}?(?:лицензи\\p{L}*|подписк\\p{L}*)',
]);

/** Letters a plan word holds, on the folded text: most questions are passed over by this alone. */
const HINT =
  /per |licen|subscri|plan|agenta|agents|seats|users|agentow|konsultantow|операторов|агентов|stanowisk|uzytkownik|abonament|cennik|агента|оператора|пользоват|место|тариф|лиценз|подписк/u;

/** Whether the question asks a tool's price per seat, licence or plan (folded text; see the module's comment). */
export function asksPlanPrice(folded: string): boolean {
  return HINT.test(folded) && PLAN.test(folded) && PRICE.test(folded);
}
