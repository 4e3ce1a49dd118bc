// A question asking a detail beside a fact an entry states: a newer period than the entry's ("a są świeższe dane za
// 2023?"), another country or population ("jaki procent Polaków…" beside a US survey), what a conversation was about
// ("о чём агент Zappos говорил с клиентом"), a list ("wymień te 10 błędów") or the steps of a tip ("jak krok po
// kroku…"). Only an entry stating such a detail (stated-details.ts) can answer; the others are ruled out.
// Hand-written: a few phrasings per language on folded text; no library reads which detail a question asks.
import { AFTERMATH_ASKED, AFTERMATH_HINT } from './aftermath-asks.js';
import { anyCountryAsked, COUNTRIES, type Country } from './countries.js';
import { withoutSourceDescriptions } from './source-description.js';
import { withoutOwnPlans } from './own-plans.js';
import { askedCustomerMood, MOOD_HINT, MOOD_WORDS, type CustomerMood } from './customer-mood.js';
import { figuresIn } from './figures.js';
import { entryListAsk } from './list-asks.js';
import { checksYear, EPISODE_WORDS, namesEpisode } from './misdated-episode.js';
import { VIEW_ASKED, VIEW_HINT } from './view-asks.js';
import { foldText, withoutDiscordMarkup } from './normalize.js';
import { asksWhoIsNamed, PERSON_FOLDED, PERSON_HINT, personAsked } from './person-asks.js';
import { anyWholePhrase, NOT_AFTER_LETTER, NOT_BEFORE_WORD, wholePhrases } from './word-bounds.js';
import { tableAlternatives, TEENS, TENS, UNITS } from './number-tables.js';
import { asksAdviceOnly } from './advice-asks.js';

/** A whole-phrase match over folded text (`\b` knows only ASCII letters in JavaScript, so lookarounds). */
const phrases = (...alternatives: string[]): RegExp => wholePhrases(alternatives);

/** Up to a few words between an asking word and what it asks. */
const FEW = '(?:[\\p{L}\\p{N}]+ ){0,6}?';

/** Figures or data asked newer than the entry's: "fresh figures", "nowsze dane", "свежие цифры". */
const NEWER = phrases(
  `(?:fresh|fresher|newer|newest|latest|updated|recent|more recent|current|up[- ]to[- ]date|this year['’]?s) (?:\\p{L}+ )?(?:figures|numbers|data|stats?|statistics|studies|surveys?|research)`,
  `(?:swiez\\p{L}*|nowsz\\p{L}*|najnowsz\\p{L}*|aktualn\\p{L}*|aktualizowan\\p{L}*|tegoroczn\\p{L}*) (?:\\p{L}+ )?(?:dane|danych|liczb\\p{L}*|statystyk\\p{L}*|badani\\p{L}*|wynik\\p{L}*|cyfr\\p{L}*)`,
  `(?:свеж\\p{L}*|нове\\p{L}*|новы[ех]|новеиш\\p{L}*|актуальн\\p{L}*|обновленн\\p{L}*) (?:\\p{L}+ )?(?:цифр\\p{L}*|данны\\p{L}*|статистик\\p{L}*|исследовани\\p{L}*|результат\\p{L}*)`,
  `(?:svezh\\p{L}*|novye|aktualn\\p{L}*) (?:\\p{L}+ )?(?:tsifr\\p{L}*|dannye|dannyh|statistik\\p{L}*)`,
  // the period before ("the year before?", "a rok wcześniej?", "а годом ранее?"; round 147): not one survey's figure
  `(?:(?:the|a) (?:year|month|quarter) (?:before|earlier|prior)|(?:rok|miesiac|kwartal) (?:wczesniej|przed))(?= *(?:[?.,!]|$))|(?:previous|prior) (?:year|years|period)['’]?s? (?:figure|number|data|stat)\\p{L}*|(?:годом|месяцем|кварталом) (?:ранее|раньше)`,
  // this year's episode beside a named one of years ago (round 56: "a co z awarią Delty z tego roku?"); an asker's own
  // "we had an outage this year" says when, and is not read here
  `(?:this year['’]?s|tegoroczn\\p{L}*|нынешн\\p{L}*) (?:\\p{L}+ )?(?:${EPISODE_WORDS})`,
  `(?:${EPISODE_WORDS}) (?:[\\p{L}\\p{N}]+ ){0,2}?(?:from this year|of this year|z tego roku|этого года)`,
);

/**
 * A forecast ("by 2030", "do 2030 roku", "к 2030 году", "prognoza na 2028", "next year", "za pięć lat", "через пять
 * лет"): an entry holds its article's figures, never a forecast, unless it states the year asked or a later one.
 */
const FORECAST = phrases(
  'by (?:the (?:year |end of )?)?20\\d\\d',
  'do (?:roku |konca )?20\\d\\d',
  'к (?:концу )?20\\d\\d',
  // not "predictable", "przewidywalne", "прогнозируемые": requirements that do not change
  // not the weather's ("storms forecast for the weekend"; round 86)
  '(?<!(?:storms?|weather|rain|snow|pogod\\p{L}*|погод\\p{L}*) )(?:forecasts?|forecasted|projections?|projected|predict|predicts|predicted|predictions?|prognoz[aeyi]?|prognoza?mi|prognozach|prognozow|przewidywani[ae]|прогноз(?:ы|ов|а|у|ом|е|ам|ами|ах)?|прогнозиру(?:ет|ют)|предсказ(?:ание|ания|ывает|ывают))',
  '(?:next|coming) (?:year|years|decade)',
  'in (?:\\d+|two|three|five|ten|a few|few) years(?: time)?',
  'w (?:przyszlym|nastepnym|kolejnym) roku',
  'w (?:najblizszych|kolejnych|przyszlych) latach',
  'za (?:\\d+|dwa|trzy|piec|dziesiec|kilka) lat',
  '(?:в|на) (?:следующем|следующии|будущем|будущии|ближаишие|ближаишем) (?:году|год|годы|годах)',
  'через (?:\\d+|два|три|пять|десять|несколько) (?:лет|года)',
  'cherez (?:\\d+|dva|tri|pyat|desyat|neskolko) (?:let|goda)',
);

/**
 * A year named as the period a figure is for ("в 2023 году", "w 2024", "for 2025", "a 2025 update", "2023?"), not as a
 * count ("we have 2000 customers"): beside it a time word, a preposition or the question's end.
 */
const YEAR_NAMED = phrases(
  '(?:in|for|by|since|from|of|w|we|za|do|na|od|z|в|во|за|к|на|с|по|v|vo) 20\\d\\d',
  `20\\d\\d(?=\\s*(?:[?!.,;)]|$|(?:rok\\p{L}*|r\\.|year\\p{L}*|год\\p{L}*|г\\.|god\\p{L}*|update\\p{L}*|data|figures|stats?|statistics|numbers|report\\p{L}*|dane|danych|raport\\p{L}*|данн\\p{L}*|цифр\\p{L}*|отчет\\p{L}*|статистик\\p{L}*)${NOT_BEFORE_WORD}))`,
);

/**
 * A search engine's keyword string ending in a year ("customer retention statistic 2023", "statystyka reklamacji
 * 2022", "статистика жалоб 2023", "churn study 2023 pdf"): a few words, then a year with neither a preposition nor a
 * time word before it ("w 2022", "rok 2022", "за 2023"), and after it nothing but a figure word or a file type. Typed
 * into a search box, the year asks for a recent source, not for that year's figure; a question ("what was the churn
 * rate in 2023?", "ile kosztował klient w 2021 roku", "сколько … 2023?") still asks for the period.
 */
const KEYWORDS_THEN_YEAR = new RegExp(
  `^(?:[\\p{L}\\p{N}'’&/+-]+,? ){1,6}(?<!(?:^| )(?:${[
    'in|for|by|since|from|of|during|until|year|to',
    'w|we|za|do|na|od|z|rok|roku|w roku|po|przed',
    'в|во|за|к|на|с|по|до|год|году|после|v|vo|za',
  ].join(
    '|',
  )}) )20\\d\\d(?: (?:pdf|pptx?|docx?|xlsx?|csv|data|stats?|statistics|report|raport|dane|данные|отчет|статистика)){0,2}[.!]?$`,
  'u',
);
/** A word asking, in a keyword string ending in a year: it makes the string a question for that year's figure. */
const ASKING_WORD = phrases(
  'what|which|how|when|where|who|why|is|are|was|were|do|does|did|can|could|will|would|has|have|had',
  'give|show|tell|need|want|find|looking|search\\p{L}*',
  'ile|jak|jaki\\p{L}*|jakie|kiedy|gdzie|kto|czy|co|dlaczego|czemu|ktor\\p{L}*|jest|sa|byl\\p{L}*|bedzie',
  'podaj\\p{L}*|pokaz\\p{L}*|daj|potrzebuj\\p{L}*|szukam|prosze|macie|mam',
  'сколько|каков\\p{L}*|как\\p{L}*|когда|где|кто|что|почему|зачем|ли|есть|был\\p{L}*|будет',
  'даи|даите|покажи\\p{L}*|подскажи\\p{L}*|нужн\\p{L}*|наиди\\p{L}*|ищу|пожалуиста',
  'skolko|kakoi|kakaya|kakie|kak|kogda|gde|kto|chto|pochemu',
);

/** Any year of this or the last century: two in a keyword string compare periods ("churn rate 2022 vs 2023"). */
const ANY_YEAR = /(?<!\p{N})(?:19|20)\d\d(?!\p{N})/gu;

/** Whether the folded question is a keyword string ending in a year (see KEYWORDS_THEN_YEAR), its only year. */
function keywordsThenYear(folded: string): boolean {
  const text = folded.trim();
  return (
    KEYWORDS_THEN_YEAR.test(text) && !ASKING_WORD.test(text) && (text.match(ANY_YEAR)?.length ?? 0) === 1
  );
}

/** What a conversation or call was about: "what did they talk about", "o czym rozmawiali", "о чём говорил". */
const TALK = phrases(
  // "what on earth were they talking about" (round 76): an aside after "what" changes no ask
  // not a count of who speaks up ("what was the actual number for how many speak up?"; round 125)
  `what (?:on earth |the heck |the hell |exactly |actually )?(?:did|do|does|were|was|are|is) (?!${FEW}how (?:many|much) )${FEW}(?:talk|talking|talkin|chat|chatting|chattin|speak|speaking|discuss|discussing)(?! up)(?: about)?`,
  'what (?:was|were|is) (?:the|that|this|their) (?:call|conversation|chat|talk)s? about',
  // "what was the Zappos 10-hour call actually about", "what did the customer even want for 10 hours": its purpose
  `what (?:was|were|is) (?:the|that|this|their) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:call|conversation|chat|talk)s? (?:\\p{L}+ )?about`,
  `what (?:was|were) (?:the |that |this )?(?:customer|caller|client|guy|he|she) (?:\\p{L}+ )?(?:calling|ringing|phoning) (?:[\\p{L}\\p{N}-]+ ){0,3}?about`,
  // the talk's people and the call told before the ask ("what were the zappos agent and the customer talking about for
  // 10+ hours?", "what was the Zappos customer calling about"; rounds 66-70 and 95 answered them, up to 0.91)
  `what (?:on earth |the heck |the hell |exactly |actually )?(?:did|do|does|were|was|are|is) (?:[\\p{L}\\p{N}'’-]+ ){0,10}?(?:talking|talkin|chatting|chattin|discussing) about`,
  `what (?:was|were|did) (?:the |that |this )?(?:[\\p{L}\\p{N}-]+ )?(?:customer|caller|client|guy|he|she) (?:[\\p{L}\\p{N}-]+ ){0,6}?(?:calling|ringing|phoning|asking) (?:[\\p{L}\\p{N}-]+ ){0,3}?about`,
  `what did (?:the |that |this )?(?:customer|caller|client|guy) (?:[\\p{L}\\p{N}-]+ ){0,6}?(?:call|calling|line|phone) (?:[\\p{L}\\p{N}-]+ ){0,2}?(?:want|need|ask for)`,
  `what did (?:the |that |this )?(?:customer|caller|client|guy) (?:even |actually |really |exactly )?(?:want|need)(?: [\\p{L}\\p{N}-]+){0,3}? (?:for|on|during) (?:\\p{N}+|ten|that|the|this)`,
  // what the caller was after: "what was the lady on the line trying to buy", "did the customer end up ordering anything"
  `what (?:was|were|did) (?:the |that |this )?(?:customer|caller|client|lady|woman|man|guy|person|he|she)(?: [\\p{L}\\p{N}-]+){0,5}? (?:trying|wanting|hoping|going|want(?:ed)?|need(?:ed)?) to (?:buy|order|get|return|exchange|fix|sort out|solve|find)`,
  `(?:what|did) (?:did )?(?:the |that |this )?(?:customer|caller|client|lady|woman|guy|he|she)(?: [\\p{L}\\p{N}-]+){0,5}? (?:end up )?(?:buy|bought|order|ordered|ordering|buying|purchas\\p{L}*)`,
  `(?:czego|o co) (?:\\p{L}+ )?(?:chcial\\p{L}*|potrzebowal\\p{L}*|prosil\\p{L}*|chodzilo) (?:\\p{L}+ ){0,2}?(?:klient\\p{L}*|rozmowc\\p{L}*|dzwoniac\\p{L}*)`,
  '(?:w jakiej sprawie|po co|o co) (?:\\p{L}+ ){0,3}?(?:dzwonil\\p{L}*|zadzwonil\\p{L}*|dzownil\\p{L}*)',
  // not the asker's own talk ("to, o czym mówiłem szefowi": first person, the asker's story; round 65)
  `o czym ${FEW}(?:rozmawia\\p{L}*|gada\\p{L}*|gadal\\p{L}*|mowil\\p{L}*|dyskutowa\\p{L}*)(?<!(?:lem|lam|smy))`,
  '(?:czego dotyczyla|temat|tresc|przebieg) (?:tej |ich )?rozmowy',
  // "o czym w ogóle była ta rozmowa", "czego dotyczył ten telefon", "co chciała kupić klientka"
  'o czym (?:w ogole |wlasciwie |dokladnie |tak naprawde )?(?:byl\\p{L}*|jest) (?:\\p{L}+ ){0,3}?(?:rozmow\\p{L}*|telefon\\p{L}*|polaczeni\\p{L}*)',
  'czego (?:w ogole |wlasciwie |dokladnie )?dotyczy\\p{L}* (?:\\p{L}+ ){0,3}?(?:rozmow\\p{L}*|telefon\\p{L}*|polaczeni\\p{L}*)',
  'co (?:\\p{L}+ ){0,3}?(?:chcial\\p{L}*|probowal\\p{L}*|zamierzal\\p{L}*) (?:\\p{L}+ ){0,2}?(?:kupic|zamowic|zalatwic|zwrocic|wymienic)',
  `о чем (?!я |мы )${FEW}(?:говорил\\p{L}*|разговарива\\p{L}*|болтал\\p{L}*|беседова\\p{L}*|общал\\p{L}*|трепа\\p{L}*)`,
  'что (?:он|она|клиент|звонивш\\p{L}*|покупател\\p{L}*) (?:\\p{L}+ )?хотел\\p{L}* (?:\\p{L}+ ){0,3}?(?:звонк\\p{L}*|разговор\\p{L}*)',
  `что ${FEW}обсуждал\\p{L}*`,
  '(?:тема|содержание|суть) (?:этого |того )?(?:разговора|звонка|беседы)',
  `(?:чего|что) (?:\\p{L}+ )?(?:хотел\\p{L}*|нужно было|добивал\\p{L}*|просил\\p{L}*) (?:\\p{L}+ ){0,2}?(?:клиент\\p{L}*|звонивш\\p{L}*|собеседник\\p{L}*)`,
  '(?:по какому (?:поводу|вопросу)|зачем) (?:\\p{L}+ )?(?:звонил\\p{L}*|позвонил\\p{L}*)',
  `о чем (?:вообще |собственно |именно )?(?:был|шел|шла|была) (?:\\p{L}+ ){0,3}?(?:звонок|разговор|беседа)`,
  'что (?:\\p{L}+ ){0,3}?(?:хотел\\p{L}*|пытал\\p{L}*|собирал\\p{L}*) (?:\\p{L}+ )?(?:купить|заказать|вернуть|обменять|решить)',
  `o chem ${FEW}(?:govoril\\p{L}*|razgovarival\\p{L}*|boltal\\p{L}*)`,
);

/** How many items a list asked holds: three to twenty, in digits or words (see number-tables.ts); "list the 2024
 * figures" counts no list. */
const COUNT_WORD = `(?:[3-9]|1\\d|20)|${[...UNITS, ...TEENS, ...TENS]
  .filter(([, value]) => value >= 3 && value <= 20)
  .map(tableAlternatives)
  .join('|')}`;

/** Time and measure nouns after a count: "all 24 hours", "все 10 лет", "wszystkich 5 rynkach" count no list's items. */
const NOT_LIST_NOUN =
  '(?! (?:hours?|days?|weeks?|months?|years?|minutes?|seconds?|times|states|countries|markets|percent|godzin\\p{L}*|dni|tygodni\\p{L}*|miesi\\p{L}*|lat|lata|minut\\p{L}*|sekund\\p{L}*|razy|krajach|kraj\\p{L}*|rynk\\p{L}*|procent\\p{L}*|час\\p{L}*|дн\\p{L}*|недел\\p{L}*|месяц\\p{L}*|лет|года?|минут\\p{L}*|секунд\\p{L}*|раз|стран\\p{L}*|рынк\\p{L}*|процент\\p{L}*)(?!\\p{L}))';

/** "All", "wszystkie", "все" before a count (and "the", "te", "эти"): "all 10", "wszystkie dziesięć", "все эти 10". */
const ALL_OF = '(?:all|wszystki\\p{L}*|все|всех)(?: (?:the|those|these|of the|te|tych|owe|эти|те|этих))?';

/** A list asked with its count (the count captured): "all ten mistakes", "list the 10 mistakes", "wymień 10 błędów". */
const COUNTED_LIST = new RegExp(
  `${NOT_AFTER_LETTER}(?:${ALL_OF}|(?:list|name|enumerate|what (?:are|were)|wymien\\p{L}*|wypisz\\p{L}*|wylicz\\p{L}*|jakie (?:sa|to sa|byly)|перечисл\\p{L}*|назови\\p{L}*|какие(?: это| были)?)(?: (?:all|the|those|these|te|tych|owe|wszystkie|все|эти|те|этих))*) (${COUNT_WORD})${NOT_BEFORE_WORD}${NOT_LIST_NOUN}`,
  'u',
);

/** The count of the list asked (see COUNTED_LIST), if any. */
function listCountAsked(folded: string): number | undefined {
  const match = COUNTED_LIST.exec(folded);
  const word = match?.[1];
  if (match === null || word === undefined) return undefined;
  // Polish "ten" is "this": "wymienia ten artykuł"
  if (word === 'ten' && !/^(?:all|list|name|enumerate|what)/u.test(match[0])) return undefined;
  if (/^\d+$/u.test(word)) return Number(word);
  return [...UNITS, ...TEENS, ...TENS].find(([pattern]) => pattern.test(word))?.[1];
}

/** A list asked for: "list them", "wymień", "перечисли", "jakie są te 10…", "what are the 10…". */
const LIST = phrases(
  'list (?:them|all|those|these|the|every|each)',
  'enumerate',
  'name (?:them|all|each|every) ',
  'what (?:are|were) (?:the|those|these) (?:\\d+|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) \\p{L}+',
  'wymien(?:cie)?',
  'wypisz(?:cie)?',
  'wymienia\\p{L}*',
  'wymienion\\p{L}*',
  'wylicz(?:cie)? (?:je|wszystkie)',
  'jakie (?:sa|to sa|byly) (?:te |tych |owe )?\\d+',
  'перечисл\\p{L}*',
  'назови(?:те)? (?:все|их)',
  'какие (?:это |были )?(?:эти |те )?\\d+',
  'perechisl\\p{L}*',
  // "all ten mistakes", "wszystkie 10 błędów", "все десять ошибок": a list of that many
  `${ALL_OF} (?:${COUNT_WORD})${NOT_LIST_NOUN} \\p{L}+`,
  // an item asked by its place in a list ("какая там ошибка под номером один", "the number one mistake", "pierwszy
  // błąd na liście"; round 85): only the list tells it
  '(?:mistake|error|point|item|tip|rule) (?:number |no\\.? |#)(?:one|1)',
  '(?:number one|#1|first|top) (?:mistake|error)',
  '(?:blad|punkt) (?:numer |nr |#)(?:jeden|1)',
  'pierwsz\\p{L}* (?:blad|bledem|punkt)',
  '(?:ошибк\\p{L}*|пункт\\p{L}*) (?:под )?(?:номер\\p{L}* |№ ?)(?:один|1)',
  'перв\\p{L}* (?:ошибк|пункт)\\p{L}*',
);

/** What the guide lists one item to an entry: the consequences of bad service. */
const SPREAD_LIST = phrases(
  'consequences|effects|impacts|skutk\\p{L}*|konsekwencj\\p{L}*|последстви\\p{L}*|posledstvi\\p{L}*',
);

/** The steps of a how-to: "step by step", "krok po kroku", "пошагово", "what are the steps". */
const STEPS = phrases(
  'step[- ]by[- ]step',
  '(?:what|which) (?:are )?(?:the )?(?:exact |concrete )?steps',
  'krok po kroku',
  'jakie (?:sa )?(?:konkretne )?(?:kroki|etapy)',
  'пошагов\\p{L}*',
  'по шагам',
  'шаг за шагом',
  'какие (?:нужны |есть )?(?:конкретные )?(?:шаги|этапы)',
  'poshagov\\p{L}*',
  'shag za shagom',
);

/** Letters one of the phrasings above holds, on the text as typed: most questions are passed over by this alone. */
const HINT = new RegExp(
  [
    'fresh|newer|newest|latest|updat|recent|current|up.to.date|this year|before|earlier|prior|previous|wcze|przed|ранее|раньше|tego roku|этого года|нынешн|swie|świe|nows|aktual|tegorocz|свеж|нове|новы|новейш|актуал|обновл|svezh',
    '20\\d\\d|forecast|project|predict|prognoz|przewidy|прогноз|предсказ|next|coming|years|przysz|nastepn|następn|kolejn|najbli|lat(?!\\p{L})|следующ|будущ|ближайш|через|cherez',
    'talk|chat|speak|discuss|conversation|czym|rozmow|чем|чём|обсужд|разговор|беседы|звонка|chem',
    'call|ringing|phoning|dzwoni|dzowni|sprawie|chcial|chciał|chodzi|звонил|звонок|хотел|нужно было|поводу|buy|bought|order|purchas|dotycz|probow|próbow|zamierz|пытал|собирал|want',
    'list|enumerat|name |what are|what were|wymie|wypis|wylicz|jakie|all|wszyst|перечисл|назови|какие|все|perechisl',
    'number|first|#1|numer|nr |pierwsz|номер|№|перв',
    'step|krok|etapy|шаг|этап|shag',
    'pola|pole|pols|polish|polsh|польш|поляк|польск|americ|ameryk|usa|u\\.s|сша|америк|штатах|stanach|brytyj|brytan|brit|england|angli|британ|англи',
    'niem|german|герман|немец|немц|franc|french|франц|rosj|rosyj|russia|росси|русск|rossi|ukrain|украин|europ|европ',
    `${NOT_AFTER_LETTER}(?:uk|us|ue|eu|ес|rf|рф)(?![\\p{L}])`,
    PERSON_HINT,
    MOOD_HINT,
    AFTERMATH_HINT,
  ].join('|'),
  'iu',
);

/** The details a question asks beside a fact (see the module's comment); undefined for most questions. */
export interface DetailAsks {
  /** Figures newer than the entry's are asked for ("fresh figures", "nowsze dane", "свежие цифры"). */
  newer: boolean;
  /** With newer figures, the latest year the question names ("свежие цифры за 2023"), if any. */
  newerYear?: number;
  /** The latest year named as a figure's period ("в 2023 году"): a statistic or case stating none from it is older. */
  laterYear?: number;
  /** The question names an episode (an outage, a story), whose date it may misremember (misdated-episode.ts). */
  episode: boolean;
  /** The question asks to have a year checked ("that was 2018 right?"; misdated-episode.ts). */
  yearChecked?: true;
  /** The countries or populations the question asks about ("Polaków", "in Germany", "российских клиентов"). */
  countries: Country[];
  /** What a conversation or call was about. */
  talk: boolean;
  /** A list of items. */
  list: boolean;
  /** With a list, how many items it is asked to hold ("all ten mistakes"), if said. */
  listCount?: number;
  /** The steps of a how-to. */
  steps: boolean;
  /** Who a named person is (see person-asks.ts). */
  who: boolean;
  /** Only who a named person is, no calling or work beside it (see person-asks.ts). */
  bareWho: boolean;
  /** Which team or firm a person coached, led or works for, when they lived (see person-asks.ts). */
  role: boolean;
  /** The customers asked about are pleased ones only, or displeased ones only (see customer-mood.ts). */
  mood: CustomerMood | undefined;
  /** What a company or person did after a story: responded, apologised, compensated, rewarded (aftermath-asks.ts). */
  aftermath: boolean;
  /** What a person recommends or thinks (view-asks.ts). */
  view: boolean;
}

/**
 * Every pattern on the folded text that some detail needs to match (a later year needs YEAR_NAMED, a mood one of the
 * mood words, a role one of the person patterns), as one, but the countries' (anyCountryAsked, which most questions
 * pass over by a word): where neither matches and "who is <Name>" is not asked, no detail is asked, and the patterns
 * are not tried one by one (a dozen searches of the question, ~30 µs; most questions passing HINT ask none).
 */
const ANY_DETAIL = anyWholePhrase([
  NEWER,
  FORECAST,
  YEAR_NAMED,
  TALK,
  LIST,
  STEPS,
  ...PERSON_FOLDED,
  ...MOOD_WORDS,
  AFTERMATH_ASKED,
  VIEW_ASKED,
]);

export function detailsAsked(question: string): DetailAsks | undefined {
  const yearChecked = checksYear(question);
  if (!HINT.test(question) && !VIEW_HINT.test(question) && !yearChecked) return undefined;
  const written = withoutDiscordMarkup(question);
  const folded = foldText(written);
  if (!ANY_DETAIL.test(folded) && !anyCountryAsked(folded) && !asksWhoIsNamed(written) && !yearChecked)
    return undefined;
  // The asker's own plan for a coming year ("for next year's plan", "Planning note for 2025") asks no period.
  const unplanned = withoutOwnPlans(folded);
  const newer = NEWER.test(folded) || FORECAST.test(unplanned);
  const yearNamed = YEAR_NAMED.test(unplanned) && !keywordsThenYear(folded);
  const years = newer || yearNamed ? figuresIn(folded).years : [];
  const latest = years.length > 0 ? Math.max(...years) : undefined;
  // A list of the base's entries ("wymień wszystkie cytaty") is no list inside one (list-asks.ts).
  // Nor are the consequences of bad service, told one to an entry (round 106: "wypisz wszystkie skutki").
  const list = LIST.test(folded) && entryListAsk(folded) === undefined && !SPREAD_LIST.test(folded);
  const listCount = list ? listCountAsked(folded) : undefined;
  const countryAsked = anyCountryAsked(folded) && !asksAdviceOnly(folded);
  const asks: DetailAsks = {
    newer,
    ...(newer && latest !== undefined && { newerYear: latest }),
    ...(yearNamed && latest !== undefined && { laterYear: latest }),
    episode: namesEpisode(folded),
    ...(yearChecked && { yearChecked: true }),
    countries: countryAsked ? COUNTRIES.filter((country) => country.asked.test(folded)) : [],
    talk: TALK.test(folded),
    list,
    ...(list && listCount !== undefined && { listCount }),
    steps: STEPS.test(folded),
    ...personAsked(written, folded),
    // the customers a cited work is described by ("в статье о том, как радовать довольных клиентов") are not asked
    mood: askedCustomerMood(withoutSourceDescriptions(folded)),
    aftermath: AFTERMATH_ASKED.test(folded),
    view: VIEW_ASKED.test(folded),
  };
  const any =
    asks.newer ||
    asks.laterYear !== undefined ||
    asks.countries.length > 0 ||
    asks.talk ||
    asks.view ||
    asks.list ||
    asks.steps ||
    asks.who ||
    asks.role ||
    asks.mood !== undefined ||
    asks.aftermath ||
    yearChecked;
  return any ? asks : undefined;
}
