// How many people a customer tells asked ("how many people does an unhappy customer tell", "ilu osobom opowie
// zadowolony klient", "скольким знакомым расскажет недовольный клиент"): only an entry stating a count of the people
// told answers it (15 people, six others). The entries beside it on word of mouth state another figure: a share of
// customers who tell many (13 % tell 15 or more), a ratio (twice as many tell of bad service), customers lost (one
// badly served costs ten); their words match the ask as well, so they are ruled out (`detailMissing`, via
// beside-asks.ts). A count of people counts the people told when it stands in a clause without a share: "72 % of
// well-served customers talk about a brand, but they tell at most six people" states six; "13 % of dissatisfied
// customers tell 15 or more people" states a share.
// Hand-written: a few phrasings per language on folded text; no library reads whom a count counts.
import { figureIn, LANGS, type Entry } from '../kb/schema.js';
import { foldText } from './normalize.js';
import { wholePhrases } from './word-bounds.js';

/** The people told, as an ask names them (English, Polish dative, Russian dative). */
const TOLD_EN = '(?:other )?(?:people|ppl|persons|friends|others|folks|acquaintances|contacts)';
const TOLD_PL = '(?:osobom|ludziom|znajomym|kumplom|przyjaciolom|innym|kolegom|sasiadom)';
const TOLD_RU = '(?:людям|знакомым|друзьям|человекам|другим|приятелям|соседям)';
/** Verbs of telling others, in the question (any form). */
const TELLING_EN =
  '(?:tell|warn|badmouth|bad-mouth|trash-talk|praise|recommend (?:us|it|the company|the brand)|complain to|vent to|mention (?:it|us)|spread (?:it|the word))';

const ASKED = wholePhrases([
  // how many people does an unhappy customer tell / will a pleased client praise us to
  `how many ${TOLD_EN}(?: [\\p{L}'’-]+){0,2}? (?:does|do|did|will|would|can|could|might|may|is|are)(?: [\\p{L}'’-]+){1,6}? ${TELLING_EN}`,
  // how many people hear about a bad experience
  `how many ${TOLD_EN} (?:will |would |might |get to |actually )?(?:hear|hears|learn|find out)`,
  // tells how many people
  `(?:tell|tells|warn|warns) how many ${TOLD_EN}`,
  // ilu osobom opowie, ile osobom mówi, ilu znajomym zadowolony klient poleci
  `il[eu] (?:\\p{L}+ )?${TOLD_PL}(?: \\p{L}+){0,6}? (?:\\p{L}*opowi\\p{L}*|rozpowi\\p{L}*|powie|powiedz\\p{L}*|mowi\\p{L}*|gada\\p{L}*|chwal\\p{L}*|pochwal\\p{L}*|obgad\\p{L}*|naskarz\\p{L}*|skarz\\p{L}*|polec\\p{L}*|wspomn\\p{L}*|przekaz\\p{L}*|ostrzez\\p{L}*)`,
  `(?:\\p{L}*opowi\\p{L}*|rozpowi\\p{L}*|powie|mowi\\p{L}*|gada\\p{L}*|chwal\\p{L}*|pochwal\\p{L}*|obgad\\p{L}*|naskarz\\p{L}*|skarz\\p{L}*|polec\\p{L}*|ostrzez\\p{L}*)(?: \\p{L}+){0,4}? il[eu] (?:\\p{L}+ )?${TOLD_PL}`,
  // ilu ludzi usłyszy, ile osób się dowie
  'il[eu] (?:osob|ludzi|znajomych) (?:sie )?(?:uslysz\\p{L}*|dowie\\p{L}*)',
  // скольким людям расскажет, расскажет скольким знакомым
  `скольким(?: ${TOLD_RU})?(?: \\p{L}+){0,6}? (?:расскаж\\p{L}*|рассказ\\p{L}*|говор\\p{L}*|подел\\p{L}*|сообщ\\p{L}*|пожалу\\p{L}*|жалу\\p{L}*|посовету\\p{L}*|порекоменду\\p{L}*|рекоменду\\p{L}*|похвал\\p{L}*|предупред\\p{L}*|растрезв\\p{L}*|разнес\\p{L}*)`,
  `(?:расскаж\\p{L}*|рассказ\\p{L}*|говор\\p{L}*|подел\\p{L}*|пожалу\\p{L}*|жалу\\p{L}*|посовету\\p{L}*|порекоменду\\p{L}*|похвал\\p{L}*)(?: \\p{L}+){0,4}? скольким`,
  // сколько людей узнает, услышит
  'сколько (?:людеи|человек|знакомых|друзеи)(?: \\p{L}+)? (?:узна\\p{L}*|услыш\\p{L}*)',
]);

/** Letters every ask above holds: most questions are passed over by this alone. */
const GATE = /how many|ilu|ile|скольк|сколько/u;

/**
 * A share given in the question ("13 % of unhappy customers tell how many people?"): the count asked is the threshold
 * of that share's tellers, which the share's own entry states (13 % tell 15 or more), so no entry is ruled out. Any
 * percent in the question turns the reading off: a share given beside a count of the people told is nearly always
 * the tellers' own.
 */
const SHARE_GIVEN = /\d\s*(?:%|percent|procent|проц)/u;

/** Whether the question asks how many people someone tells (folded text, Russian in Latin letters read in Cyrillic). */
export function asksToldCount(folded: string): boolean {
  return GATE.test(folded) && ASKED.test(folded) && !SHARE_GIVEN.test(folded) && !SHARE_ASKED.test(folded);
}

/**
 * A share of the tellers asked beside the count ("какая часть обиженных растрезвонит… сколько их и скольким
 * рассказывают?", "what share of them tell how many people", "jaki odsetek i ilu osobom"; round 80): the share's own
 * entry (13 % tell 15 or more) answers both.
 */
const SHARE_ASKED = wholePhrases([
  'what (?:share|percent\\p{L}*|percentage|portion|proportion|fraction)',
  'how many of (?:them|those|the)',
  'jak(?:i|a) (?:procent|odsetek|czesc)',
  'ilu z nich',
  'как(?:ая|ую) (?:част\\p{L}*|дол\\p{L}*)',
  'сколько (?:их|из них|процентов)',
]);

/** A number, in digits or as a small number word (the figures reader takes these only before "times" or a percent). */
const COUNT =
  '(?:\\d+(?:[.,]\\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dozen|dwa|dwie|dwom|dwoch|trzy|trzem|trzech|cztery|czterem|czterech|piec|pieciu|szesc|szesciu|siedem|siedmiu|osiem|osmiu|dziewiec|dziewieciu|dziesiec|dziesieciu|pietnascie|pietnastu|два|две|двум|двух|три|трем|трех|четыре|четырем|пять|пяти|шесть|шести|семь|семи|восемь|восьми|девять|девяти|десять|десяти|пятнадцат\\p{L}*)';
/** The people a count counts, within three words of it ("six other people", "15 или более людям", "sześciu osobom"). */
const PEOPLE =
  '(?:people|persons|others|friends|acquaintances|osob\\p{L}*|ludzi\\p{L}*|znajom\\p{L}*|przyjaciol\\p{L}*|человек\\p{L}*|люд\\p{L}*|знаком\\p{L}*|друз\\p{L}*|друг\\p{L}*)';
const COUNT_OF_PEOPLE = wholePhrases([`${COUNT}(?: [\\p{L}\\p{N}]+){0,2}? ${PEOPLE}`]);
/** A share in a clause: the count of people beside it is a threshold of the share's tellers (13 % tell 15 or more). */
const SHARE = /\d\s*%|percent|procent|odset|процент/u;
/** Where a clause ends: a sentence's end, or a contrast ("but they tell at most six", "ale", "но"). */
const CLAUSE_END =
  /[.!?;:]\s|,\s*(?:but|yet|while|whereas|ale|lecz|a|zas|natomiast|но|а|однако|тогда как)(?![\p{L}])|\s[-–—]\s/u;

/** A verb of telling others in an entry's text: a count of people without one ("costs ten others") counts no one told. */
const TELLING = wholePhrases([
  'tell|tells|told|telling|share|shares|talk|talks|spread|spreads',
  '\\p{L}*opowi\\p{L}*|powie|mowi\\p{L}*|dziel\\p{L}* sie|chwal\\p{L}*|polec\\p{L}*',
  'расскаж\\p{L}*|рассказ\\p{L}*|говор\\p{L}*|подел\\p{L}*|делят\\p{L}*|рекоменду\\p{L}*',
]);

const stated = new WeakMap<Entry, boolean>();

/** Whether the entry states a count of people told (read once per entry). */
export function statesToldCount(entry: Entry): boolean {
  let found = stated.get(entry);
  if (found !== undefined) return found;
  found = LANGS.some(
    (lang) =>
      TELLING.test(foldText(entry.text[lang] ?? '')) &&
      [...(entry.text[lang] ?? '').split(CLAUSE_END), figureIn(entry, lang) ?? ''].some((clause) => {
        const folded = foldText(clause);
        return !SHARE.test(folded) && COUNT_OF_PEOPLE.test(folded);
      }),
  );
  stated.set(entry, found);
  return found;
}
