// The team's own figure for a period asked: "what was our CSAT last week?", "how many tickets did Marek close
// yesterday?", "nasz NPS w tym miesiącu", "ile zgłoszeń mieliśmy wczoraj", "какой у нас был CSAT за прошлую неделю",
// "сколько тикетов закрыл Андрей за месяц". The knowledge base holds the figures its articles publish, never a team's
// own numbers, so no entry answers it (`detailMissing` for all, via beside-asks.ts), however many of its words (CSAT,
// tickets, churn) an entry shares. Read only where one sentence holds all four: a value asked (what, how many, ile,
// jaki, сколько, какой; or a fragment opening with the owner: "nasz NPS w tym miesiącu"), a measure or a count of
// the team's work, a period told from today (last week, wczoraj, в этом месяце), and whose it is (we, our, nasz,
// mieliśmy, у нас, мы; or a verb of an agent's work: closed, zamknął, закрыл). Advice asked with "we" ("how do we
// keep customers", "jak poprawić nasz CSAT", "как нам снизить отток") holds no period and no value asked, and a
// message asking advice anywhere ("…last week — how do we fix it?") is left alone. Who holds a role in the team
// ("who is our team lead", "кто у нас тимлид ночной смены") is the team's own too.
// Hand-written: a few phrasings per language on folded text (no diacritics, й as и); no library reads whose figure a
// question asks for.
import { foldText, withoutDiscordMarkup } from './normalize.js';
import { statesOwnQuantity } from './own-quantities.js';
import { wholePhrases } from './word-bounds.js';

/** A measure a team reads off its dashboard, or what it counts of its work (tickets, calls, complaints). */
const MEASURE = wholePhrases([
  'csat|nps|ces|fcr|aht|asa|frt|sla|kpis?|churn\\p{L}*|retention(?: rate)?|backlog|(?:satisfaction|csat|nps|qa|quality) scores?|ratings?|score',
  '(?:first )?response times?|resolution (?:rate|times?)|handl(?:e|ing) times?|wait(?:ing)? times?|hold times?|abandon(?:ment|ed) (?:rate|calls)',
  'tickets?|tikets?|calls|chats|e-?mails|complaints|escalations|cases|requests|inquiries|enquiries|reviews|refunds|returns|customers',
  'wynik\\p{L}*|wskaznik\\p{L}*|ocen[aeyi]|srednia|srednie|satysfakcj\\p{L}*|retencj\\p{L}*|odplyw\\p{L}*',
  'czas\\p{L}* (?:pierwszej )?(?:odpowiedzi|obslugi|oczekiwania|rozwiazania|reakcji)',
  'zgloszen\\p{L}*|zgloszeni\\p{L}*|ticket\\p{L}*|tiket\\p{L}*|tikiet\\p{L}*|polaczen\\p{L}*|rozmow|czat\\p{L}*|maili|maile|reklamacj\\p{L}*|skarg\\p{L}*|eskalacj\\p{L}*|spraw|zwrot\\p{L}*|klient\\p{L}*',
  'оценк\\p{L}*|показател\\p{L}*|рейтинг\\p{L}*|удовлетвореннос\\p{L}*|отток\\p{L}*|среднее время|время (?:первого )?(?:ответа|обработки|ожидания|решения|реакции)',
  'тикет\\p{L}*|обращени\\p{L}*|заяв(?:ок|ки|ка)|звонк\\p{L}*|чат(?:ов|ы)|писем|письма|жалоб\\p{L}*|эскалац\\p{L}*|возврат\\p{L}*|клиент\\p{L}*',
]);

/** A period told from today: yesterday, last week, this month, w zeszłym tygodniu, за прошлую неделю. */
const PERIOD = wholePhrases([
  'yesterday|today|tonight',
  '(?:this|last|past|previous) (?:morning|afternoon|night|week|month|quarter|year|sprint|shift|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  '(?:the )?(?:last|past) (?:\\d+|two|three|four|few|couple of) (?:days|weeks|months)|so far this (?:week|month|quarter|year)|q[1-4]',
  '(?:in|for|during) (?:january|february|march|april|may|june|july|august|september|october|november|december)',
  'wczoraj|dzisiaj|dzis|przedwczoraj',
  'w (?:tym|zeszlym|ubieglym|poprzednim|ostatnim|biezacym|minionym) (?:tygodniu|miesiacu|kwartale|roku|sprincie)',
  '(?:za|przez) (?:ten|ostatni|zeszly|ubiegly|poprzedni|miniony) (?:tydzien|miesiac|kwartal|rok|sprint)',
  '(?:zeszly|ubiegly|ostatni|poprzedni) (?:tydzien|miesiac|kwartal)|tego (?:tygodnia|miesiaca|kwartalu)',
  'w ostatni(?:ch|e) (?:\\d+|dwoch|trzech|kilku) (?:dniach|dni|tygodniach|tygodnie)|na (?:ostatniej|wczorajszej|dzisiejszej) zmianie',
  '(?:w|za) (?:styczniu|styczen|lutym|luty|marcu|marzec|kwietniu|kwiecien|maju|maj|czerwcu|czerwiec|lipcu|lipiec|sierpniu|sierpien|wrzesniu|wrzesien|pazdzierniku|pazdziernik|listopadzie|listopad|grudniu|grudzien)',
  'вчера|сегодня|позавчера',
  '(?:на|в|за) (?:этои|прошлои|прошедшеи|последнеи|текущеи|эту|прошлую|прошедшую|последнюю|текущую) недел[еюи]',
  '(?:в|за) (?:этом|прошлом|последнем|текущем|прошедшем) (?:месяце|квартале|году|спринте)',
  'за (?:этот|прошлыи|последнии|текущии|прошедшии) (?:месяц|квартал|год|спринт)',
  'за последн\\p{L}* (?:\\d+ )?(?:дн\\p{L}*|недел\\p{L}*|месяц\\p{L}*)|на (?:прошлои|этои|последнеи|вчерашнеи|сегодняшнеи) смене',
  '(?:в|за) (?:январе|январь|феврале|февраль|марте|март|апреле|апрель|мае|маи|июне|июнь|июле|июль|августе|август|сентябре|сентябрь|октябре|октябрь|ноябре|ноябрь|декабре|декабрь)',
]);

/**
 * Whose the figure is: the asker's team ("we", "our", "the team's", "nasz", "mieliśmy", "u nas", "у нас", "мы") or
 * the asker ("my", "did I"), or an agent's work told by its verb ("did Marek close", "zamknął", "закрыл"), which counts
 * one person's work, never a published figure.
 */
const OWNER = wholePhrases([
  "we|our|ours|us|my|did i|have i|i (?:closed|handled|resolved|answered|took|got)|the team(?:['’]?s)?|our team(?:['’]?s)?",
  'nasz\\p{L}*|mamy|mielismy|mialysmy|u nas|moj\\p{L}*|zespol\\p{L}*|\\p{L}+lismy|\\p{L}+lysmy',
  'у нас|наш\\p{L}*|мы|нам|мо(?:и|я|е|ю|ем|еи|их)|команд[аые]|отдел',
  'closed|close|handled|handle|resolved|resolve|solved|escalated|escalate|answered|took|came in|come in|received',
  'zamknal\\p{L}*|zamknel\\p{L}*|zamkn\\p{L}*l[aoy]?|obsluzyl\\p{L}*|rozwiazal\\p{L}*|odebral\\p{L}*|przyjal\\p{L}*|eskalowal\\p{L}*|zalatwil\\p{L}*|odpisal\\p{L}*|przyszl\\p{L}*|wplyne\\p{L}*|wplyna\\p{L}*|splyne\\p{L}*',
  'закрыл\\p{L}*|обработал\\p{L}*|решил\\p{L}*|принял\\p{L}*|эскалировал\\p{L}*|ответил\\p{L}*|разобрал\\p{L}*|пришл\\p{L}*|поступил\\p{L}*|поступал\\p{L}*',
]);

/**
 * A value asked (what, how many, ile, jaki, сколько, какой) or whether it moved ("did our CSAT drop", "czy nasz NPS
 * spadł", "вырос ли"); "what should we do" asks advice, not a value.
 */
const VALUE_ASKED = wholePhrases([
  "what(?:['’]?s| (?:was|is|were|are|has been))|whats|which|how (?:many|much|high|low|good|bad)",
  '(?:did|has|have) (?:our|the|my) (?:\\p{L}+ ){0,2}?(?:go(?:ne)? (?:up|down)|drop\\p{L}*|fall|fallen|rise|risen|improve\\p{L}*|change\\p{L}*)',
  'ile|ilu|jak(?:i|a|ie|im) (?:\\p{L}+ ){0,2}?(?:byl\\p{L}*|jest|sa|mamy|mielismy|mial\\p{L}*|wyszl\\p{L}*|wyszedl)|jak(?:i|a|ie) (?:nasz|nasza|nasze)',
  'czy (?:\\p{L}+ ){0,3}?(?:spadl\\p{L}*|wzrosl\\p{L}*|urosl\\p{L}*|poprawil\\p{L}*|zmienil\\p{L}*)',
  'сколько|скольк\\p{L}*|каков\\p{L}*|как(?:ои|ая|ое|ие) (?:у нас|наш\\p{L}*|был\\p{L}*|есть|вышел|вышл\\p{L}*)',
  '(?:вырос|упал|снизил\\p{L}*|повысил\\p{L}*|изменил\\p{L}*|вырос\\p{L}*|упал\\p{L}*) ли',
]);

/**
 * A fragment naming the owner's figure and its period, a few words: "our CSAT last week?", "nasz NPS w tym
 * miesiącu", "наш NPS в этом месяце"; a longer sentence opening so tells a story ("our CSAT dropped last week, what
 * does research say…").
 */
const OWNER_FRAGMENT =
  /^(?:(?:bot|бот|coach|hey|hej|hi|ok)[,:]?\s+)?(?:our|my|nasz\p{L}*|moj\p{L}*|наш\p{L}*|мо[ияе]\p{L}*)(?:\s+[\p{L}\p{N}%-]+){1,5}[\s?!.]*$/u;

/**
 * Advice asked anywhere in the message ("how do we fix it", "jak to poprawić", "как нам снизить", "why", "what should
 * we do", "any tips"): the period and figure are then the story around the ask.
 */
const ADVICE = wholePhrases([
  'how (?:do|can|could|should|would|to|might|does)|why|what (?:should|can|could|would)|what to do|any (?:tips|advice|ideas)|tips|advice|ideas',
  'jak(?! (?:dlugo|duzo|wysok\\p{L}*|czesto))|dlaczego|czemu|co (?:zrobic|robic|robimy|mamy zrobic|powinni\\p{L}*|radzisz|poradzisz)|porad\\p{L}*|wskazowk\\p{L}*',
  'как(?! (?:долго|часто))|почему|зачем|что (?:делать|сделать|посоветуешь|посоветуете)|совет\\p{L}*',
]);

/**
 * A span with no day named ("за месяц", "за неделю": over a month) is a period of the team's only told in the past
 * ("сколько тикетов закрыл Андрей за месяц"); "сколько клиентов мы теряем за месяц" asks a rate.
 */
const SPAN = wholePhrases(['за (?:неделю|месяц|квартал|смену|сутки)']);
const RUSSIAN_PAST = wholePhrases(['\\p{L}{2,}(?:л|ла|ло|ли)']);

/** Letters a period holds, on the text as typed: most questions are passed over by this alone. */
const HINT =
  /yesterday|today|tonight|this |last |past |previous|so far|q[1-4]|january|february|march|april|may|june|july|august|september|october|november|december|wczoraj|dzi|tym |zesz|ubieg|poprzedn|ostatni|bieżąc|biezac|minion|tego |zmianie|stycz|lut|marc|marz|kwie|maj|czerw|lip|sierp|wrze|paźdz|pazdz|listop|grud|вчера|сегодня|недел|месяц|квартал|году|спринт|смен|сутки|январ|феврал|март|апрел|мае|май|июн|июл|август|сентябр|октябр|ноябр|декабр/iu;

/**
 * Who holds a role in the asker's own team: "who is our team lead", "who's my manager", "kto jest naszym
 * kierownikiem", "kto u nas jest szefem zmiany", "кто у нас тимлид ночной смены". The knowledge base names no one of
 * the team; "who is the Comcast rep" is role-person.ts's, a person of a story.
 */
const ROLE = [
  'team ?leads?|team ?leaders?|leads?|managers?|supervisors?|boss|bosses|head|heads|coordinators?|tl|shift leads?',
  'kierownik\\p{L}*|szef\\p{L}*|lider\\p{L}*|przelozon\\p{L}*|koordynator\\p{L}*|team ?leader\\p{L}*|menedzer\\p{L}*|manager\\p{L}*',
  'тимлид\\p{L}*|руководител\\p{L}*|начальник\\p{L}*|менеджер\\p{L}*|супервайзер\\p{L}*|старш\\p{L}*|координатор\\p{L}*|бригадир\\p{L}*',
].join('|');
const OWN_ROLE = wholePhrases([
  `who(?:['’]?s| is| was| will be) (?:our|my|the team['’]?s)(?: \\p{L}+){0,2}? (?:${ROLE})`,
  `kto (?:jest |bedzie |byl |to )?(?:nasz\\p{L}*|moj\\p{L}*|u nas)(?: \\p{L}+){0,2}? (?:${ROLE})`,
  `кто (?:у нас|наш\\p{L}*|мо(?:и|я|ем|еи))(?: \\p{L}+){0,2}? (?:${ROLE})`,
  // Who is on the team's shift or rota ("who's on the late shift rota tonight?", "kto ma dziś dyżur?", "кто сегодня
  // на смене?"): the articles name no one's hours.
  `who(?:['’]?s| is| are| was| will be)? (?:on|working|covering|doing)(?: the| our| my| tonight['’]?s| today['’]?s)?(?: (?:late|night|early|morning|evening|weekend|next|holiday))? (?:shift|rota|duty|call|cover)`,
  `who(?:['’]?s| is)? (?:on )?(?:the |our )?(?:rota|roster|schedule) (?:for )?(?:tonight|today|tomorrow|this week(?:end)?)`,
  `kto (?:ma |jest na |bedzie na |bierze )?(?:dzis |dzisiaj |jutro |dzisiejsz\\p{L}* |w weekend )?(?:nocn\\p{L}* |popoludniow\\p{L}* |ranna |poranna |weekendow\\p{L}* )?(?:dyzur\\p{L}*|zmian\\p{L}*)`,
  `kto (?:dzis |dzisiaj |jutro )?dyzuruje`,
  `кто (?:сегодня |завтра |сейчас )?(?:на |в )?(?:ночн\\p{L}* |вечерн\\p{L}* |утренн\\p{L}* )?(?:смене|дежурств\\p{L}*)`,
  `кто (?:сегодня |завтра |сейчас )?дежурит`,
]);

/**
 * What could be or what research says, not what the team had: "how many customers can we win back this year", "ile
 * klientów mamy szansę odzyskać w tym roku", "сколько клиентов мы можем вернуть", "…came in to complain last year
 * according to research". A published or possible figure is the entries' to give.
 */
const NOT_OWN_FIGURE = wholePhrases([
  '(?:can|could|will|would|might|may|should) (?:we|i|our team)|according to|research|studies|study|survey\\p{L}*|statistics',
  'mozemy|mozna|moglibysmy|bedziemy|mamy szans\\p{L}*|wedlug|badani\\p{L}*|badan|statystyk\\p{L}*|ankiet\\p{L}*',
  'можем|сможем|могли бы|можно|будем|по данным|согласно|исследовани\\p{L}*|статистик\\p{L}*|опрос\\p{L}*',
]);

/**
 * A sentence's end (its punctuation before a space or the end of the text), or a dash between the story and the ask
 * ("two bad experiences this quarter with our biggest account — after how many do loyal customers leave?").
 */
const SENTENCE_END = /(?<=[?!.;])\s+|\s[—–-]\s/u;

/** Letters the own-role and rota asks hold: who, kto, кто. */
const OWN_HINT = /who|kto|кто/iu;

/**
 * Whether the question asks the team's own figure for a period, or who holds a role in the team (see the module's
 * comment and OWN_ROLE).
 */
export function asksTeamFigure(question: string, folded?: string): boolean {
  if (OWN_HINT.test(question) && OWN_ROLE.test(folded ?? foldText(withoutDiscordMarkup(question))))
    return true;
  if (!HINT.test(question)) return false;
  const text = folded ?? foldText(withoutDiscordMarkup(question));
  if (!(PERIOD.test(text) || SPAN.test(text)) || ADVICE.test(text)) return false;
  // The asker's own number told ("we had 2,600 unhappy customers this quarter, how many will complain?") is the one
  // they will apply the article's figure to: the figure asked is the article's (own-quantities.ts).
  if (statesOwnQuantity(text)) return false;
  // What research says, anywhere in the message ("nasz NPS spadł w zeszłym miesiącu – co mówią badania?"): the
  // published figures are asked (the sentences are split at a dash too, so the clause alone would not tell it).
  if (NOT_OWN_FIGURE.test(text)) return false;
  return text
    .split(SENTENCE_END)
    .some(
      (sentence) =>
        (PERIOD.test(sentence) || (SPAN.test(sentence) && RUSSIAN_PAST.test(sentence))) &&
        MEASURE.test(sentence) &&
        OWNER.test(sentence) &&
        (VALUE_ASKED.test(sentence) || OWNER_FRAGMENT.test(sentence.trimStart())),
    );
}
