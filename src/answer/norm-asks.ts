// A benchmark asked for ("what's a good NPS", "Give me a benchmark for a good FCR rate", "jaki wynik uznaje się za
// dobry", "какой NPS считается хорошим", "средний отток у операторов"): a norm is a figure someone measured across
// firms, which only an entry stating a figure of its own can give. A metric's definition, or a tip naming the
// measure, tells what to track, never what value is good.
// Hand-written: a few phrasings per language on folded text; no library reads that a question asks for a norm.
import type { Entry } from '../kb/schema.js';
import { LANGS } from '../kb/schema.js';
import { foldText, withoutDiscordMarkup } from './normalize.js';
import { wholePhrases } from './word-bounds.js';

/** A whole-phrase match over folded text (`\b` knows only ASCII letters in JavaScript, so lookarounds). */
function phrases(...alternatives: string[]): RegExp {
  return wholePhrases(alternatives);
}

/** Up to n words between an adjective and the measure it qualifies. */
// No "and", "to", "or", "who", "then" between: "act like a normal buyer and secretly rate the store" joins two clauses,
// no normal rate asked (round 83).
const upTo = (n: number) =>
  `(?:(?!(?:and|to|or|who|that|then|i|a|oraz|ktory|ktora|и|чтобы|который|которая) )[\\p{L}\\p{N}]+ ){0,${n}}?`;

const NORM_ASKED = phrases(
  // English
  'benchmarks?',
  'industry (?:average|standard|norm)s?',
  `(?:good|healthy|normal|typical|acceptable|reasonable|decent|realistic|target|ideal|optimal) ${upTo(3)}(?:rate|score|level|value|churn|nps|csat|fcr|aht|percentage|wait|waiting time|response time)`,
  '(?:is|are|s) considered (?:good|healthy|normal|acceptable|ok)',
  // a level a desk should reach ("what first-contact resolution rate should a decent support desk hit?"; round 88)
  `(?:what|which) (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:rate|score|level|percentage|fcr|nps|csat) (?:should|must|ought to) (?:[\\p{L}\\p{N}-]+ ){0,4}?(?:hit|reach|aim for|target|achieve|get|be at|have)`,
  `(?:jaki|jaka|jakie|jakim) ${upTo(3)}(?:wynik\\p{L}*|poziom\\p{L}*|wskaznik\\p{L}*|odsetek|fcr|nps|csat) (?:powin\\p{L}*|musi\\p{L}*) ${upTo(3)}(?:osiag\\p{L}*|miec|byc|wynosic|trzymac)`,
  `(?:какои|какую|какое) ${upTo(3)}(?:уровень|показател\\p{L}*|процент\\p{L}*|fcr|nps|csat) (?:долж\\p{L}*|нужно|надо) ${upTo(3)}(?:быть|достигать|держать|иметь|выдавать)`,
  // "what NPS score counts as good" (round 78)
  `(?:score|rate|level|value|nps|csat|churn|wait|time) ${upTo(1)}(?:counts|count|passes|qualifies) as (?:good|healthy|normal|acceptable|ok|decent)`,
  `average ${upTo(2)}(?:churn|nps|csat|fcr)`,
  // a wait still acceptable, a service-level target: "what waiting time is still ok?", "what's our SLA for e-mail?"
  `(?:what|which|how long) ${upTo(3)}(?:wait|waiting time|response time|hold time|reply time) ${upTo(2)}(?:is|are|s) (?:still )?(?:ok|okay|fine|acceptable|alright)`,
  `(?:what|which)(?:['’]s| s| is)? (?:our |the |a |your )?(?:target |standard |typical |usual )?sla`,
  // a staffing ratio, a norm of agents for a load of contacts ("agents per hundred calls an hour", "ile osób na ile
  // połączeń", "przelicznik", "сколько операторов на сто звонков"; round 68)
  `(?:staffing|headcount|agent|agents) ${upTo(2)}ratios?`,
  `(?:agents?|people|staff|consultants|reps|seats) (?:per|for every|for each) ${upTo(2)}(?:calls?|contacts?|tickets?|chats?|customers)`,
  // Polish (folded: no diacritics)
  'przelicznik\\p{L}*',
  `(?:ile|ilu) (?:osob|konsultantow|agentow|ludzi|pracownikow) na ${upTo(2)}(?:polaczen\\p{L}*|rozmow|zgloszen\\p{L}*|klientow|telefonow)`,
  'benchmark\\p{L}*',
  `(?:dobr[yaem]|dobrym|zdrow[ya]|normaln[ya]|typow[ya]|akceptowaln\\p{L}*|optymaln\\p{L}*|docelow\\p{L}*|rozsadn\\p{L}*) ${upTo(2)}(?:wynik\\p{L}*|poziom\\p{L}*|wskaznik\\p{L}*|churn|nps|csat|odsetek|czas\\p{L}*|rotacj\\p{L}*|odplyw\\p{L}*)`,
  // "jaki wynik NPS uznać za dobry" as "uznaje się za dobry"
  '(?:uznaje sie|uznaj\\p{L}*|uznac|uznawac|uwazan\\p{L}*|uwaza sie) za (?:dobr\\p{L}*|norm\\p{L}*|zdrow\\p{L}*)',
  `(?:sredni\\p{L}*) ${upTo(2)}(?:churn|odplyw\\p{L}*|rotacj\\p{L}*|nps|csat|fcr|wskaznik\\p{L}*|poziom\\p{L}*)`,
  `(?:jaki|jakie|ile) ${upTo(2)}(?:czas\\p{L}*|sla) ${upTo(3)}(?:jest|sa|bedzie) (?:jeszcze |wciaz |nadal )?(?:ok|okej|okay|w porzadku|do przyjecia|akceptowaln\\p{L}*|dopuszczaln\\p{L}*)`,
  '(?:jakie|jakies|jaki|jakis) (?:mamy |macie |jest )?(?:\\p{L}+ )?sla',
  '(?:mamy|macie) (?:jakies |jakis )?sla',
  // Russian (folded: е for ё, и for й)
  `сколько (?:операторов|сотрудников|агентов|человек|людеи) на ${upTo(2)}(?:звонк\\p{L}*|обращени\\p{L}*|клиентов|заявок|чатов)`,
  'бенчмарк\\p{L}*',
  'норматив\\p{L}*',
  '(?:считается|считают|считать) (?:\\p{L}+ )?(?:хорош\\p{L}*|нормальн\\p{L}*|нормои|здоров\\p{L}*)',
  `(?:хорош\\p{L}*|нормальн\\p{L}*|типичн\\p{L}*|оптимальн\\p{L}*|целев\\p{L}*|допустим\\p{L}*|приемлем\\p{L}*) ${upTo(3)}(?:уровень|показател\\p{L}*|отток\\p{L}*|nps|csat|fcr|процент\\p{L}*|время|значени\\p{L}*)`,
  `(?:средн\\p{L}*) ${upTo(2)}(?:отток\\p{L}*|churn|nps|csat|fcr|показател\\p{L}*|уровень)`,
  `(?:какое|какои|сколько) ${upTo(3)}(?:время|ожидани\\p{L}*|sla) ${upTo(2)}(?:еще |все еще )?(?:нормально|норм|ок|допустим\\p{L}*|приемлем\\p{L}*)`,
  '(?:какои|какие) (?:у (?:нас|вас) )?(?:\\p{L}+ )?sla',
  // a quick lookup of a service-level target (round 57: "sla for email tickets hours", "sla на ответ в чате сколько
  // минут"): the hours or minutes asked of an SLA are a norm
  `sla ${upTo(4)}(?:hours?|h|minutes?|mins?|godzin\\p{L}*|godz|minut\\p{L}*|ile|how long|how many|targets?|goals?|cel|docelow\\p{L}*|часов|часа|минут\\p{L}*|сколько|скока|цел\\p{L}*|норм\\p{L}*)`,
);

/** Letters each phrasing holds, on the text as typed: most questions are passed over by this alone. */
const HINT =
  /bench|ratio|(?:agents?|people|staff|consultants|reps|seats) (?:per|for)|przelicz|il[eu] (?:os|kons|agent|ludz|prac)|сколько (?:опер|сотр|агент|чел|люд)|бенч|good|health|normal|typical|accept|reason|decent|realist|target|ideal|optim|consider|average|\bok|okay|okej|fine|alright|sla|porzad|przyjec|dopuszcz|dobr|zdrow|norm|typow|akcept|docel|rozsa|rozsą|uznaj|uważ|uwaz|sredn|średn|хорош|нормал|норм|типичн|оптимал|целев|допуст|приемл|средн/iu;

/** Whether the question asks for a norm or benchmark value (see the module's comment). */
/** `folded`: the folded question to read, when the caller has one (without what describes a cited work). */
export function asksForNorm(question: string, folded?: string): boolean {
  if (!HINT.test(question)) return false;
  return NORM_ASKED.test(folded ?? foldText(withoutDiscordMarkup(question)));
}

/** Whether an entry states a figure of its own that a norm could be (a metric's definition states none). */
export function statesNorm(entry: Entry): boolean {
  if (entry.kind === 'metric') return false;
  if (entry.figure !== undefined) return true;
  return LANGS.some((lang) => /\d/u.test(entry.text[lang] ?? ''));
}

/**
 * An industry-wide average asked ("what's the industry average first-call resolution", "на сколько в среднем по отрасли",
 * "średnio w branży", "среднеотраслевой", "across the industry"): a figure measured across firms, which a finding about
 * one group of customers or one firm ("more than half of customers decide after one call") is not, though it states a
 * figure. Read beside the norm, which any figure may give (statesNorm).
 */
const INDUSTRY_AVERAGE = phrases(
  'industry(?:[- ]wide)? (?:average|avg|mean|median|norm|standard|benchmark|figure|rate)s?',
  '(?:average|typical|median) (?:\\p{L}+ ){0,3}?(?:across|in|for|throughout) (?:the |our |my |this |a |an )?(?:whole |entire |\\p{L}+ )?(?:industry|industries|sector|market)',
  '(?:across|throughout) (?:the |our |this )?(?:whole |entire )?(?:industry|sector)',
  'on average (?:\\p{L}+ ){0,3}?(?:in|across|for) (?:the |our |this )?(?:industry|sector|market)',
  '(?:in|across) (?:the |our |this )?(?:industry|sector) on average',
  '(?:srednio|przecietnie|srednia|sredni|sredniej|srednim) (?:\\p{L}+ ){0,3}?(?:w|dla|na) (?:calej |naszej |tej )?(?:branz\\p{L}*|sektorz\\p{L}*|rynku)',
  '(?:w|dla) (?:calej |naszej |tej )?(?:branz\\p{L}*|sektorz\\p{L}*) (?:\\p{L}+ ){0,2}?(?:srednio|przecietnie)',
  'sredni\\p{L}* branzow\\p{L}*|branzow\\p{L}* sredni\\p{L}*|norm\\p{L}* branzow\\p{L}*',
  '(?:в среднем|средн\\p{L}*) (?:\\p{L}+ ){0,3}?по (?:всеи |нашеи |этои )?(?:отрасл\\p{L}*|индустри\\p{L}*|рынку|сектору)',
  'по (?:всеи |нашеи |этои )?(?:отрасл\\p{L}*|индустри\\p{L}*|сектору) (?:\\p{L}+ ){0,2}?в среднем',
  'среднеотраслев\\p{L}*|отраслев\\p{L}* (?:средн\\p{L}*|норм\\p{L}*|показател\\p{L}*|бенчмарк\\p{L}*)',
  // contact centres taken together are the industry ("какая в среднем годовая текучка операторов в контакт-центрах";
  // round 72)
  '(?:average|typical|median|on average) (?:\\p{L}+ ){0,4}?(?:in|across|for|at) (?:contact|call)[- ]?cent(?:er|re)s',
  '(?:srednio|przecietn\\p{L}*|sredni\\p{L}*) (?:\\p{L}+ ){0,4}?w (?:contact|call)[- ]?center\\p{L}*',
  '(?:в среднем|средн\\p{L}*) (?:\\p{L}+ ){0,4}?в (?:контакт|колл)[- ]?центр(?:ах|ов)',
);

const INDUSTRY_HINT =
  /industr|sector|market|branż|branz|sektor|rynk|отрасл|индустр|рынк|сектор|cent(?:er|re)|центр/iu;

/** Whether the question asks an industry-wide average (see INDUSTRY_AVERAGE); on folded text. */
export function asksIndustryAverage(folded: string): boolean {
  return INDUSTRY_HINT.test(folded) && INDUSTRY_AVERAGE.test(folded);
}

/** A figure told as an average, or as one across firms, an industry or a market, in an entry's folded text. */
const ACROSS_FIRMS = phrases(
  'averages?|on average|typical(?:ly)?|median|industry|industries|sector|benchmarks?|(?:of|among|across) (?:all )?(?:companies|firms|businesses|organi[sz]ations|brands|contact cent(?:er|re)s)',
  'sredni\\p{L}*|przecietn\\p{L}*|typow\\p{L}*|median\\p{L}*|branz\\p{L}*|sektor\\p{L}*|benchmark\\p{L}*',
  // a share of firms ("10% firm", "половина компаний"), not one firm's product ("produkt firmy", "продукт компании")
  '(?:\\d+ ?%|procent\\p{L}*|polow\\p{L}*|wiekszos\\p{L}*) (?:\\p{L}+ )?(?:firm|przedsiebiorstw|organizacji|marek)(?![\\p{L}])',
  'средн\\p{L}*|типичн\\p{L}*|медиан\\p{L}*|отрасл\\p{L}*|индустри\\p{L}*|сектор\\p{L}*|бенчмарк\\p{L}*',
  '(?:\\d+ ?%|процент\\p{L}*|половин\\p{L}*|большинств\\p{L}*) (?:\\p{L}+ )?(?:компании|фирм|организации|брендов)(?![\\p{L}])',
);

/** Whether an entry states a figure an industry average could be: its own figure, told as one across firms. */
export function statesIndustryFigure(entry: Entry): boolean {
  if (!statesNorm(entry)) return false;
  return ACROSS_FIRMS.test(foldText(LANGS.map((lang) => entry.text[lang] ?? '').join(' \n ')));
}
