// The countries and regions a question may ask a figure for ("jaki procent Polaków", "in Germany", "российских
// клиентов"), and how an entry names them ("consumers in the US and the UK", "w Polsce", "в России"), per language.
// Hand-written: a handful of countries the support articles and their readers talk of; no small library maps
// inflected Polish and Russian demonyms to a country.
import { anyWholePhrase, foldedAlternatives, NOT_AFTER_WORD, wholePhrases } from './word-bounds.js';

/** A whole-phrase match over folded text (`\b` knows only ASCII letters in JavaScript, so lookarounds). */
function phrases(...alternatives: string[]): RegExp {
  return wholePhrases(alternatives);
}

/**
 * The people a figure counts, after a country's adjective ("polskich firm", "German customers", "российских
 * клиентов", "польских операторов", "w polskich call center"); not a work ("the Polish article", "в польской статье"), which names a source, not a population.
 */
const POPULATION =
  '(?:klient\\p{L}*|konsument\\p{L}*|firm\\p{L}*|przedsiebiorst\\p{L}*|uzytkownik\\p{L}*|rynk\\p{L}*|rynek|kupujac\\p{L}*|pracownik\\p{L}*|menedzer\\p{L}*|managerow|respondent\\p{L}*|customers?|consumers?|compan(?:y|ies)|firms?|businesses|market|users?|shoppers?|buyers?|people|employees|клиент\\p{L}*|потребител\\p{L}*|компани\\p{L}*|фирм\\p{L}*|рын\\p{L}*|пользовател\\p{L}*|покупател\\p{L}*|людеи|люди|менеджер\\p{L}*|предприяти\\p{L}*|operator\\p{L}*|оператор\\p{L}*|(?:call|contact)[- ]?cent(?:er|re|rum|ra|rach|ach|ow)?s?|колл-центр\\p{L}*|кол-центр\\p{L}*|sklep\\p{L}*|shops?|stores?|магазин\\p{L}*|bank\\p{L}*|банк\\p{L}*|suppliers?|providers?|retailers?|brands?|dostawc\\p{L}*|поставщик\\p{L}*)';

/**
 * A country's name alone, in a search-box ask of a figure ("churn polska ile procent", "германия статистика"): right
 * before a figure asked or at the question's end. Elsewhere the bare name is as often a work's origin ("the blog from
 * Russia") as the people counted.
 */
function terse(names: string): string {
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

function country(
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

export const COUNTRIES: readonly Country[] = [
  country(
    'pl',
    [
      'polak(?:ow|om|ami|ach)',
      'polacy',
      'polkom',
      'poles',
      'поляк(?:и|ов|ам|ами|ах)',
      terse('polska|poland|польша|polsha'),
    ],
    ['polsce', 'poland', 'польше', 'polshe'],
    '(?:polsk\\p{L}*|polish|польск\\p{L}*)',
    [
      'pols\\p{L}*',
      'polak(?:ow|om|ami|ach)',
      'polac\\p{L}*',
      'poland',
      'polish',
      'poles',
      'польш\\p{L}*',
      'поляк(?:и|ов|ам|ами|ах)',
      'польск\\p{L}*',
    ],
    ['polski', 'польши', 'polshi'],
    ['polske', 'польшу', 'polshu'],
  ),
  country(
    'us',
    ['amerykan(?:ie|ow|om|ami)', 'americans', 'американц(?:ы|ев|ам|ами|ах)'],
    ['usa', 'us', 'u\\.s\\.', 'america', 'stanach(?: zjednoczonych)?', 'сша', 'америке', 'штатах'],
    '(?:amerykansk\\p{L}*|american|американск\\p{L}*)',
    [
      'usa',
      'us',
      'u\\.s\\.?',
      'america\\p{L}*',
      'amerykan\\p{L}*',
      'stan\\p{L}* zjednoczon\\p{L}*',
      'сша',
      'америк\\p{L}*',
      'американ\\p{L}*',
    ],
    ['ameryki', 'америки'],
  ),
  country(
    'uk',
    [
      'brytyjczy(?:cy|kow|kom|kami|kach)',
      'brits',
      'britons',
      // the name before the people counted ("UK energy suppliers", "UK customers"; round 120)
      `uk (?:[\\p{L}-]+ ){0,2}?${POPULATION}`,
      'британц(?:ы|ев|ам|ами|ах)',
      'англичан(?:е|ам|ами|ах)?',
    ],
    [
      'uk',
      'britain',
      'great britain',
      'england',
      'wielkiej brytanii',
      'anglii',
      'великобритании',
      'британии',
      'англии',
    ],
    '(?:brytyjsk\\p{L}*|british|britanskih|британск\\p{L}*|англииск\\p{L}*)',
    [
      'uk',
      'britain',
      'british',
      'england',
      'brytyj\\p{L}*',
      'brytani\\p{L}*',
      'angli\\p{L}*',
      'великобритан\\p{L}*',
      'британ\\p{L}*',
      'англи\\p{L}*',
    ],
  ),
  country(
    'de',
    ['niemc(?:y|ow|om|ami)', 'germans', 'немц(?:ы|ев|ам|ами|ах)', terse('germany|германия')],
    ['niemczech', 'germany', 'германии'],
    '(?:niemieck\\p{L}*|german|немецк\\p{L}*)',
    [
      'german\\p{L}*',
      'niemc\\p{L}*',
      'niemiec\\p{L}*',
      'niemieck\\p{L}*',
      'герман\\p{L}*',
      'немец\\p{L}*',
      'немц(?:ы|ев|ам|ами|ах)',
      'немецк\\p{L}*',
    ],
    ['niemiec'],
  ),
  country(
    'fr',
    [
      'francuz(?:i|ow|om|ami|ach)',
      'french people',
      'француз(?:ы|ов|ам|ами|ах)',
      terse('francja|france|франция'),
    ],
    ['francji', 'france', 'франции'],
    '(?:francusk\\p{L}*|french|французск\\p{L}*)',
    ['franc\\p{L}*', 'french', 'франц\\p{L}*'],
  ),
  country(
    'ru',
    ['rosjan(?:ie|om|ami|ach)?', 'russians', 'россиян(?:е|ам|ами|ах)?', terse('rosja|russia|россия|rossiya')],
    ['rosji', 'russia', 'россии', 'rf', 'рф', 'rossii'],
    '(?:rosyjsk\\p{L}*|russian|россииск\\p{L}*|русск\\p{L}*|rossiisk\\p{L}*|rossiysk\\p{L}*)',
    ['rosj\\p{L}*', 'rosyj\\p{L}*', 'russia\\p{L}*', 'росси\\p{L}*', 'русск\\p{L}*', 'рф'],
  ),
  country(
    'ua',
    ['ukrain(?:cy|cow|com)', 'ukrainians', 'украинц\\p{L}*', terse('ukraina|ukraine|украина')],
    ['ukrainie', 'ukraine', 'украине'],
    '(?:ukrainsk\\p{L}*|ukrainian|украинск\\p{L}*)',
    ['ukrain\\p{L}*', 'украин\\p{L}*'],
    ['ukrainy', 'украины'],
  ),
  country(
    'eu',
    ['europejczy\\p{L}*', 'europeans', 'европеиц\\p{L}*'],
    ['europie', 'europe', 'ue', 'eu', 'европе', 'ес'],
    '(?:europejsk\\p{L}*|european|европеиск\\p{L}*)',
    ['europ\\p{L}*', 'ue', 'eu', 'европ\\p{L}*', 'ес'],
    ['europy', 'европы', 'evropy'],
  ),
];

/**
 * The start of a word every alternative of a country's `asked` holds at a word's start: its demonyms, its places
 * (after "in", "dla", "na"), its adjective, its terse name. "us", "usa", "uk", "ue", "eu", "ес", "rf", "рф" are whole words
 * there (a bound or a space follows), so only as whole words here.
 */
const COUNTRY_WORD = new RegExp(
  `${NOT_AFTER_WORD}(?:${foldedAlternatives([
    'pol|поля|поль',
    'amer|амер|сша|stanach|штатах|u\\.s|usa?(?![\\p{L}\\p{N}])',
    'bryt|brit|брит|великобрит|england|angli|англи|uk(?![\\p{L}\\p{N}])',
    'niem|german|немц|немец|герман',
    'franc|french|франц',
    'rosj|rosyj|russ|росси|rossi|русск|(?:rf|рф)(?![\\p{L}\\p{N}])',
    'ukrain|украин',
    'europ|европ|evrop|(?:ue|eu|ес)(?![\\p{L}\\p{N}])',
  ])})`,
  'u',
);
const ASKED = anyWholePhrase(COUNTRIES.map((country) => country.asked));

/** Whether any country's `asked` matches the folded text: the patterns (12 KB) only where COUNTRY_WORD does. */
export function anyCountryAsked(folded: string): boolean {
  // Exact: a match of ASKED holds a word COUNTRY_WORD finds (see there); most questions hold none.
  return COUNTRY_WORD.test(folded) && ASKED.test(folded);
}
