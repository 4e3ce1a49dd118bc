// Words that name what a question asks about a thing (its founding year, owner, price, salary, speed): when the
// entry does not mention it, the entry cannot answer, however well the thing's name matches.
// Hand-written: a short domain list; no library knows which attributes a customer-service base never states.
import { foldText } from './normalize.js';
import { isRegionSegmentWord, isSegmentWord } from './segment-words.js';
import { foldedAlternatives, NOT_AFTER_WORD } from './word-bounds.js';

const FOCUS = new RegExp(
  `^(?:${foldedAlternatives([
    // English
    'founded',
    'founders?',
    'ceos?',
    'owners?',
    'owns',
    'owned',
    'ownership',
    'headquarter\\p{L}*',
    'salar\\p{L}+',
    'wages?',
    'earns?',
    'earning\\p{L}*',
    'revenue\\p{L}*',
    // profit asked of a finding ("how much higher were their profits"; round 65)
    'profits?',
    'profitab\\p{L}*',
    'born',
    'age',
    'named?',
    'called',
    'fired',
    'settlement',
    'removed?',
    'install\\p{L}*',
    'setup',
    'configur\\p{L}*',
    'formula',
    'verify',
    'verif\\p{L}+',
    'speeds?',
    'throughput',
    'bandwidth',
    'fast',
    'weather',
    'recipe\\p{L}*',
    'bought',
    'compensation',
    // a fine, penalty or damages paid over a case the entry tells ("how much was Comcast fined")
    'fined',
    'fines',
    'penalt\\p{L}*',
    'payouts?',
    'settings?',
    'subscriptions?',
    'coached',
    'founding',
    'calculat\\p{L}*',
    'compute[ds]?',
    'computing',
    'computation',
    'employ',
    'employs',
    'employed',
    'prices?',
    'priced',
    'pricing',
    'stocks?',
    // Polish (folded: no diacritics)
    'zalozon\\p{L}*',
    'zalozyciel\\p{L}*',
    'prezes\\p{L}*',
    'wlasciciel\\p{L}*',
    'siedzib\\p{L}*',
    'zarabia\\p{L}*',
    'zarobk\\p{L}*',
    'pensj\\p{L}*',
    'wynagrodzen\\p{L}*',
    // przychód (revenue), not the verb przychodzić (to come: "po co przychodzi")
    'przychod(?!z)\\p{L}*',
    // the noun, not the verb zyskać ("co zyskamy")
    'zysk(?:i|u|ow|ami|ach|iem)?',
    'rentown\\p{L}*',
    'akcj[ie]',
    'nazywa\\p{L}*',
    'nazwisk\\p{L}*',
    'imie',
    'zwolnion\\p{L}*',
    'usun\\p{L}*',
    'instal\\p{L}*',
    'skonfigur\\p{L}*',
    'konfigur\\p{L}*',
    // wzór (a formula), not wzorcowy / wzorowy (exemplary: "wzorcowa odpowiedź")
    'wzor(?!cow|ow[aeyio])\\p{L}*',
    'zweryfik\\p{L}*',
    'predkos\\p{L}*',
    'przepustowos\\p{L}*',
    'pogod\\p{L}*',
    // the noun (a recipe, a rule), not the verb of copying ("dobrze przepisałam?"; round 137)
    'przepis(?:u|ie|y|ow|ami|ach|em|om)?',
    'kupil\\p{L}*',
    'rekompensat\\p{L}*',
    'odszkodowa\\p{L}*',
    // a settlement ("ile dostał w ugodzie ten pasażer"; round 126)
    'ugod\\p{L}*',
    'ukaran\\p{L}*',
    'kar[aey]',
    'ustawieni\\p{L}*',
    'subskrypcj\\p{L}*',
    'trenowal\\p{L}*',
    'zalozyl\\p{L}*',
    'oblicz\\p{L}*',
    'wylicz\\p{L}*',
    'policz\\p{L}*',
    'zalozono',
    'zatrudni\\p{L}*',
    'akcja',
    // cena (price), not the verb cenić (to value: "co klient ceni")
    'cen[aey]',
    'cennik\\p{L}*',
    'kosztuj\\p{L}*',
    // Russian (folded when built: ё and й may be written)
    'основан\\p{L}*',
    'основател\\p{L}*',
    'директор\\p{L}*',
    'владел\\p{L}*',
    // "кто владеет Zappos": the verb asks for the owner too
    'владе(?:ет|ют)',
    // "кому принадлежит Zappos": whom it belongs to
    'принадлеж\\p{L}*',
    'штаб\\p{L}*',
    'зарплат\\p{L}*',
    'зарабатыва\\p{L}*',
    'оклад\\p{L}*',
    'выручк\\p{L}*',
    'прибыл\\p{L}*',
    'рентабельн\\p{L}*',
    'акци[ияю]',
    'зовут',
    'звали',
    'имя',
    'фамили\\p{L}*',
    'уволи\\p{L}*',
    'удали\\p{L}*',
    'установ\\p{L}*',
    'настрои\\p{L}*',
    'настраива\\p{L}*',
    // a formula, not a wording (формулировка)
    'формул(?:а|ы|у|е|ои|ам|ами|ах)?',
    'подтверд\\p{L}*',
    'тренер\\p{L}*',
    'скорост\\p{L}*',
    'пропускн\\p{L}*',
    // Russian typed in Latin letters
    'aktsi[iyu]',
    'погод\\p{L}*',
    'рецепт\\p{L}*',
    'купил\\p{L}*',
    'компенсац\\p{L}*',
    'штраф\\p{L}*',
    'оштрафова\\p{L}*',
    'возмещени\\p{L}*',
    'неустоик\\p{L}*',
    'shtraf\\p{L}*',
    'kompensats\\p{L}*',
    'настроек',
    'настройк\\p{L}*',
    'подписк\\p{L}*',
    'тренир\\p{L}*',
    'основал\\p{L}*',
    'рассчит\\p{L}*',
    'вычисл\\p{L}*',
    'посчита\\p{L}*',
    'цен[аеуы]',
    'стоимост\\p{L}*',
  ])})$`,
  'u',
);

/** Where the question is set: a figure for another country or the whole world is not the entry's figure. */
const PLACE = new RegExp(
  `^(?:${foldedAlternatives([
    'germany',
    'german',
    'france',
    'french',
    'worldwide',
    'globally',
    'global',
    // Polish (folded)
    'polsce',
    'niemcze?\\p{L}*',
    'niemieck\\p{L}*',
    'francj\\p{L}*',
    'swiec\\p{L}*',
    // Russian (folded)
    'росси[ия]',
    'германи[ияю]',
    'немецк\\p{L}*',
    'франци[ияю]',
    'мир[еау]?',
  ])})$`,
  'u',
);

/** In which trade the question is set, beside those segment-words.ts reads: a figure for hotels is not the entry's. */
const TRADE = new RegExp(
  `^(?:${foldedAlternatives([
    'hotels?',
    'restaurants?',
    'hotel\\p{L}*',
    'restauracj\\p{L}*',
    'гостиниц\\p{L}*',
    'отел[ьяеию]\\p{L}*',
    'ресторан\\p{L}*',
  ])})$`,
  'u',
);

/** Whether a question word asks for an attribute of a thing, or the market a figure is for, rather than naming a topic. */
export function isFocusWord(word: string): boolean {
  const folded = foldText(word);
  return FOCUS.test(folded) || isSetting(folded);
}

/** A setting word of the list below, or a trade, channel or region (segment-words.ts). */
function isSetting(folded: string): boolean {
  return PLACE.test(folded) || TRADE.test(folded) || isSegmentWord(folded);
}

/** Whether a question word is a focus word only as a setting (a country, trade or market), no attribute. */
export function isSettingOnlyWord(word: string): boolean {
  const folded = foldText(word);
  return isSetting(folded) && !FOCUS.test(folded);
}

/** Whether a question word names a country, a region or the whole world, no trade (see trade-heading.ts). */
export function isPlaceWord(word: string): boolean {
  const folded = foldText(word);
  return PLACE.test(folded) || isRegionSegmentWord(folded);
}

/** Whether a question word names a country, trade or market (see own-setting.ts). */
export function isSettingWord(word: string): boolean {
  return isSetting(foldText(word));
}

/**
 * Who runs a thing ("kto prowadzi K2 Podcast", "who hosts it", "кто ведёт подкаст"): the verb asks for a person the
 * entry must name, though alone it is an ordinary word ("prowadzić rozmowę" is to hold a conversation).
 */
const WHO_RUNS = new RegExp(
  `${NOT_AFTER_WORD}(?:kto|who|кто) (prowadzi|prowadzil\\p{L}*|hosts|hosted|ведет|вел)(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * How a measure is computed ("как считается NPS", "jak się liczy churn", "kak ego schitayut"): the verb asks for a
 * formula the entry must state, though alone it is an ordinary word ("считается хорошим" is deemed good, "liczy się"
 * matters). The calculating verbs of every language (calculate, obliczyć, рассчитать) are attribute words anyway.
 */
const HOW_COMPUTED = new RegExp(
  [
    `${NOT_AFTER_WORD}как (?:\\p{L}+ )?(считают|считается|считать|считаем|подсчитыва\\p{L}*|подсчитать)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}jak (?:sie )?(?:\\p{L}+ )?(liczy|liczyc|liczymy|liczycie|liczone|liczony|liczona)(?! sie)(?![\\p{L}\\p{N}])`,
  ].join('|'),
  'gu',
);

/**
 * The frequency a network or a station works on ("UMTS на какой частоте работает?", "what frequency does UMTS use",
 * "na jakiej częstotliwości działa", "сарафанное радио — какая это частота?"): a radio band, which no entry states,
 * though the words of the thing asked (UMTS, радио) are an entry's. Not how often something is done ("how frequently",
 * "z jaką częstotliwością", "с какой частотой"), which advice tells.
 */
const FREQUENCY_ASKED = new RegExp(
  [
    // a band, or a verb only a network or a station does: "what frequency do you recommend for surveys" asks how often
    `${NOT_AFTER_WORD}(?:what|which) (?:radio )?(frequenc(?:y|ies)) (?:band|range|(?:does|do|did|is|are|was) (?:\\p{L}+ ){0,2}?(?:work\\p{L}*|operat\\p{L}*|broadcast\\p{L}*|transmit\\p{L}*|run on|running on))(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(?:on|at) what (?:radio )?(frequenc(?:y|ies))(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}(frequenc(?:y|ies)) (?:band|range)s?(?![\\p{L}\\p{N}])`,
    // "z jaką częstotliwością", "с какой частотой" ask how often: not read
    `${NOT_AFTER_WORD}na (?:jakiej|ktorej) (?:\\p{L}+ )?(czestotliwosci)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}w (?:jakim|ktorym) (?:\\p{L}+ )?(pasmie)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}на (?:какои|которои) (?:\\p{L}+ )?(частоте)(?![\\p{L}\\p{N}])`,
    // "какова частота контактов", "какие частоты опросов" ask how often: only "какая это частота"
    `${NOT_AFTER_WORD}какая это (частота)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}в (?:каком|котором) (?:\\p{L}+ )?(диапазоне)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}na (?:kakoi|kakoy|kotoroi) (?:\\p{L}+ )?(chastote)(?![\\p{L}\\p{N}])`,
    `${NOT_AFTER_WORD}kakaya eto (chastota)(?![\\p{L}\\p{N}])`,
  ].join('|'),
  'gu',
);

/** The folded words that ask for an attribute only in the phrase they stand in (see WHO_RUNS, HOW_COMPUTED). */
export function focusPhraseWords(question: string): ReadonlySet<string> {
  const words = new Set<string>();
  // The verbs' common letters, on the text as typed: most questions are passed over by this alone.
  const runs = /prowadz|host|вед|вёл|вел/iu.test(question);
  const computed = /счит|licz/iu.test(question);
  const frequency = /frequenc|cz[eę]stotliw|pasm|частот|диапазон|chastot|diapazon/iu.test(question);
  if (!runs && !computed && !frequency) return words;
  const folded = foldText(question);
  if (runs) for (const match of folded.matchAll(WHO_RUNS)) words.add(match[1] as string);
  if (computed)
    for (const match of folded.matchAll(HOW_COMPUTED)) words.add((match[1] ?? match[2]) as string);
  if (frequency)
    for (const match of folded.matchAll(FREQUENCY_ASKED)) {
      const word = match.slice(1).find((g) => g !== undefined);
      if (word) words.add(word);
    }
  return words;
}
