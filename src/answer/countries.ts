// The countries and regions a question may ask a figure for ("jaki procent Polaków", "in Germany", "российских
// клиентов"), and how an entry names them ("consumers in the US and the UK", "w Polsce", "в России"), per language.
// Hand-written: a handful of countries the support articles and their readers talk of; no small library maps
// inflected Polish and Russian demonyms to a country.
import { country, POPULATION, terse, type Country } from './country-pattern.js';
import { anyWholePhrase, foldedAlternatives, NOT_AFTER_WORD } from './word-bounds.js';

export type { Country };

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
    [
      'ukrain(?:cy|cow|com)',
      'ukrainians',
      'украинц\\p{L}*',
      terse('ukraina|ukraine|украина'),
      // Polish and Russian say "on" Ukraine ("66% na Ukrainie", "на Украине"; round 143)
      '(?:na|на) (?:ukrainie|украине)',
    ],
    ['ukrainie', 'ukraine', 'украине'],
    '(?:ukrainsk\\p{L}*|ukrainian|украинск\\p{L}*)',
    ['ukrain\\p{L}*', 'украин\\p{L}*'],
    ['ukrainy', 'украины'],
  ),
  // The Nordics, which no entry counts, asked of a figure as the countries above are ("the same number for Norway or
  // Sweden"; round 143): the entry's figure is for another people. (A country named anywhere else in a question is a
  // segment word, segment-words.ts.)
  country(
    'nordics',
    [
      'norwegians',
      'swedes',
      'finns',
      'danes',
      'nordics',
      'norweg(?:owie|ow)',
      'szwedzi',
      'szwedow',
      'finowie',
      'finow',
      'dunczy\\p{L}*',
      'skandynaw(?:owie|ow)',
      'норвежц\\p{L}*',
      'шведы',
      'шведов',
      'финн(?:ы|ов)',
      'датчан\\p{L}*',
      'скандинав(?:ы|ов)',
      terse(
        'norwegia|norway|norge|szwecja|sweden|finlandia|finland|dania|denmark|скандинавия|норвегия|швеция|финляндия|дания',
      ),
    ],
    [
      'norwegii',
      'norway',
      'szwecji',
      'sweden',
      'finlandii',
      'finland',
      'danii',
      'denmark',
      'skandynawii',
      'scandinavia',
      'nordics',
      'норвегии',
      'швеции',
      'финляндии',
      'дании',
      'скандинавии',
    ],
    '(?:norwesk\\p{L}*|szwedzk\\p{L}*|finsk\\p{L}*|dunsk\\p{L}*|skandynawsk\\p{L}*|norwegian|swedish|finnish|danish|nordic|scandinavian|норвежск\\p{L}*|шведск\\p{L}*|финск\\p{L}*|датск\\p{L}*|скандинавск\\p{L}*)',
    [
      'norw\\p{L}*',
      'swed\\p{L}*',
      'szwe\\p{L}*',
      'finland\\p{L}*',
      'finn\\p{L}*',
      'denmark',
      'danish',
      'dani[ai]',
      'nordic\\p{L}*',
      'scandinav\\p{L}*',
      'skandynaw\\p{L}*',
      'норвег\\p{L}*',
      'швец\\p{L}*',
      'шведск\\p{L}*',
      'финлянд\\p{L}*',
      'дани[ия]',
      'скандинав\\p{L}*',
    ],
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
    'norw|норв|szwe|swed|шве|finn|finl|finow|finsk|финн|финл|финск|dani|dun|danes|denm|датч|датск|дани|skandyn|scandin|скандин|nordic',
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
