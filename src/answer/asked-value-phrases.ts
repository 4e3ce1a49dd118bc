// The phrasings, per language, by which a question asks for a kind of value ("in what year", "ile płacą", "кто
// сказал", "в каком городе"), on folded text (no case, no diacritics, й as и); read by asked-attributes.ts.
// Hand-written: a few phrasings per language; no library reads what kind of value a question asks for.
import {
  BEHIND,
  BUT_START,
  CANDID,
  FEW,
  NO_CLAUSE_AFTER,
  NO_COUNTED_AFTER,
  PAST_CYRILLIC,
  PAST_LATIN,
  START,
  UNFINISHED,
  UP_TO_6,
} from './ask-fragments.js';
import type { AskPhrasings } from './asked-values.js';
import { FORMULA_ASK } from './formula-asks.js';
import { PERSON_NAME_ASKS } from './person-name-asks.js';
import { SOURCE_ASK } from './source-asks.js';
import { STUDY_ASKS } from './study-asks.js';
import { THRESHOLD_ASKS } from './threshold-asks.js';
import { wholePhrases } from './word-bounds.js';

/** A whole-phrase match (`\b` knows only ASCII letters in JavaScript, so lookarounds on Unicode letters instead). */
function phrases(...alternatives: string[]): RegExp {
  return wholePhrases(alternatives);
}

// Today's price ("comcast stock price today", "ile kosztuje dziś akcja"): an article states a past one, never today's.
const NOW =
  '(?:now|today|currently|teraz|obecnie|dzis|dzisiaj|aktualn\\p{L}*|сеичас|сегодня|нынешн\\p{L}*|текущ\\p{L}*|seychas|sejchas|segodnya)';
const PRICE =
  '(?:prices?|stocks?|shares?|cen[aeyi]|akcj\\p{L}*|kosztuj\\p{L}*|стоит|стоят|стоимост\\p{L}*|цен[аеуы]|акци\\p{L}*|stoit|stoyat|tsen[aeuy]|aktsi\\p{L}*)';
const APART = '(?:[^\\p{L}\\p{N}]+[\\p{L}\\p{N}]+){0,2}?[^\\p{L}\\p{N}]+';

/** Where "who was it" ends: its clause's end, or "and" joining another ask. */
const BARE_END = '(?= *(?:[?,.!;:—–-]|and |i |и |а |$))';

/** Per kind, the phrasings asking for it; a question may ask for several kinds ("w którym roku i na jakim lotnisku"). */
export const ASKS: AskPhrasings[] = [
  {
    value: 'year',
    gate: 'year years when kiedy rok roku data date год году года дата дату пор когда kogda god godu goda switch shut sunset phase',
    pattern: phrases(
      "(?:in )?(?:what|which) year(?:s|['’]s)?",
      'when (?:did|was|were|had)',
      // both asked at once ("when and where did he actually say it", "kiedy i gdzie to powiedział"; round 85)
      '(?:when and where|kiedy i gdzie|когда и где) (?:\\p{L}+ )?(?:did|was|were|is|does|to|on|ona|он|она|это)',
      'since when',
      // the year asked as a keyword, "United incident year?", "american express survey year", not a rate ("customers
      // per year?"); a keyword string opening with it ("year gartner 89 survey")
      // …nor a period ("in the past year?": session 28 found it ruled out the 49% switched over the past year)
      '(?<!(?:per|a|each|every|last|this|next|one|that|the|past|previous|recent|whole|full|calendar|\\d+) )year(?= *(?:\\?|$))',
      'year of (?:the )?(?:\\p{L}+ ){0,3}(?:incident|outage|event|founding|scandal|crash|case|study|survey|report)',
      `${START}(?:year|rok|год)(?= \\p{L})(?! over)`,
      // when a study or a report came out: "year of publication", "rok publikacji", "год публикации"
      '(?:year|date) of (?:its |the )?(?:publication|release)',
      'when (?:was|were) (?:it|they|the (?:\\p{L}+ ){0,2}?(?:study|survey|report|research|book|article)) (?:published|released|done|conducted|carried out)',
      '(?:rok|data) (?:publikacji|wydania|badania|raportu|ankiety)',
      '(?:год|дата) (?:публикации|выхода|издания|исследования|отчета|опроса)',
      // the date wanted for a citation ("хочу в пересказе указать дату", "muszę podać datę"; round 28)
      '(?:указать|назвать|узнать|уточнить|нужна) (?:точную )?дату|(?:podac|znac|potrzebna) (?:dokladna )?date|(?:need|give|cite) the (?:exact )?date',
      // a date asked of a work or a switch-off ("does the glossary give a shutdown date?", "kiedy wyłączą"; round 88)
      '(?:give|gives|have|has|mention|mentions|say|says|list|lists|name|names) (?:a |the |any )?(?:\\p{L}+ )?date|when (?:does|will|do|is|are) (?:[\\p{L}\\p{N}/.-]+ ){0,4}?(?:(?:get|be|go) )?(?:switched off|shut down|shutting down|turned off|retired|phased out|switch(?:ed|ing)? off|shut off)',
      '(?:kiedy|когда) (?:[\\p{L}\\p{N}/.-]+ ){0,4}?(?:wylacz|wygas|отключ|выключ)\\p{L}*',
      // what becomes of a device after a network's switch-off ("is 2.5G still gonna work after the 3G switch off?"; round 121)
      '(?:work|working|function|run|die|stop) (?:after|once) (?:the )?(?:[\\p{L}\\p{N}/.-]+ ){0,2}?(?:switch[- ]?off|shut ?down|sunset|phase[- ]?out)',
      'god (?:publikatsii|vyhoda|issledovaniya)',
      // "w którym to było roku?", "w jakim właściwie roku"
      'w (?:ktorym|jakim|kakim) (?:to |wlasciwie |dokladnie |mniej wiecej )?(?:bylo |byl |byla |sie (?:to )?(?:stalo|wydarzylo) )?roku',
      // "z którego to roku?", "z jakiego to roku" (a study's year)
      '(?:ktorego|z jakiego) (?:to |wlasciwie |dokladnie |mniej wiecej )?roku',
      // "który to był rok", "какой это был год", "what year was it" (round 148: a quiz's year asked with options)
      '(?:ktory|jaki) (?:to )?(?:byl )?(?:to )?rok|какои (?:это )?(?:был )?год|(?:what|which) year (?:was|is) (?:it|that|this)',
      'rok(?:u)? (?:zalozenia|incydentu|zdarzenia|wydarzenia|afery|awarii|skandalu|badania|raportu)',
      // not the span "od kiedy do kiedy to się liczy" (from which moment to which), no date (round 63)
      // …nor a clause before the ask ("od kiedy mamy nowe IVR, co trzeci dzwoniący się rozłącza"; round 132)
      'od kiedy(?! do kiedy)(?=[^,.]*(?:\\?|$))',
      '(?<!(?:na|w|co|przez|za|ten|tym|jeden|ostatni|zeszly|ubiegly|miniony|caly|biezacy|\\d+) )rok(?= *(?:\\?|$))',
      `(?:${START}(?:a )?|(?<= )i )kiedy${FEW} ${PAST_LATIN}${NO_CLAUSE_AFTER}`,
      'в (?:каком|котором) (?:это |же |вообще |именно )?(?:было |был |была |случилось |произошло )?году',
      'какого (?:это |же |вообще )?года',
      // the year a study is for ("89% это за какой год исследование"; round 100), not a rate ("за год")
      'за (?:какои|которыи) (?:\\p{L}+ )?год',
      'год (?:основания|инцидента|события|сбоя|скандала|аварии|исследования|отчета)',
      'с каких пор',
      '(?<!(?:в|за|на|этот|тот|один|каждыи|последнии|прошлыи|прошедшии|текущии|целыи|\\d+) )год(?= *(?:\\?|$))',
      `(?:${START}(?:а )?|(?<= )и )когда${FEW} ${PAST_CYRILLIC}${NO_CLAUSE_AFTER}`,
      'v (?:kakom|kotorom) godu',
      'kakogo goda',
      `${START}kogda${FEW} ${PAST_LATIN}${NO_CLAUSE_AFTER}`,
    ),
  },
  {
    value: 'duration',
    gate: 'long many dlugo ile ilu долго сколько skolko length duration dlug* trwa* длит* прод* number count minutes seconds hours hand* aht max* maks* макс*',
    pattern: phrases(
      // a time per contact asked as a target ("what average handling time per chat does the guide recommend"; round 83)
      '(?:what|which) (?:average |target |ideal |typical |recommended )?(?:handle|handling) time',
      '(?:average|target|ideal|typical|recommended) (?:handle|handling) time (?:per|for|should|is|of)',
      'aht (?:per|for|target|should|norm)',
      'how long (?:did|was|were|had)',
      // asked as a keyword after the thing: "ryan block's comcast call — how long?"
      'how long(?= *\\?)',
      // how long people hold on before something ("how long will people sit on hold before they hang up", "ile minut
      // klient czeka, zanim się rozłączy", "сколько минут человек готов висеть"), or a count of seconds asked (round 63)
      `how long (?:will|would|do|does|can) (?:[\\p{L}'’-]+ ){0,4}?(?:wait|sit|stay|hold|hang on)(?: [\\p{L}'’-]+){0,4}? before`,
      '(?:exact |precise )?(?:number|count) of (?:seconds|minutes)',
      // a length remembered as a figure in minutes ("i'm sure one of the articles had a figure in minutes"; round 68)
      '(?:a|the|some) (?:figure|number|target|limit|norm|time) in (?:seconds|minutes|hours)',
      'ile (?:minut|sekund) (?:\\p{L}+ ){0,4}?(?:czeka\\p{L}*|wisi\\p{L}*|wytrzyma\\p{L}*)',
      'сколько (?:минут|секунд) (?:\\p{L}+ ){0,4}?(?:ждать|ждет|ждут|висеть|висит|ожидать|ожида\\p{L}*)',
      // after or within how long a thing happens: "po ilu minutach czekania", "через сколько минут"
      '(?:after|within|in) how many (?:seconds|minutes|hours|days|weeks)',
      '(?:po|w ciagu|przez) ilu (?:sekundach|minutach|godzinach|dniach|tygodniach|sekund|minut|godzin|dni|tygodni)',
      '(?:через|за|в течение) сколько (?:секунд|минут|часов|днеи|недель)',
      '(?:cherez|za) skolko (?:sekund|minut|chasov|dnei|dney)',
      'for how long',
      'how many(?: \\p{L}+){0,2}? (?:years|months|weeks|days|hours|minutes|seconds)',
      'jak dlugo (?:trwal\\p{L}*|byl\\p{L}*|rozmawial\\p{L}*)',
      'ile (?:czasu|minut) trwal\\p{L}*',
      // "ile trwała rozmowa", "сколько длился звонок": how long it lasted
      'ile trwa\\p{L}*',
      'ile (?:lat|miesiecy|tygodni|dni|godzin|minut|sekund)',
      'как долго (?:длил\\p{L}*|шел|шла|шло|был\\p{L}*|говорил\\p{L}*)',
      'сколько (?:времени|минут) (?:длил\\p{L}*|шел|шла|шло)',
      'сколько (?:длил\\p{L}*|длится|длятся)',
      'сколько (?:лет|месяцев|недель|днеи|часов|минут|секунд)',
      'skolko (?:let|mesyatsev|nedel|dnei|dney|chasov|minut)',
      // a length asked by its noun: "the average length of a call", "średnia długość rozmowy", "czas trwania",
      // "средняя длительность звонка", "сколько в среднем длится"; or by its amount ("ile wynosi średni czas oczekiwania", "the max wait")
      "(?:what|which)(?:['’]?s| is| was| were)? (?:the )?(?:average |typical |mean |usual )?(?:length|duration)",
      '(?:average|typical|mean|usual) (?:(?:call|conversation|chat|visit) )?(?:length|duration)',
      '(?:length|duration) of (?:a|an|the|each|one|that) (?:\\p{L}+ )?(?:call|conversation|chat|visit)',
      '(?:sredni\\p{L}* )?(?:dlugosc\\p{L}*|czas\\p{L}* trwania)|ile wynosi (?:sredni\\p{L}* )?czas|сколько составляет (?:средн\\p{L}* )?время|(?:max|maximum|longest) (?:wait|hold)(?! time)|maksymaln\\p{L}* czas\\p{L}* (?:oczekiw|czeka)\\p{L}*|максимальн\\p{L}* (?:время )?ожидани\\p{L}*',
      '(?:средн\\p{L}* )?(?:длительност\\p{L}*|продолжительност\\p{L}*)',
      'сколько(?: \\p{L}+){1,2}? (?:длил\\p{L}*|длится|длятся)',
    ),
  },
  {
    value: 'clockTime',
    gate: 'time hour godzinie godzinach porze pora ktorej часу часы время сколько skolko najlepiej лучше',
    pattern: phrases(
      'what time (?:does|do|will)',
      'at what time',
      'what time of (?:the )?day',
      '(?:best|which|what) (?:hour|time of (?:the )?day)',
      'o (?:ktorej|jakiej) (?:godzinie|porze)',
      'o ktorej (?:zaczyn|rozpoczyn|konczy|otwier|zamyk)\\p{L}*',
      // "o której najlepiej wrzucać posty", "best time to post": the hour to do something at
      'o ktorej (?:najlepiej|warto|lepiej|trzeba|mamy|mozna)',
      'best time (?:to|for)',
      'во сколько (?:лучше|лучше всего|стоит|надо|нужно)',
      '(?:jaka|ktora) pora dnia',
      '(?:w|o) jakich godzinach',
      // "во сколько" alone also asks how much (во сколько обошлось) or how many times (во сколько раз)
      'во сколько (?:начина|заканчива|открыва|закрыва)\\p{L}*',
      'в котором часу',
      'в какое время(?: дня| суток)?',
      'какое время (?:дня|суток)',
      'в какие часы',
      'vo skolko (?:nachina|zakanchiva|otkryva|zakryva)\\p{L}*',
    ),
  },
  {
    value: 'currentPrice',
    gate: 'now today currently teraz obecnie dzis dzisiaj сеичас сегодня seychas sejchas segodnya aktu* ныне* теку*',
    pattern: phrases(`${NOW}${APART}${PRICE}`, `${PRICE}${APART}${NOW}`),
  },
  {
    value: 'money',
    gate: 'much what ile сколько skolko какую рублях долларах евро злотых kwot* sum* staw* став* почем dollars euros pounds dolarach zlotych funtach stra* убыт* pay sala* wage wages fee fees earnings pens* dost* bier* bior* wyna* zaro* зарп* опла* zarp* получает получают платят fine* fined pena* kary kar* grzy* штра* оштр* разм*',
    pattern: phrases(
      `how much${UP_TO_6} (?:costs?|costed|pay|pays|paid|charges?|charged|earns?|spend|spent)`,
      'how much (?:money|compensation)',
      // a price per period: "how much is it per month?", "how much a month"
      'how much (?:is (?:it|that|this|the plan|a licen[cs]e|a seat) )?(?:per|a|each) (?:month|year|seat|user|agent|licen[cs]e)',
      // A wage or a fee named without "how much" ("typical pay for a mystery shopper per visit?", "average salary of an
      // agent", "jakie zarobki konsultanta", "какая зарплата у агента"); "pay for" alone is no amount (customers
      // "pay more for" better service is a share).
      '(?:typical|average|usual|normal|median|hourly|starting)(?: hourly| monthly| yearly| annual)? (?:pay|salary|salaries|wages?|fees?|earnings)',
      '(?:pay|salary|wages?|fees?|earnings) per (?:visit|hour|month|year|shift|call|day)',
      '(?:jak\\p{L}*|ile wynosi|ile wynosza) (?:pensj\\p{L}*|wynagrodzeni\\p{L}*|zarobki|wyplat\\p{L}*)',
      '(?:srednie|typowe) (?:zarobki|wynagrodzenie)',
      // a rate per visit or hour: "stawka mystery shoppera za wizytę", "ставка за визит"
      'stawk\\p{L}*',
      'ставк\\p{L}* (?:за|в) (?:визит|час|месяц|смену|звонок)',
      // "LiveAgent почём в месяц?": what it costs, colloquially
      'почем',
      // "во сколько обошёлся сбой": what it cost (not "во сколько раз", a ratio, nor "во сколько потерянных людей нам
      // обходится", a count of people; round 68)
      `во сколько${NO_COUNTED_AFTER}(?: \\p{L}+){0,2}? (?:обош\\p{L}*|обход\\p{L}*|обоид\\p{L}*)`,
      '(?:как\\p{L}*|средн\\p{L}*) (?:зарплат\\p{L}*|оплат\\p{L}* труда)',
      'сколько (?:получает|получают|платят)',
      // …or charge ("what does a mystery shopping agency charge per visit"; rounds 130-136)
      `(?:what|how much) (?:does|do|did|would|will)${UP_TO_6} (?:cost|pay|charge)`,
      `ile${FEW} (?:kosztu\\p{L}*|kosztowa\\p{L}*|placa|placi\\p{L}*|zaplaci\\p{L}*|wyplaci\\p{L}*|zarabia\\p{L}*)`,
      'ile (?:pieniedzy|zlotych|dolarow|euro)',
      'za ile',
      // what one gets paid per visit or hour ("ile dostaje tajemniczy klient za jedną wizytę"; round 70)
      `ile${FEW} (?:dostaje|dostaja|dostal\\p{L}*|bierze|biora) (?:\\p{L}+ ){0,3}?za (?:\\p{L}+ )?(?:wizyt\\p{L}*|godzin\\p{L}*|zleceni\\p{L}*|dzien|miesiac|zmian\\p{L}*)`,
      'jak\\p{L}* (?:konkretn\\p{L}* |dokladn\\p{L}* )?(?:kwot\\p{L}*|sum\\p{L}*|stawk\\p{L}*)',
      // "сколько стоит лояльный клиент", "клиент сколько стоит", "сколько он стоит для магаза" (round 132): a customer's
      // worth, which the entries give as a multiple; not who stands behind one ("сколько недовольных стоит за одним")
      `(?<!(?:клиент|покупател|абонент)\\p{L}* )сколько${NO_COUNTED_AFTER}${FEW} (?:стоит|стоят|стоил\\p{L}*|стоить)(?! (?:\\p{L}+ )?(?:клиент|покупател|абонент)|(?: \\p{L}+)? для (?:нас|магаз|компани|бизнес|фирм)|${BEHIND})`,
      `сколько${NO_COUNTED_AFTER}${FEW} (?:плат\\p{L}*|заплат\\p{L}*|зарабатыва\\p{L}*|обход\\p{L}*|обошл\\p{L}*|(?:берет|берут)(?= (?:\\p{L}+ ){0,3}?за ))`,
      'во сколько (?:обход|обошл)\\p{L}*',
      'сколько (?:денег|рублеи|долларов|евро)',
      '(?:за )?(?:какую|какие|какая) (?:сумм\\p{L}*|компенсац\\p{L}*|размер\\p{L}* штраф\\p{L}*)',
      'в (?:рублях|долларах|евро|злотых)',
      // an amount named in a currency ("the acquisition cost in dollars", "koszt w dolarach")
      'in (?:us )?(?:dollars|euros?|pounds|zloty)',
      'w (?:dolarach|euro|zlotych|funtach)',
      `skolko${FEW} (?:stoit|stoyat|stoil\\p{L}*|platyat|plat\\p{L}*|zaplatil\\p{L}*|zarabatyva\\p{L}*)(?! (?:\\p{L}+ )?(?:klient|pokupatel|abonent))`,
      // What a firm lost, asked as an amount ("how much did Delta lose", "ile stracili", "jakie były straty", "какие
      // убытки", "сколько потеряла Delta"); customers or time lost are no money ("ile klientów stracili", "how much
      // time is lost", "сколько потеряли клиентов"), nor is a strategy ("jaka strategia").
      `how much(?! (?:time|of))${UP_TO_6} (?:lose|loses|lost)`,
      'what (?:were |are |was |is )?(?:the )?(?:financial )?loss(?:es)?(?! of (?:customers|clients|users|time))',
      'ile (?:na tym )?stra(?:cil|cila|cily|cili|cilo|ci)(?! (?:klient|ludzi|osob|czas|godzin|minut|uzytkownik)\\p{L}*)',
      'jak\\p{L}* (?:byly |sa )?strat(?!eg)\\p{L}*',
      'как\\p{L}* (?:были )?убытк\\p{L}*',
      'сколько (?:денег )?потерял\\p{L}*(?! (?:клиент|покупател|времен|час|минут)\\p{L}*)',
      // the size of fines or penalties ("how big were those fines", "jak wysokie kary", "какого размера штрафы"; round 71)
      'how (?:big|large|high|heavy|steep|much) (?:were|was|are|is) (?:the |those |these |their |such )?(?:fines?|penalt(?:y|ies))',
      '(?:size|amount|scale) of (?:the |those |these |such )?(?:fines?|penalt(?:y|ies))',
      'how much (?:were|was|are|is|did) (?:they|it|\\p{L}+) (?:get )?fined',
      '(?:jak|jakie) (?:wysokie|duze|wielkie|spore) (?:byly |sa |bywaja )?(?:te |tam )?(?:kary|grzywny)',
      '(?:ile wynosi\\p{L}*|wysokosc\\p{L}*|wielkosc\\p{L}*) (?:tych |tej |te )?(?:kar[ay]?|grzywn\\p{L}*)',
      '(?:какого|каких|какой) размер\\p{L}* (?:были |был )?штраф\\p{L}*|размер\\p{L}* (?:этих |тех )?штраф\\p{L}*',
      '(?:насколько|как|какие) (?:большие|крупные|высокие) (?:были )?штраф\\p{L}*|на сколько (?:\\p{L}+ )?оштрафова\\p{L}*',
    ),
  },
  {
    value: 'share',
    gate: '% share proportion fraction czesc часть odsetek perc* proc* prot* проц* дол* dol*',
    pattern: phrases(
      // "what exact %", "jaki dokładnie procent", "какой точно процент": the precision asked says nothing else
      `(?:what|which) (?:${CANDID} |exact |precise |approximate |rough |actual |real )?(?:percent\\p{L}*|%|share|proportion|fraction)`,
      '(?:how much|how many|by what|by how much|by how many) (?:percent\\p{L}*|%)',
      // a bare percent sign with no number before it asks one: "gallup % of engaged employees?", "% клиентов, которые…"
      '(?<![\\p{N}.,] ?)% (?:of|z|ze|из)',
      // a blank to fill with a percentage: "___% leave silently for competitors", "___ % клиентов считают…"
      '_{2,} ?(?:%|percent\\p{L}*|procent\\p{L}*|процент\\p{L}*)',
      `(?:jaki|jakie|ile|o ile|jaka|jak duzy|jaki duzy|(?:byl|jest) (?:tam )?jakis) (?:${CANDID} |dokladny |dokladna |dokladne |przyblizony |przyblizona )?(?:procent\\p{L}*|%|odsetek|czesc)`,
      `(?:какои|какая|какие|каков|какова|сколько|на сколько|насколько|(?:был|есть) (?:там )?какои-то) (?:${CANDID} |там |конкретно |точно |точныи |точная |точные |примерно |примерныи ){0,2}(?:процент\\p{L}*|%|дол[яиюе])`,
      'какая часть',
      '(?:kakoi|kakoy|kakaya|skolko|na skolko) (?:procent\\p{L}*|protsent\\p{L}*|%|dol[yai]\\p{L}*)',
      // a sentence left for the bot to finish: "the share of unhappy customers who tell 15 people is…"
      `(?:share|percentage|proportion|fraction|percent) of (?:[\\p{L}\\p{N}'’-]+,? ){1,12}?(?:is|are|was|were|stands at|comes to)${UNFINISHED}`,
      `(?:odsetek|procent|czesc) (?:[\\p{L}\\p{N}-]+,? ){1,12}?(?:to|wynosi|jest|stanowi)${UNFINISHED}`,
      `(?:доля|процент|часть) (?:[\\p{L}\\p{N}-]+,? ){1,12}?(?:составляет|это|равна|равен)${UNFINISHED}`,
    ),
  },
  {
    value: 'person',
    gate: 'who whose which ktory ktora какой какая kto кто звали зовут zvali чья чьи чье чью czyj* name nazy* imie',
    pattern: phrases(
      // not "who was it?" after a story ("the airline that lost 150 million — who was it"): the firm told answers it
      `${START}(?:and |but )?who(?! (?:was|is) (?:it|that|this)${BARE_END}) (?:was|were|did|said|wrote|founded|found|coined|coached|ran|led|won|made|started|created|invented|hosted|came up|is credited|first|\\p{L}+ed)`,
      'whose (?:quote|words|line|idea|saying)',
      // not "kto takoy …" (кто такой, Russian in Latin letters), which asks what a thing is: "pokupatel" is no past tense
      `${START}(?:a |i )?kto(?! tako[iy]| taka(?:ya|ja)| taki(?:e|ye|je)| (?:eto|to) (?:byl|byla|bylo|byli)${BARE_END})${FEW} (?:${PAST_LATIN}|jest autor\\p{L}*|autor\\p{L}*)`,
      'czyj\\p{L}*',
      // not "кто такой …" read from Latin letters ("kto takoy taynyy pokupatel": the soft sign lost, "покупател" reads
      // as a past tense), which asks what a thing is
      `${START}(?:а |и )?кто(?! так(?:ои|ая|ое|ие)| это (?:был|была|было|были)${BARE_END})${FEW} (?:${PAST_CYRILLIC}|автор\\p{L}*)`,
      ...PERSON_NAME_ASKS,
      'чь(?:я|и|е|ю) (?:цитат\\p{L}*|слова|фраз\\p{L}*)',
      'kak zvali',
    ),
  },
  {
    value: 'place',
    gate: 'where city country airport town place state location region gdzie skad где mias* mies* miej* kraj* lotn* pans* regi* горо* стра* аэро* мест* реги* goro* stra* aero* company firm* organisation organization work* prac* рабо* комп* фирм*',
    pattern: phrases(
      // nor where a quoted line comes from, however long ("where does the line 'it takes months…' come from?"; r149)
      `${START}where (?:is|was|were|did|does|do|are|has|have)(?!(?: \\p{L}+){1,6} from)(?![^?]{0,200}? from(?= *(?:[?!.,]|$)))`,
      '(?:when and where|kiedy i gdzie|когда и где) (?:\\p{L}+ )?(?:did|was|were|is|does|to|on|ona|он|она|это)',
      '(?:in|at|from) (?:what|which) (?:city|country|airport|town|place|state|location|region)',
      'which (?:city|country|airport|town|state|region)',
      // not where someone could not say a parcel is ("nie umiał powiedzieć, gdzie jest druga paczka"; round 153)
      '(?<!(?:powiedziec|powiedzial\\p{L}*|wiedzial\\p{L}*|wie|sprawdzic|ustalic),? )gdzie (?:jest|byl\\p{L}*|znajduje|miesci|ma siedzib\\p{L}*|odbyl\\p{L}*|doszlo|wydarzyl\\p{L}*|mial\\p{L}* miejsce)',
      '(?:w|na|z|do) (?:jakim|ktorym|jakiego|ktorego|jakiej|ktorej) (?:miesci\\p{L}*|miast\\p{L}*|kraju|krajow|lotnisk\\p{L}*|panstw\\p{L}*|miejscu|regionie)',
      'skad (?:pochodzi|byl\\p{L}*)',
      '(?<!(?:сказать|сказал\\p{L}*|знал\\p{L}*|знает|проверить|выяснить),? )где (?:наход\\p{L}*|был\\p{L}*|произош\\p{L}*|расположен\\p{L}*|случил\\p{L}*|базир\\p{L}*)',
      'в (?:каком|какои|котором|которои) (?:городе|стране|аэропорту|месте|регионе)',
      'из (?:какого|какои) (?:города|страны)',
      'v (?:kakom|kakoi|kakoy) (?:gorode|strane|aeroportu)',
      // where a person works: the company named by no entry ("for which company is working Esteban Kolsky")
      '(?:for |at |in )?(?:which|what) (?:company|firm|organi[sz]ation) (?:is |does |did )?(?:\\p{L}+ ){0,3}?work(?:s|ing|ed)?',
      'who does (?:\\p{L}+ ){1,3}?work for',
      '(?:w|dla) (?:jakiej|ktorej) (?:firmie|firmy|organizacji|organizacja) (?:\\p{L}+ ){0,3}?pracuj\\p{L}*',
      'gdzie (?:\\p{L}+ ){0,3}?pracuj\\p{L}*',
      '(?:в|на) (?:какои|которои) (?:компании|фирме|организации) (?:\\p{L}+ ){0,3}?работа\\p{L}*',
      'где (?:\\p{L}+ ){0,3}?работа\\p{L}*',
    ),
  },
  {
    value: 'cause',
    gate: 'why led triggered reason reasons broke made power hack fire knoc* padl* zasi* пожа* хаке* элек* przez из изза чего dlaczego czemu почему стати caus* przy* powo* spow* прич* вызв* прив* wywa* polo* zeps* prad hake* poza* поло* урон* слом* обру*',
    pattern: phrases(
      // "what actually caused", "the root cause", "what knocked it out", "przez co padło" (round 78)
      `what (?:${CANDID} )?(?:caused|causes|led to|triggered)`,
      '(?:what (?:was|is|were) the (?:root |main |real |actual |underlying |technical )?|root )causes?',
      'what (?:actually |really |exactly )?knocked (?:\\p{L}+ ){0,3}?(?:out|down|offline)',
      'przez co (?:\\p{L}+ ){0,2}?(?:padl\\p{L}*|padly|wysiadl\\p{L}*|nie dzialal\\p{L}*)',
      '(?:was|were|is) (?:it|this|that) (?:really )?caused by',
      '(?:cause|causes|reason|reasons) (?:of|for|behind)',
      'why (?:did|was|were)',
      // "what was the outage caused by"; "dlaczego padły systemy", "почему упала система": why, with a past verb
      `(?:what|who) (?:was|were|is)${FEW} caused by`,
      // "…, ale dlaczego w ogóle chcieli…", "с какой стати решили…": a "but" before it, or "why on earth"
      `(?:${START}(?:a |i )?|${BUT_START})(?:dlaczego|czemu)${FEW} ${PAST_LATIN}${NO_CLAUSE_AFTER}`,
      `(?:${START}(?:а |и )?|${BUT_START})почему${FEW} ${PAST_CYRILLIC}${NO_CLAUSE_AFTER}`,
      // "why on earth" starts no relative clause: wherever it stands
      `с какой (?:такой )?стати${FEW} ${PAST_CYRILLIC}`,
      '(?:co|jaka|jakie|jaki)(?: \\p{L}+){0,2}? (?:przyczyn\\p{L}*|powod\\p{L}*)',
      'z jakiego powodu',
      // "co ją właściwie spowodowało" (round 85)
      `co (?:(?:ja|go|je|to|ich) )?(?:${CANDID} )?spowodowal\\p{L}*`,
      // what brought a system down: "co wywaliło system Delty", "что положило систему"
      `co (?:(?:${CANDID}|konkretnie|sie|wtedy|tam) ){0,3}?(?:wywalil\\p{L}*|polozyl\\p{L}*|zepsul\\p{L}*)`,
      // causes guessed in a list ("— prąd, serwerownia, hakerzy?"; round 65)
      '(?:brak pradu|awari\\p{L}* (?:pradu|zasilania)|prad|hakerzy|hakerow|atak hakerski|pozar),? (?:\\p{L}+,? ){0,3}?(?:czy |albo )?(?:hakerzy|hakerow|atak hakerski|pozar|serwerownia|prad|awaria pradu)',
      `что (?:(?:${CANDID}|конкретно|тогда|там|же|у них) ){0,3}?(?:положило|уронило|сломал\\p{L}*|обрушило)`,
      // "what actually broke", "what made their computers go down", a cause guessed after it ("was it a power cut?")
      `what (?:${CANDID} )?(?:broke|made (?:\\p{L}+ ){0,3}?(?:go down|crash|fail|break))`,
      '(?:was|were) (?:it|that|this) (?:a |an )?(?:power (?:cut|failure|outage)|hack(?:ers?|ing)?|cyber ?attack|fire|storm|bug)',
      '(?:какая|какова|какие|в чем|что)(?: \\p{L}+){0,2}? причин\\p{L}*',
      `что (?:${CANDID} )?(?:стало причинои|вызвало|привело к)`,
      '(?:из-за|из за|изза) чего',
      // what failed, a cause guessed against another ("zasilanie czy co", "пожар или хакеры?"; round 100)
      // (not a bare "co padło u Delty?", which asks what happened: round 78)
      `co (?:\\p{L}+ )?(?:technicznie|konkretnie) (?:\\p{L}+ )?padl\\p{L}*|(?:zasilani\\p{L}*|prad|pozar) czy (?:co|jakis|jakas|atak|hakerzy|awaria|serwer\\p{L}*)`,
      '(?:пожар|электричеств\\p{L}*|хакер\\p{L}*|свет) (?:или|либо) (?:\\p{L}+ )?(?:пожар|электричеств\\p{L}*|хакер\\p{L}*|атак\\p{L}*|свет)',
      // a bare "and why?" after a question about what happened ("co padło w Delcie…? i dlaczego?"; round 86)
      '(?<=[?!.,] *)(?:and |i |а |и )?(?:why|dlaczego|czemu|почему)(?= *\\?)',
    ),
  },
  // who ran the study behind a figure, how many it asked, how it was done
  ...STUDY_ASKS,
  // where a finding comes from, whoever or whatever the entry credits
  SOURCE_ASK,
  // how a measure is computed
  FORMULA_ASK,
  // a norm's line: the longest acceptable wait, the score or ring that counts
  ...THRESHOLD_ASKS,
];
