// The asker's own numbers told beside the ask: "we had 2,600 unhappy customers this quarter, how many will complain?",
// "if keeping a client costs us $100, what does a new one cost?", "mamy 2600 niezadowolonych klientów", "удержание
// обходится нам в 100 рублей", "a team of twenty", "из 500 клиентов". The asker will apply the article's figure to
// them; they are no figure the entry should state. Read as the question's figures, they ruled out the very statistic
// asked (round 37: "2,600 … how many will complain" declined at 0.002, though "1 in 26" answers it). They are left out
// of the figures the question is weighed by; their words still count.
// Hand-written: a few phrasings per language on folded text (no diacritics, й as и); no library tells the asker's
// numbers from the ones asked about.
import { withSpelledNumbers } from './number-words.js';
import { wholePhrases } from './word-bounds.js';

/** A number ("2,600", "2 000"; said in words, already digits), with an "about" before it. */
const QTY =
  '(?:(?:about|around|roughly|some|approx\\.?|nearly|almost|okolo|ok\\.|jakies|prawie|niemal|примерно|около|порядка|почти|где-то) )?(?:[$€£] ?)?(?:\\d[\\d ,.]*\\d|\\d)(?:k|к|tys\\.?|тыс\\.?)?';
/** Up to three words between ("this quarter", "w tym kwartale", "за квартал"). */
const FEW = '(?:[\\p{L}\\p{N}-]+ ){0,3}?';
/** What a team counts of its own: customers, complaints, tickets, calls, agents. */
const COUNTED_EN =
  '(?:[\\p{L}-]+ )?(?:customers|clients|users|subscribers|complaints|tickets|calls|callers|accounts|agents|people|staff|reps|operators|consultants|orders|chats|bookings|claims|applications|requests|cases|buyers|guests|patients|members|shoppers)';
const COUNTED_PL =
  '(?:[\\p{L}-]+ )?(?:klient\\p{L}*|skarg\\p{L}*|reklamacj\\p{L}*|zgloszen\\p{L}*|ticket\\p{L}*|polaczen\\p{L}*|osob\\p{L}*|konsultant\\p{L}*|agent\\p{L}*|pracownik\\p{L}*|abonent\\p{L}*|zamowien\\p{L}*|rozmow\\p{L}*|czat\\p{L}*|wniosk\\p{L}*|szkod\\p{L}*)';
const COUNTED_RU =
  '(?:[\\p{L}-]+ )?(?:клиент\\p{L}*|жалоб\\p{L}*|обращени\\p{L}*|тикет\\p{L}*|звонк\\p{L}*|оператор\\p{L}*|сотрудник\\p{L}*|человек|абонент\\p{L}*|покупател\\p{L}*|заказ\\p{L}*|чат\\p{L}*|заяв\\p{L}*)';
/** A currency after an amount. */
const CURRENCY =
  '(?: ?(?:\\$|usd|dollars?|eur|euros?|€|zl|pln|zlot\\p{L}*|złot\\p{L}*|rub\\p{L}*|руб\\p{L}*|доллар\\p{L}*|евро|злот\\p{L}*))?';

/**
 * The asker's own amounts of money: "costs us $100", "our first order is about $50", "kosztuje nas 100 zł",
 * "обходится нам в 100 рублей", "у нас 2 000 рублей".
 */
const AMOUNTS = [
  `(?:costs?|spends?|spent|pays?|paid) (?:us|me) ${QTY}${CURRENCY}`,
  `our ${FEW}(?:is|are|was|of) ${QTY}${CURRENCY}`,
  `(?:kosztuje|kosztowal\\p{L}*|wychodzi|placimy|wydajemy) (?:nas |nam )?${FEW}${QTY}${CURRENCY}`,
  `(?:обходится|обошлось|обошелся|стоит|тратим|платим) (?:нам )?${FEW}(?:в )?${QTY}${CURRENCY}`,
  `у нас ${FEW}${QTY} (?:руб\\p{L}*|доллар\\p{L}*|злот\\p{L}*|евро|\\$)`,
  // what the asker spends on winning or keeping a customer ("we spend roughly £120 to win a new customer and £20 to
  // keep one", "на привлечение уходит около 12к, на удержание примерно 5к"; round 132)
  `(?:we|i) (?:spend|spent|pay|paid|invest|invested|budget)(?: [\\p{L}-]+){0,2}? ${QTY}${CURRENCY}`,
  `[$€£] ?(?:\\d[\\d,.]*\\d|\\d)k? (?:to|on|per|for)(?= )`,
  `(?:уходит|тратим|тратится|выходит) ${FEW}${QTY}${CURRENCY}`,
  `(?:привлечени|удержани)\\p{L}* (?:[\\p{L}-]+ ){0,2}?${QTY}${CURRENCY}`,
  // one order's worth, of the asker's story: "an order of $40", "zamówienie za 40 zł", "заказ на 400 рублей"
  `(?:orders?|purchases?|baskets?) (?:of|worth|for) ${QTY}${CURRENCY}`,
  `(?:zamowieni\\p{L}*|zakup\\p{L}*|koszyk\\p{L}*) (?:za|na|o wartosci) ${QTY}${CURRENCY}`,
  `(?:заказ\\p{L}*|покупк\\p{L}*|чек\\p{L}*) (?:на|в) ${QTY}${CURRENCY}`,
];

/** A span of time in a unit (the number before it is QTY). */
const TIME_UNIT =
  '(?:hrs?|hours?|mins?|minutes?|godz\\p{L}*|min|minut\\p{L}*|час\\p{L}*|мин\\p{L}*|минут\\p{L}*)';

/**
 * The asker's own call or wait told in time (round 85: "had a caller on the line for nearly 2 hrs", "właśnie wyszedłem
 * z 3-godzinnego calla", "созвон затянулся на три часа", "ludzie wiszą po 15 min"): the span of their story, which
 * ruled out the 10-hour call asked about as a figure it lacks.
 */
const OWN_TIMES = [
  `(?:we|i|we've|i've|i was|we were|had|have|was on|been on|spent|finished)(?: [\\p{L}'’-]+){0,6}? (?:for|of) ${QTY} ?${TIME_UNIT}`,
  `(?:wyszedlem|wyszlam|mialem|mialam|mamy|mielismy|siedzialem|siedzialam|spedzilem|spedzilam|gadalem|gadalam|wisza|wisieli|czekaja|czekali)(?: [\\p{L}-]+){0,3}? (?:z |po |przez )?${QTY}[ -]?${TIME_UNIT}`,
  `(?:затянул\\p{L}*|растянул\\p{L}*|просидел\\p{L}*|провисел\\p{L}*|висят|висели|ждут|ждали) (?:[\\p{L}-]+ ){0,2}?(?:на |по )?${QTY} ${TIME_UNIT}`,
];

const OWN_QUANTITY_ALTERNATIVES = [
  ...AMOUNTS,
  ...OWN_TIMES,
  // the asker's own measure changed, from one value to another ("hold went from 2 to 6 min", "skoczył nam z 2 do 6
  // min", "выросло с 2 до 7 минут"; round 133)
  `(?:from|z|ze|od|с|со|ot|s) ${QTY} ?(?:${TIME_UNIT}|%)? ?(?:to|do|до) ${QTY}`,
  // English: "we had 2,600 unhappy customers", "had 300 complaints this week", "a team of twenty", "out of 500
  // customers", "our 3%"
  `(?:we|i)(?:'ve|’ve| have| had| got| lost| serve| served| handle| handled| see| saw| get| received?| do| did| process| processed| take| took| close| closed)(?: got)? ${FEW}${QTY} ${COUNTED_EN}`,
  `(?:had|have|got|lost) ${QTY} ${COUNTED_EN}`,
  `(?:team|staff|crew|department) of ${QTY}`,
  `out of (?:our |the |those |these )?${QTY}`,
  // a count of the asker's own sites or people ('1 of our 12 clinics', '2 z 15 naszych przychodni'; round 132)
  `${QTY} (?:of|out of) our ${QTY}`,
  `our ${QTY} ?%`,
  // a count of the period told ("this month 500 first-time buyers", "in March 9 complaints", "w październiku ok. 150
  // klientów", "за месяц 900 покупателей"; round 147): the team's month, no figure of the article
  `(?:(?:this|last|that) (?:month|week|quarter|year|shift)|in (?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4])),? ${FEW}${QTY} ${COUNTED_EN}`,
  `${QTY} ${COUNTED_EN} (?:this|last) (?:month|week|quarter|year)`,
  // Polish: "mamy w tym kwartale 2600 niezadowolonych klientów", "straciliśmy trzystu klientów", "zespół dwudziestu
  // osób", "z 500 klientów", "nasze 3%"
  `(?:mamy|mielismy|mam|mialem|mialam|stracilismy|stracilem|obslugujemy|obsluzylismy|dostalismy|dostajemy|przyjelismy|przyjmujemy|robimy|zrobilismy|odbieramy|odebralismy|zamykamy|zamknelismy) ${FEW}${QTY} ${COUNTED_PL}`,
  `zesp[oó]\\p{L}* ${FEW}${QTY} (?:osob|ludzi|konsultant\\p{L}*|agent\\p{L}*|pracownik\\p{L}*)`,
  `z ${QTY} ${COUNTED_PL}`,
  `${QTY} z ${QTY} nasz\\p{L}*`,
  `${QTY} z nasz\\p{L}* ${QTY}`,
  `nasz\\p{L}* ${QTY} ?%`,
  `(?:w (?:tym|zeszlym|ubieglym) (?:miesiacu|tygodniu|kwartale|roku)|w (?:styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|wrzesniu|pazdzierniku|listopadzie|grudniu)),? ${FEW}${QTY} ${COUNTED_PL}`,
  // Russian: "у нас примерно 1000 довольных клиентов", "потеряли триста клиентов", "команда из двадцати
  // операторов", "из 500 клиентов", "наши 3%"
  `у (?:нас|меня) ${FEW}${QTY} ${COUNTED_RU}`,
  `(?:потеряли|потерял|имеем|обслуживаем|получили|получаем|приняли|принимаем|делаем|закрываем|закрыли) ${FEW}${QTY} ${COUNTED_RU}`,
  `команд\\p{L}* (?:из )?${QTY}`,
  `из ${QTY} ${COUNTED_RU}`,
  `${QTY} из (?:${QTY} наш\\p{L}*|наш\\p{L}* ${QTY})`,
  `наш\\p{L}* ${QTY} ?%`,
  `(?:за (?:месяц|неделю|квартал|год|смену|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)|в (?:этом|прошлом) (?:месяце|квартале|году)),? ${FEW}${QTY} ${COUNTED_RU}`,
];
const OWN_QUANTITY = wholePhrases(OWN_QUANTITY_ALTERNATIVES, 'gu');
/** The same, for a yes or no (a global pattern's `test` would keep its place between calls). */
const ANY_OWN_QUANTITY = wholePhrases(OWN_QUANTITY_ALTERNATIVES);

const OWN_AMOUNT = wholePhrases(AMOUNTS);

/**
 * Whether the folded question tells an amount of money of the asker's own: a cost asked beside it ("costs us $100,
 * what does a new one cost?") asks the article's ratio to apply to it, not an amount the entry must state.
 */
export function statesOwnAmount(folded: string): boolean {
  return /\d/.test(folded) && OWN_AMOUNT.test(folded);
}

/**
 * The folded question without the asker's own quantities, for the figures it is weighed by; numbers said in words are
 * digits in it ("trzystu klientów" is "300 klientów"), as figuresIn reads them.
 */
export function withoutOwnQuantities(folded: string): string {
  const spelled = withSpelledNumbers(folded);
  // Every phrasing holds a number: most questions have none.
  if (!/\d/.test(spelled)) return folded;
  return spelled.replace(OWN_QUANTITY, ' ');
}

/** Whether the folded question tells one of the asker's own quantities (see withoutOwnQuantities). */
export function statesOwnQuantity(folded: string): boolean {
  const spelled = withSpelledNumbers(folded);
  return /\d/.test(spelled) && ANY_OWN_QUANTITY.test(spelled);
}
