// A norm's line asked as a number: the longest acceptable hold ("what max hold time is acceptable, like in seconds?",
// "ile max minut klient może czekać", "максимальное время ожидания"), the score that makes a promoter ("od ilu
// punktów", "с какого балла"), the ring to pick up by ("до какого гудка"). Only an entry stating such a number answers
// it: a tip or a metric telling why waiting matters gives no line, and answering with it (rounds 63–71: the waiting-time
// metric at 0.65, the NPS tip at 0.47) is a confident wrong answer. Read as a duration or a count asked (see
// asked-attributes.ts), which an entry without one cannot give.
// Hand-written: a few phrasings per language on folded text; no library reads that a norm's number is asked.
import type { AskPhrasings } from './asked-values.js';
import { wholePhrases } from './word-bounds.js';

/** Words that make a time the line not to cross: max, acceptable, target, norm. */
const LIMIT_EN = '(?:max|maximum|acceptable|longest|target|ideal|expected|reasonable|decent|good|standard)';
const LIMIT_PL =
  '(?:max|maksymaln\\p{L}*|dopuszczaln\\p{L}*|akceptowaln\\p{L}*|docelow\\p{L}*|idealn\\p{L}*|przyzwoit\\p{L}*|rozsadn\\p{L}*|dobr\\p{L}*)';
const LIMIT_RU =
  '(?:максимальн\\p{L}*|допустим\\p{L}*|приемлем\\p{L}*|нормальн\\p{L}*|целев\\p{L}*|идеальн\\p{L}*|хорош\\p{L}*)';
/** What is waited for or timed: a hold, a wait, a queue, a first reply. */
const TIMED_EN = '(?:hold|wait|waiting|queue|response|reply|answer|pick[- ]?up)';
const TIMED_PL = '(?:czekania|oczekiwania|odpowiedzi|reakcji|odebrania)';
const TIMED_RU = '(?:ожидания|ответа|реакции)';
/** A unit named at the ask's end or before a comma: "like in seconds?", "w godzinach,", "в минутах?". */
const UNIT_ASKED = '(?= *(?:[?,]|$))';

export const THRESHOLD_ASKS: AskPhrasings[] = [
  {
    value: 'duration',
    gate: 'sla service handle handling hold wait waiting response reply max maxi* maks* acce* dopu* akce* long* targ* idea* expe* reas* dece* good* stan* doce* przy* rozs* dobr* допу* прие* норм* целе* идеа* хоро* seconds minutes hours sekundach minutach godzinach секундах минутах часах сколько',
    pattern: wholePhrases([
      `${LIMIT_EN} (?:first )?${TIMED_EN} times?`,
      `${LIMIT_PL} czas\\p{L}* (?:\\p{L}+ )?${TIMED_PL}`,
      `czas\\p{L}* ${TIMED_PL} (?:\\p{L}+ ){0,4}?(?:(?:uzna\\p{L}*|uwaza\\p{L}*) (?:sie )?(?:\\p{L}+ ){0,5}?za|jest) ${LIMIT_PL}`,
      `${LIMIT_RU} (?:время|срок) (?:\\p{L}+ )?${TIMED_RU}`,
      'норм\\p{L}* (?:по )?времени',
      // not "a quote about losing a customer in seconds": the unit asked stands apart ("like in seconds?", "— in minutes?",
      // "emails, in minutes or hours?"; the comma is looked behind, as a word's end comes before it)
      `(?:(?:like|say|roughly|ideally|preferably) |(?<=[,—–-] ?))in (?:seconds|minutes|hours)(?: or (?:seconds|minutes|hours|days))?${UNIT_ASKED}`,
      `w (?:sekundach|minutach|godzinach)(?: (?:albo|czy|lub) (?:sekundach|minutach|godzinach|dniach))?${UNIT_ASKED}`,
      `в (?:секундах|минутах|часах)(?: (?:или|либо) (?:секундах|минутах|часах|днях))?${UNIT_ASKED}`,
      'ile max(?:ymalnie)? (?:minut|sekund|godzin)',
      // a target named after the time ("the average handle time target"), or an SLA on replies ("SLA for first
      // response on email tickets", "SLA na pierwszą odpowiedź", "SLA по первому ответу"; rounds 62 and 70)
      // …not the asker's own, named as the reason of a choice ("cut it short for our handle time target"; round 131)
      '(?<!for (?:our|my|the|their|team) (?:\\p{L}+ )?)(?:handle|handling|hold|wait|waiting|response|reply) time (?:target|goal|limit|norm|benchmark|standard)s?',
      '(?:sla|service level(?: agreement)?) (?:\\p{L}+ ){0,2}?(?:for|on|dla|na|по|для) (?:\\p{L}+ ){0,2}?(?:response|reply|answer|odpowiedz\\p{L}*|ответ\\p{L}*)',
      'сколько (?:максимум )?(?:минут|секунд|часов) (?:\\p{L}+ ){0,3}?(?:может|можно|допустимо|нормально)',
    ]),
  },
  {
    value: 'count',
    gate: 'score scores point points rating ring rings punk* ocen* sygn* dzwo* балл* гудк* гудо*',
    pattern: wholePhrases([
      // the score that puts someone in a group: "what score counts as a promoter", "from what score"
      'what (?:score|rating|number|points?) (?:\\p{L}+ ){0,2}?(?:counts?|makes?|qualif\\p{L}*|is considered|means)',
      '(?:from|above|over|at|below|under) (?:what|which) (?:score|rating)',
      '(?:which|what) ring',
      '(?:after|within|by|before) how many rings',
      '(?:od|do|przy|po|powyzej|ponizej) (?:ilu|jakiej liczby|jakiej oceny|ktorym|ktorego|jakim) (?:punkt\\p{L}*|pkt|sygnal\\p{L}*|dzwonk\\p{L}*)',
      '(?:с|от|до|после|на) (?:какого|скольки|скольких|каком|котором) (?:балл\\p{L}*|гудк\\p{L}*|гудке)',
    ]),
  },
];
