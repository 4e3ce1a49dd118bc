// What a company or a person did after the story an entry tells: how it responded, apologised, compensated or
// rewarded someone, whether someone was fired, promoted or resigned ("how did Comcast respond to the recording",
// "czy Zappos nagrodził konsultanta", "как Delta компенсировала пассажирам", "извинился ли Comcast"). A story entry tells
// what happened, not what came of it, unless its text says so (a response, an apology, a payout...); a tip, a
// definition or a quote tells no company's response (see stated-details.ts). "How did it end" is no sequel asked: how a
// story ended (the losses, the cancellations) is what the case itself tells.
// Hand-written: a few phrasings per language on folded text; no library reads that a question asks a story's sequel.
import { wholePhrases } from './word-bounds.js';

/** A whole-phrase match over folded text (`\b` knows only ASCII letters in JavaScript, so lookarounds). */
function phrases(...alternatives: string[]): RegExp {
  return wholePhrases(alternatives);
}

/** Up to four words (the company, "Zappos's management", "потом") between the asking word and its verb. */
const FEW = "(?:[\\p{L}\\p{N}'’-]+ ){0,4}?";
/**
 * Not when customers or the asker are who reacted ("how did customers react", "jak zareagowali klienci", "как клиенты
 * отреагировали"): a finding about customers tells that, and advice is asked of "we". Nor when a work says it ("what
 * did that guide say we should record after a follow-up contact": its advice; round 70).
 */
const NOT_CUSTOMERS =
  "(?!(?:[\\p{L}'’-]+ ){0,2}?(?:customers?|clients?|consumers?|people|users?|callers?|shoppers?|buyers?|they|we|you|i|guides?|articles?|posts?|texts?|columns?|blogs?|faqs?|pieces?|klien\\p{L}*|konsumen\\p{L}*|ludzie|uzytkownic\\p{L}*|my|wy|oni|клиент\\p{L}*|потребител\\p{L}*|люди|пользовател\\p{L}*|покупател\\p{L}*|мы|вы|они|я)(?![\\p{L}\\p{N}]))";

/** A reward a person may receive after a story: a bonus, a raise, a promotion, an award. */
const REWARD_EN = '(?:bonus(?:es)?|raises?|pay rise|promotions?|rewards?|awards?|prizes?)(?![\\p{L}\\p{N}])';
const REWARD_PL = '(?:premi|nagrod|bonus|podwyzk|awans)\\p{L}*';
const REWARD_RU = '(?:преми|наград|бонус|прибавк|повышени|поощрени)\\p{L}*';

/** English: the sequel asked with "how did / what did / did", or a response verb in the past. */
const EN = [
  `how did ${NOT_CUSTOMERS}${FEW}(?:respond|react|reply|make (?:it|this|that|things|amends) ?(?:up|right)?|compensate|reward|thank|apologi[sz]e|punish|discipline|recover)`,
  `what did ${NOT_CUSTOMERS}${FEW}(?:do|say|offer|give|change|automate|automatize|digiti[sz]e)(?: [\\p{L}\\p{N}'’-]+){0,4}? (?:after|afterwards|later|next|then|publicly|in response|in return|to (?:make (?:it|this|that) up|reward|compensate|apologi[sz]e|thank|fix (?:it|things)))`,
  `did ${NOT_CUSTOMERS}${FEW}(?:ever )?(?:apologi[sz]e|compensate|reward|refund|fire|sack|punish|discipline|sue|settle|resign|step down|respond|react|get (?:fired|sacked|promoted|punished|disciplined|rewarded|compensated|refunded|(?:[\\p{L}'’-]+ ){0,3}?(?:bonus(?:es)?|raises?|promotions?|rewards?|awards?|refunds?|vouchers?|compensation|money)))`,
  `(?:was|were) (?:the |that |this )?(?:[\\p{L}'’-]+ ){0,2}?(?:agent|rep|employee|operator|ceo|manager|staffer|worker|guy)s? (?:ever )?(?:fired|sacked|promoted|punished|disciplined|rewarded|praised)`,
  // what a company changed after its story, its rules or its systems ("What did United change in its overbooking and
  // boarding rules after…", "after delta's 2016 meltdown what did they actually change in their IT?"; round 134)
  `what did ${NOT_CUSTOMERS}${FEW}(?:actually |really )?(?:change|automate|automatize|digiti[sz]e)(?: [\\p{L}\\p{N}'’-]+){0,7}? (?:after|afterwards|since)`,
  "after (?:[\\p{L}\\p{N}'’-]+ ){1,5}?(?:meltdown|outage|incident|scandal|story|case|affair|crash|fiasco|disaster|mess)\\p{L}*,? (?:what|how) did (?:they|it|[\\p{L}'’-]+) (?:actually |really )?(?:change|fix)",
  // "did United change its policies after the passenger-dragging video?" (round 135)
  // …or capped, limited, stopped ("did zappos ever cap call length after that 10 hour call?"; round 136)
  `did ${NOT_CUSTOMERS}${FEW}(?:ever |actually |really )?(?:change|cap|limit|ban|stop|drop|scrap|end) (?:its|their|the|any|how|what|call|calls)(?: [\\p{L}\\p{N}'’-]+){0,5}? after`,
  // "what did Comcast do about it?" (round 98)
  `what did ${NOT_CUSTOMERS}${FEW}do about (?:it|this|that)`,
  // the sequel guessed ("what did the company do? fire the agent, apologise publicly?"; round 88)
  // and the sequel claimed ("heard Comcast fired the agent who…, is that true?"; round 145)
  "(?:fired?|sack(?:ed)?|disciplined?|punish(?:ed)?) (?:the|that|this|its|their) (?:[\\p{L}'’-]+ )?(?:agent|rep|employee|operator|guy|staffer|worker|ceo|chief executive|boss)",
  // a payout or a sale claimed ("heard Comcast ended up paying Ryan Block compensation", "Zappos was bought by Amazon";
  // round 150)
  "(?:paying|paid|pays)(?: out)? (?:[\\p{L}'’-]+ ){0,3}?(?:compensation|damages|a settlement|a payout)|(?:bought|acquired|taken over) by",
  // what the wronged person was paid ("how much did he get paid in the setlement??"; round 153)
  '(?:get|got|was|were|been) paid (?:in|as|for|by) (?:the |a |any )?(?:settlement|setlement|compensation|damages|payout)',
  'apologi[sz]e publicly|(?:a |any )?public apology',
  // past forms that tell a sequel wherever they stand (not "rewarded": "should good work be rewarded" asks advice)
  // (not a claim doubted: "sounds made up to me"; round 145)
  'apologi[sz]ed|reimbursed|resigned|stepped down|made it up to|made up to(?! (?:me|us)(?![\\p{L}]))',
  `what happened (?:to|with) (?:the |that |this )?(?:[\\p{L}'’-]+ ){0,2}?(?:agent|rep|employee|operator|ceo|staffer|worker)s?(?![\\p{L}\\p{N}]) ${FEW}(?:after|afterwards|later|then|next)`,
  "what became of (?:the |that |this )?(?:[\\p{L}'’-]+ ){0,2}?(?:agent|rep|employee|operator|ceo)",
  // a reward received, asked of the person ("was the rep given a raise", "he got a bonus?")
  `(?:was|were) ${NOT_CUSTOMERS}(?:[\\p{L}\\p{N}'’-]+ ){0,10}?(?:given|awarded|paid|offered|handed) (?:[\\p{L}'’-]+ ){0,2}?${REWARD_EN}`,
  `(?<!(?:^|[.!?,;:] ?)(?:i|we)(?: just| recently|['’]ve| have)? )(?:got|received|earned|gets|receives) (?:a |an |any |some )?(?:[\\p{L}'’-]+ )?${REWARD_EN}`,
  // a payout received by the wronged person ("did the guy dragged off the plane ever get any compensation"; round 68)
  `(?:got|get|received|receive|gets|receives) (?:a |an |any |some )?(?:[\\p{L}'’-]+ )?(?:compensation|damages|payout|settlement)`,
  // a payout to the wronged person ("how much did United end up paying the passenger", "what compensation did he get")
  `how much (?:did|does|has|had|was|were|will) ${NOT_CUSTOMERS}${FEW}(?:end up |have to |had to |agree to |get to )?(?:pay|paying|paid|give|giving|offer|offering|hand|award|awarding|compensat\\p{L}*)(?: out)? (?:to )?(?:the|that|this|a|an|him|her|them|each|every|his|their)`,
  `how much (?:compensation|damages|in damages|as compensation|settlement|payout)`,
  // "what did united pay the passenger they dragged off the plane in the end" (round 121)
  `what did ${NOT_CUSTOMERS}${FEW}(?:end up )?(?:pay|give|offer|award)(?: out)? (?:to )?(?:the|that|this|him|her|them|his|their) (?:\\p{L}+ )?(?:passenger|customer|guy|man|woman|victim|family|caller|client)s?`,
  // "did Comcast end up paying Ryan Block anything?"
  `did ${NOT_CUSTOMERS}${FEW}end up (?:paying|giving|offering|refunding|compensating|firing|sacking)`,
  // what a company spent or invested afterwards ("how much did Delta end up investing in new IT systems?")
  `(?:how much|what) (?:money )?(?:did|has|had) ${NOT_CUSTOMERS}${FEW}(?:end up |go on to |later |then )?(?:invest|investing|spend|spending|put)(?: [\\p{L}\\p{N}'’-]+){0,3}? (?:in|into|on)`,
  // not "what were the damages" alone: a story's damage is its losses, which the case tells (round 63)
  `(?:what|which|how big|how large) (?:was |were |is )?(?:the |a |any )?(?:compensation|payout|settlement|damages(?= (?:paid|awarded|to|for|did|they)))`,
  `(?:what|which) (?:compensation|payout|settlement|damages) (?:did|does|was|were)`,
];

/** Polish (folded: ł is l, no diacritics). */
const PL = [
  `jak ${NOT_CUSTOMERS}${FEW}(?:zareagowal\\p{L}*|odpowiedzial\\p{L}*|przeprosil\\p{L}*|zrekompensowal\\p{L}*|wynagrodzil\\p{L}*|nagrodzil\\p{L}*|ukaral\\p{L}*|podziekowal\\p{L}*|zadoscuczynil\\p{L}*|odniosl\\p{L}* sie|sie (?:potem |pozniej |publicznie )?tlumaczyl\\p{L}*)`,
  `czy ${NOT_CUSTOMERS}${FEW}(?:kiedykolwiek )?(?:przeprosil\\p{L}*|nagrodzil\\p{L}*|nagrodzon\\p{L}*|wynagrodzil\\p{L}*|ukaral\\p{L}*|ukaran\\p{L}*|awansowal\\p{L}*|awansowan\\p{L}*|zrekompensowal\\p{L}*|zareagowal\\p{L}*|odpowiedzial\\p{L}*|podal\\p{L}* sie do dymisji|dostal\\p{L}* (?:\\p{L}+ )?(?:premi\\p{L}*|nagrod\\p{L}*|awans\\p{L}*|podwyzk\\p{L}*|odszkodowani\\p{L}*|rekompensat\\p{L}*|zwrot\\p{L}*|bon\\p{L}*|voucher\\p{L}*))`,
  `co ${NOT_CUSTOMERS}${FEW}(?:zrobil\\p{L}*|zaoferowal\\p{L}*|dal\\p{L}*|powiedzial\\p{L}*|zmienil\\p{L}*|zautomatyzowal\\p{L}*|oglosil\\p{L}*)(?: [\\p{L}\\p{N}-]+){0,4}? (?:po|potem|pozniej|nastepnie|w odpowiedzi|w zamian|publicznie|zeby (?:wynagrodzi|przeprosi|zrekompensowa|nagrodzi|naprawi)\\p{L}*)`,
  // "czy comcast po tej aferze z Ryanem Blockiem zmienił proces anulowania?" (round 134)
  'czy (?:\\p{L}+ ){0,2}?po (?:\\p{L}+ ){0,5}?(?:zmienil|poprawil|naprawil|wprowadzil)\\p{L}*',
  // not the asker's own apology ("już go przeprosiłam, co jeszcze?"; round 97)
  '(?:przeprosil|zrekompensowal|nagrodzil|wynagrodzil|zadoscuczynil)(?!(?:am|em|ismy|ysmy)(?!\\p{L}))\\p{L}*|podal\\p{L}* sie do dymisji',
  `zwolni(?:l|la|li|ono|ony) (?:\\p{L}+ ){0,2}?(?:konsultant|agent|pracownik|pracownic|operator|prezes)\\p{L}*`,
  // fired, said plainly: "czy w końcu wyleciał z roboty?", "stracił pracę", "вылетел с работы" (round 89)
  '(?:wylecial\\p{L}*|wywalili (?:go|ja)) z (?:roboty|pracy)|stracil\\p{L}* (?:prace|robote)|вылетел\\p{L}* с работы|потерял\\p{L}* работу',
  // the object first: "czy tego konsultanta potem zwolnili?" (round 64)
  `(?:konsultant|agent|pracownik|pracownic|operator|prezes)\\p{L}* (?:\\p{L}+ ){0,2}?zwolni(?:l|la|li|ono|ony)(?![\\p{L}])`,
  'co sie stalo z (?:tym |tamtym |owym )?(?:konsultant|agent|pracownik|operator|prezes)\\p{L}*',
  '(?:czy )?(?:go|ja|ich) (?:potem |w koncu |pozniej |od razu )?zwolni(?:l|la|li|ono)',
  // a reward received, in either order, with or without "czy" ("dostał jakąś nagrodę?", "premię dostał?")
  // not the asker's own ("Dostałam awans na koordynatorkę"; round 89)
  `(?:dostal|otrzymal|zgarnal)(?!am|em|ysmy|ismy)\\p{L}* (?:\\p{L}+ ){0,2}?${REWARD_PL}`,
  `${REWARD_PL} (?:\\p{L}+ ){0,2}?(?:dostal|otrzymal|zgarnal)\\p{L}*`,
  // a payout received by the wronged person ("czy tamten facet… dostał w końcu jakieś odszkodowanie"; round 68)
  `(?:dostal|otrzymal|wywalczyl|zgarnal)\\p{L}* (?:\\p{L}+ ){0,3}?(?:odszkodowani|rekompensat|zadoscuczynieni)\\p{L}*`,
  // what a company spent or invested afterwards ("ile Delta potem zainwestowała w nowe systemy")
  `ile ${FEW}(?:potem |pozniej |nastepnie )?(?:zainwestowal\\p{L}*|wydal\\p{L}*|wlozyl\\p{L}*)(?: [\\p{L}\\p{N}-]+){0,3}? (?:w|na)`,
  `(?:dali|dala|dal|dostal|przyznal\\p{L}*|przyznano) (?:mu|jej|im) (?:\\p{L}+ )?${REWARD_PL}`,
  // a payout to the wronged person ("ile United zapłaciły temu pasażerowi", "jakie odszkodowanie dostał")
  `ile ${NOT_CUSTOMERS}${FEW}(?:w koncu |ostatecznie |musial\\p{L}* |musialy )?(?:zaplacil\\p{L}*|zaplacic|wyplacil\\p{L}*|wyplacic|dal\\p{L}*|dostal\\p{L}*|otrzymal\\p{L}*) (?:\\p{L}+ ){0,2}?(?:pasazer\\p{L}*|poszkodowan\\p{L}*|odszkodowani\\p{L}*|zadoscuczynieni\\p{L}*|rekompensat\\p{L}*|temu|tej|mu|jej|im)`,
  '(?:jakie|jaka|ile wynosil\\p{L}*|ile wynioslo|ile wyniosla|wysokosc\\p{L}*) (?:\\p{L}+ )?(?:odszkodowani\\p{L}*|rekompensat\\p{L}*|zadoscuczynieni\\p{L}*|ugod\\p{L}*)',
  // a payout or a sale claimed ("Comcast wypłacił mu odszkodowanie", "Zappos został kupiony przez Amazona"; round 150)
  '(?:wyplacil|zaplacil)\\p{L}* (?:\\p{L}+ ){0,3}?(?:odszkodowani|rekompensat|zadoscuczynieni)\\p{L}*|(?:kupion|przejet)\\p{L}* (?:\\p{L}+ ){0,2}?przez',
  // a settlement reached ("czy United zawarło ugodę z pasażerem"; round 101)
  '(?:zawarl|zawiera|podpisal)\\p{L}* (?:\\p{L}+ )?ugod\\p{L}*|ugod\\p{L}* z (?:\\p{L}+ )?(?:pasazer|klient|poszkodowan)\\p{L}*',
];

/** Russian (folded: ё is е, й is и); Russian typed in Latin letters is read in Cyrillic first (translit-question.ts). */
const RU = [
  // what a company spent or invested afterwards ("сколько Delta потом вложила в новые системы")
  `сколько ${FEW}(?:потом |после этого |затем )?(?:вложил\\p{L}*|инвестировал\\p{L}*|потратил\\p{L}*)(?: [\\p{L}\\p{N}-]+){0,3}? (?:в|на)`,
  `как ${NOT_CUSTOMERS}${FEW}(?:отреагировал\\p{L}*|ответил\\p{L}*|извинил\\p{L}*|компенсировал\\p{L}*|возместил\\p{L}*|наградил\\p{L}*|поощрил\\p{L}*|премировал\\p{L}*|наказал\\p{L}*|отблагодарил\\p{L}*|загладил\\p{L}*)`,
  // not "отреагировал" alone: "как клиенты отреагировали" tells a finding about customers
  'извинил\\p{L}*|наградил\\p{L}*|награжден\\p{L}*|премировал\\p{L}*|наказал\\p{L}*|наказан\\p{L}*|компенсировал\\p{L}*|возместил\\p{L}*|отреагировал\\p{L}* ли|ушел в отставку|подал\\p{L}* в суд',
  `что ${NOT_CUSTOMERS}${FEW}(?:сделал\\p{L}*|предложил\\p{L}*|сказал\\p{L}*|заявил\\p{L}*|изменил\\p{L}*|автоматизировал\\p{L}*|поменял\\p{L}*|дал\\p{L}*|дали)(?: [\\p{L}\\p{N}-]+){0,4}? (?:после|потом|затем|в ответ|публично|в качестве|чтобы (?:наградить|компенсировать|извиниться|загладить))`,
  'что (?:стало|случилось|было) (?:потом |дальше )?с (?:тем |этим )?(?:оператор|сотрудник|агент|работник|директор)\\p{L}*',
  // the rules changed after the story ("United после истории с пассажиром… поменяли правила овербукинга?"; round 134)
  '(?:после|posle) (?:[\\p{L}\\p{N},-]+ ){1,8}?(?:поменял|изменил)\\p{L}* (?:ли )?(?:\\p{L}+ )?(?:правил|процесс|политик|регламент|порядок|систем)\\p{L}*',
  // what was cancelled or banned after it ("…или после того рекорда это отменили?"; round 136)
  '(?:после|posle) (?:того |этого )?(?:[\\p{L}\\p{N},-]+ ){0,3}?(?:это |их |его )?(?:отменил|запретил|ограничил)\\p{L}*',
  // the one fired may be the head ("United уволила своего CEO"; round 150)
  `уволили ли|уволил\\p{L}* (?:\\p{L}+ ){0,2}?(?:оператор|сотрудник|агент|работник|ceo|директор|гендиректор|руководител)\\p{L}*`,
  // a payout or a sale claimed ("Comcast выплатил ему компенсацию", "Zappos был куплен Amazon"; round 150)
  '(?:выплатил|заплатил)\\p{L}* (?:\\p{L}+ ){0,3}?(?:компенсаци|возмещени)\\p{L}*|(?:куплен|поглощен|выкуплен)\\p{L}*',
  // what the wronged person got in the end ("что в итоге получил тот пассажир…, какую сумму?"; round 153)
  '(?:что|сколько) (?:\\p{L}+ ){0,2}?получил\\p{L}* (?:\\p{L}+ ){0,2}?(?:пассажир|пострадавш|мужчин|клиент)\\p{L}*',
  // the other order, and money given back ("агента уволили?", "ему в итоге вернули деньги?")
  `(?:оператор|сотрудник|агент|работник)\\p{L}* (?:\\p{L}+ )?уволили`,
  // a pronoun for the one fired ("Его уволили, компания публично извинялась?"; round 66)
  '(?:его|ее|их) (?:потом |в итоге |после этого |сразу )?уволили',
  'вернули (?:ли )?(?:\\p{L}+ ){0,2}?деньги',
  // a reward received, in either order ("получил ли он премию", "премию ему дали?", "дали ли бонус")
  `(?:получил|заработал|выдали|дали|выплатили|выписали)\\p{L}* (?:ли )?(?:\\p{L}+ ){0,3}?${REWARD_RU}`,
  `${REWARD_RU} (?:ли )?(?:\\p{L}+ ){0,2}?(?:получил|дали|выдали|выплатили|выписали)\\p{L}*`,
  'поощрили ли|повысили ли',
  // a payout received by the wronged person ("получил ли он в итоге компенсацию"; round 68)
  `(?:получил|выплатили|дали|выбил)\\p{L}* (?:ли )?(?:\\p{L}+ ){0,3}?(?:компенсаци|возмещени)\\p{L}*`,
  // a payout to the wronged person ("сколько United заплатила пассажиру", "какую компенсацию он получил")
  `сколько ${NOT_CUSTOMERS}${FEW}(?:в итоге |в конце концов |пришлось )?(?:заплатил\\p{L}*|заплатить|выплатил\\p{L}*|выплатить|отдал\\p{L}*|получил\\p{L}*) (?:\\p{L}+ ){0,2}?(?:пассажир\\p{L}*|пострадавш\\p{L}*|компенсаци\\p{L}*|возмещени\\p{L}*|ему|еи|им|тому|тои)`,
  '(?:какую|какая|какой|каков\\p{L}*|размер\\p{L}*|сумм\\p{L}*) (?:\\p{L}+ )?(?:компенсаци\\p{L}*|возмещени\\p{L}*|выплат\\p{L}*|мирового соглашения)',
  // the wronged person named by a pronoun first ("сколько ему в итоге выплатили?"; round 120)
  'сколько (?:ему|еи|им|тому|тои) (?:в итоге |в конце концов |потом )?(?:заплатил\\p{L}*|выплатил\\p{L}*|дали|отдал\\p{L}*|вернул\\p{L}*)',
];

/** The sequel asked (see the module's comment), on folded text. */
export const AFTERMATH_ASKED = phrases(...EN, ...PL, ...RU);

/** Letters one of the phrasings above holds, on the text as typed: most questions are passed over by this alone. */
export const AFTERMATH_HINT = [
  'respond|react|repl|make|made|compensat|reward|thank|apolog|punish|disciplin|recover|refund|fire|sack|sue|settle',
  'pay|payout|damages|bought|acquired|taken over|kupion|przejęt|przejet|куплен|поглощ|выкуплен|zapłac|zaplac|wypłac|wypłać|wyplac|odszkod|rekompens|ugod|заплат|выплат|компенсац|возмещ|соглашен|урегулир',
  'invest|spen|zainwest|wydał|wydal|włoży|wlozy|вложил|инвест|потрат',
  'bonus|raise|award|voucher|money|given|paid|offered|handed|got|receiv|earn|prize',
  'automat|zautomatyz|автоматиз|resign|step|promot|reimburs|prais|end|after|later|next|then|public|in re|happened|became',
  'zareag|odpowiedzia|przepro|zrekomp|wynagr|nagrod|ukara|podzięk|podziek|zadość|zadosc|odnió|odnio|awans',
  'dymisj|dostał|dostal|otrzyma|zgarn|premi|przyzna|podwyż|podwyz|zrobi|zaoferow|powiedzia|zmieni|ogłosi|oglosi|zwolni|wylecia|wylecial|stracil|stracił|вылетел|потерял|stało|stalo|skończ|skoncz|zakończ|zakoncz',
  'отреаг|ответил|извин|компенс|возмест|наград|поощр|преми|наказ|отблагод|заглад|отставк|в суд|сделал|предложил',
  'сказал|заявил|изменил|поменял|отменил|запретил|ограничил|дал|стало|случилось|уволи|кончил|получил|заработал|выдали|выплат|выписал|бонус|прибавк|повыси|вернули',
].join('|');

/**
 * A response told: someone responded, apologised, paid, was fired or rewarded ("Comcast apologised", "przeprosił",
 * "выплатила компенсацию"), on the folded text of a story entry.
 */
export const AFTERMATH_TOLD = phrases(
  'respond\\p{L}*|reacted|reaction|apologi\\p{L}*|compensat\\p{L}*|reward\\p{L}*|fired|sacked|promot\\p{L}*|punish\\p{L}*|settle\\p{L}*|refund\\p{L}*|sued|resign\\p{L}*|payout\\p{L}*',
  'zareagowa\\p{L}*|odpowiedzia\\p{L}*|reakcj\\p{L}*|przeprosi\\p{L}*|rekompensat\\p{L}*|odszkodowa\\p{L}*|nagrod\\p{L}*|wynagrodzi\\p{L}*|zwolnion\\p{L}*|zwolnil\\p{L}*|ukara\\p{L}*|awans\\p{L}*|ugod\\p{L}*|dymisj\\p{L}*',
  'отреагир\\p{L}*|реакци\\p{L}*|ответил\\p{L}*|извин\\p{L}*|компенс\\p{L}*|возмест\\p{L}*|наград\\p{L}*|премир\\p{L}*|уволи\\p{L}*|уволен\\p{L}*|наказа\\p{L}*|отставк\\p{L}*|суд\\p{L}*',
);
