// How a country is read: a question asking about its people ("jaki procent Polaków", "in Germany", "российских
// клиентов") and an entry naming it, built from its demonyms, places and adjective in three languages (countries.ts
// lists the countries).
import { wholePhrases } from './word-bounds.js';

/** A whole-phrase match over folded text (`\b` knows only ASCII letters in JavaScript, so lookarounds). */
function phrases(...alternatives: string[]): RegExp {
  return wholePhrases(alternatives);
}

/**
 * The people a figure counts, after a country's adjective ("polskich firm", "German customers", "российских
 * клиентов", "польских операторов", "w polskich call center"); not a work ("the Polish article", "в польской статье"), which names a source, not a population.
 */
export const POPULATION =
  '(?:klient\\p{L}*|konsument\\p{L}*|firm\\p{L}*|przedsiebiorst\\p{L}*|uzytkownik\\p{L}*|rynk\\p{L}*|rynek|kupujac\\p{L}*|pracownik\\p{L}*|menedzer\\p{L}*|managerow|respondent\\p{L}*|customers?|consumers?|compan(?:y|ies)|firms?|businesses|market|users?|shoppers?|buyers?|people|employees|клиент\\p{L}*|потребител\\p{L}*|компани\\p{L}*|фирм\\p{L}*|рын\\p{L}*|пользовател\\p{L}*|покупател\\p{L}*|людеи|люди|менеджер\\p{L}*|предприяти\\p{L}*|operator\\p{L}*|оператор\\p{L}*|(?:call|contact)[- ]?cent(?:er|re|rum|ra|rach|ach|ow)?s?|колл-центр\\p{L}*|кол-центр\\p{L}*|sklep\\p{L}*|shops?|stores?|магазин\\p{L}*|bank\\p{L}*|банк\\p{L}*|suppliers?|providers?|retailers?|brands?|dostawc\\p{L}*|поставщик\\p{L}*)';

/**
 * A country's name alone, in a search-box ask of a figure ("churn polska ile procent", "германия статистика"): right
 * before a figure asked or at the question's end. Elsewhere the bare name is as often a work's origin ("the blog from
 * Russia") as the people counted.
 */
export function terse(names: string): string {
  return `(?:${names})(?= +(?:ile|jak(?:i|a|ie)|procent\\p{L}*|odset\\p{L}*|dane|danych|liczby|statystyk\\p{L}*|сколько|скока|как(?:ои|ая|ие)|процент\\p{L}*|дол(?:я|ю)|данные|цифр\\p{L}*|статистик\\p{L}*|how|what|percent\\p{L}*|share|stats?|statistics|figures?|numbers|data|%)(?![\\p{L}])| *[?!.]*$)`;
}

/**
 * One firm described by its country ("у какой-то американской компании", "w jakiejś amerykańskiej firmie", "an
 * American company"): the adjective in the singular before a firm's noun tells where that firm is, not whose people a
 * figure counts (round 85: the Zappos call was declined for naming no country).
 */
const ONE_FIRM =
  '(?!\\p{L}+(?:скои|ского|скому|ская|скую|ское|ckoi|ckogo|skiej|skiego|skiemu|ska|ski|ckiej|ckiego|cka|cki|can|ish) (?:компании|компания|компанию|компанией|фирмы|фирма|фирму|фирмой|firma|firmy|firmie|firme|company|firm|business|retailer|shop|store|sklep\\p{L}*|магазин\\p{L}*)(?![\\p{L}]))';

export interface Country {
  id: string;
  /**
   * A question asking about its people: a demonym in the plural (one "известного американца" is a person described,
   * not the people a figure counts; round 84), "in X", or its adjective before the people counted (folded).
   */
  asked: RegExp;
  /** An entry naming it, on its folded text. */
  named: RegExp;
}

export function country(
  id: string,
  people: string[],
  places: string[],
  adjective: string,
  named: string[],
  /** Polish and Russian forms after "dla", "для" that differ from those after "w", "в" ("dla Polski", "для Европы"). */
  genitives?: string[],
  /** Polish and Russian forms after "na", "на" of a share ("ile przypada na Polskę", "сколько приходится на Польшу"). */
  accusatives?: string[],
): Country {
  return {
    id,
    asked: phrases(
      ...people,
      `(?:in|w|we|в|во|v|по|po) (?:the )?(?:${places.join('|')})`,
      // "for Europe alone", "dla Polski", "для Европы": the place a figure is asked for (not "for us": the asker)
      `(?:for|dla|для|dlya) (?:the )?(?:${[...places, ...(genitives ?? [])].filter((p) => p !== 'us').join('|')})`,
      `${ONE_FIRM}${adjective} ${POPULATION}`,
      // a part of a figure asked for it: "ile z tego przypada na Polskę", "сколько приходится на Польшу"
      ...(accusatives
        ? [
            `(?:przypada\\p{L}*|przypadl\\p{L}*|приходится|приходятся|приходилось|prihoditsya) (?:\\p{L}+ ){0,2}?(?:na|на) (?:${accusatives.join('|')})`,
          ]
        : []),
    ),
    named: phrases(...named),
  };
}
