// Texting slang around a question: Gen-Z and gamer talk ("ngl", "no cap", "bruh", "typie", "xD", "чел", "кринж",
// "сорян") says how the asker talks, not what they ask. Unknown to the knowledge base, each such word weighed as much
// as the rarest content word, and the right entry's share of the question fell under the decline line (round 24:
// "fr what % of people would ditch a brand over bad support? no cap", "typie ilu klientow na serio sie skarzy").
// Colloquial spellings of function words ("скока", "чё", "ваще", "nwm", "abt") are read as the words they stand for,
// so that the stop words drop out and the readers of what is asked (a count, a definition) meet them; "going by" and
// "judging by" the articles are "by" them (round 147). Asks to put it simply ("ELI5", "w prostych słowach", "на
// пальцах") are dropped too, and so are a quiz's wrapping (quiz-frame.ts) and the words reporting a customer's own
// wording (customer-wording.ts), and what a choice asked is not (negated-choice.ts).
// Hand-written: a few dozen words per language; no library lists chat slang for Polish and Russian.
import { foldText } from './fold-text.js';
import { withoutQuizWrapping } from './quiz-frame.js';
import { withoutCustomerWording } from './customer-wording.js';
import { withoutNegatedChoice } from './negated-choice.js';
import { withoutSpokenFillers } from './spoken-fillers.js';
import { NOT_AFTER_WORD } from './word-bounds.js';

/** Slang that says nothing of the ask, dropped (folded words: no diacritics, ё as е, й as и). */
const FILLER = new Set(
  `ngl fr frfr bruh bro bestie lowkey highkey deadass istg ong tbf smh icl ikr fwiw iirc afaik imho rly srsly
  dude fam lemme gimme fyi nvm tysm ty yo welp sus legit
  typie ziom ziomek ziomal ziomus mordo mordeczko byku sorki sory sorka elo ej heh hehe xdd xddd kurde kurka
  plis pliska pliz wez
  чел кринж кринжово кринжовый имхо сорян сори кек рил рили бро братан пжлст хз мб норм ору жиза капец пипец
  походу прикинь слышь ок окей ага угу эм хм типо короч`
    .split(/\s+/)
    .filter(Boolean),
);

/** Colloquial spellings of function words → the words they stand for (folded). */
const SPELLED_OUT = new Map<string, string>([
  ['скока', 'сколько'],
  ['скоко', 'сколько'],
  ['скок', 'сколько'],
  // the soft sign dropped in haste (round 112: "сколко платят тайному покупателю")
  ['сколко', 'сколько'],
  ['скольо', 'сколько'],
  ['че', 'что'],
  ['чо', 'что'],
  ['шо', 'что'],
  ['чет', 'что-то'],
  ['чтоль', 'что ли'],
  ['штоль', 'что ли'],
  ['ничо', 'ничего'],
  ['ниче', 'ничего'],
  ['ваще', 'вообще'],
  // "щ" for "сч" as it sounds (round 165: "скока компаний щитают, что у них крутой сервис")
  ['щитают', 'считают'],
  ['щитает', 'считает'],
  ['щитаю', 'считаю'],
  ['щитать', 'считать'],
  ['ща', 'сейчас'],
  ['тока', 'только'],
  ['када', 'когда'],
  ['nwm', 'nie wiem'],
  ['wgl', 'w ogóle'],
  ['tzn', 'to znaczy'],
  ['abt', 'about'],
  // "what yr was that" (round 167)
  ['yr', 'year'],
  ['yrs', 'years'],
  ['wat', 'what'],
  ['wut', 'what'],
  ['cuz', 'because'],
  ['coz', 'because'],
]);

/** Slang phrases whose words, alone, may be content ("cap", "real"): dropped only as a whole. */
const FILLER_PHRASES =
  /(?<![\p{L}\p{N}_])(?:no\s+cap|fair\s+enough|for\s+real|fr\s+fr|на\s+серьезе|на\s+серьёзе|все\s+равно|всё\s+равно|w\s+sensie|jak\s+cos|jak\s+coś|(?:going|judging)(?=\s+(?:by|from)\s))(?![\p{L}\p{N}_])/giu;

/**
 * "vs" between two names ("Ryan Block vs Comcast?", "United kontra pasażer"): the story of the two asked, no
 * comparison; as a word no entry holds it left the names alone beside an unmatched ask, and the case was declined
 * (round 31, 0.006). Between other words ("acquisition-vs-retention cost") it compares, and stays.
 */
const NAMES_VERSUS = /(?<=\p{Lu}[\p{L}'’.-]*)\s+(?:vs\.?|versus|kontra|против)\s+(?=\p{Lu})/gu;
/** What NAMES_VERSUS needs: its lookbehind, tried at every space, made it one of a question's costliest patterns. */
const VERSUS_HINT = /\s(?:vs|versus|kontra|против)/u;

/**
 * Asks to put the answer simply ("explain like I'm five", "ELI5", "w prostych słowach", "prostymi słowami", "по-простому",
 * "на пальцах", "для чайников"): how to answer, not what; their words matched nothing and declined a definition
 * asked so (round 24: "Wyjaśnij w prostych słowach, co to jest 2,5G", 0.06). So is a plain definition's adjective
 * ("prosta definicja proszę", "a quick definition", "краткое определение"; round 31), the definition asked kept.
 */
const PLAINLY =
  /(?<![\p{L}\p{N}_])(?:eli5|(?:explain(?:ed)?\s+)?like\s+i['’]?m\s+(?:five|5|a\s+(?:kid|child))|in\s+(?:simple|plain|layman['’]?s?)\s+(?:terms|words|english|language)|(?:w\s+)?prost(?:ych|ymi)\s+s[łl]ow(?:ach|ami)|po\s+ludzku|jak\s+dla\s+(?:laika|dziecka|pi[ęe]ciolatka)|jak\s+krowie\s+na\s+rowie|простыми\s+словами|простым\s+языком|по[- ]простому|на\s+пальцах|для\s+чайников|как\s+(?:ребенку|ребёнку|пятилетнему)|(?:simple|short|quick|brief|plain)(?=\s+(?:definition|explanation))|(?:prost[aąe]|kr[óo]tk[aąie]|szybk[aąie])(?=\s+(?:definicj|wyja[śs]nieni))|(?:простое|краткое|короткое|быстрое)(?=\s+(?:определени|объяснени)))(?![\p{L}\p{N}_])/giu;

/**
 * An apology for the question ("sorry for the dumb question", "głupie pytanie", "сорян за тупой вопрос") and a hedge
 * before a figure ("around 10", "coś koło 10", "около 10", "порядка 20"): how the asker asks, not what; the figure stays.
 */
const HEDGES =
  /(?<![\p{L}\p{N}_])(?:(?:dumb|stupid|silly|naive|noob|newbie)\s+question|(?:g[łl]upie|durne|naiwne)\s+pytanie|(?:тупой|глупый|дурацкий|наивный)\s+вопрос|(?:around|roughly|approximately|approx|circa|(?:co[śs]\s+)?ko[łl]o|oko[łl]o|rz[ęe]du|mniej\s+wi[ęe]cej|около|порядка|приблизительно)(?=\s+\d))(?![\p{L}\p{N}_])/giu;

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A Russian verb's "-тся" typed as it sounds ("жалуюца", "кажетца", "смеяцца"; round 124: "сколько недовольных
 * реально жалуюца" was declined): read as "-тся". Only after а, е, у, ю or я: "-ица" ends nouns too ("таблица",
 * "граница"), which stay.
 */
const SPOKEN_TSYA = /(?<=\p{Script=Cyrillic}{2}[аеуюяё])т?цц?а(?![\p{L}\p{N}])/giu;

/** Any slang word or colloquial spelling, whole, on folded text: most questions hold none and are read no further. */
const ANY_WORD = new RegExp(
  `${NOT_AFTER_WORD}(?:${[...FILLER, ...SPELLED_OUT.keys()].join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);

/** A question read without its slang (see withoutChatSlang), with its folded text. */
export interface SlangFree {
  text: string;
  folded: string;
}

/**
 * The question with its slang dropped and colloquial spellings read as the words they stand for; the text as it
 * was when it holds none (most questions). A question of slang alone ("bruh") is left as typed: nothing else to ask.
 */
export function withoutChatSlang(question: string): string {
  return readChatSlang(question).text;
}

/**
 * withoutChatSlang with the result folded: the slang gate folds the question anyway, and when nothing is dropped (most
 * questions) that fold is the result's, so the caller need not fold the question again.
 */
export function readChatSlang(question: string): SlangFree {
  const plain = withoutNegatedChoice(
    withoutCustomerWording(withoutQuizWrapping(withoutSpokenFillers(question))),
  )
    .replace(FILLER_PHRASES, ' ')
    .replace(PLAINLY, ' ');
  const read = (VERSUS_HINT.test(plain) ? plain.replace(NAMES_VERSUS, ' ') : plain)
    .replace(HEDGES, ' ')
    .replace(SPOKEN_TSYA, 'тся');
  const foldedRead = foldText(read);
  const words = ANY_WORD.test(foldedRead)
    ? read.replace(WORD, (word) => {
        const k = foldText(word);
        if (FILLER.has(k)) return ' ';
        return SPELLED_OUT.get(k) ?? word;
      })
    : read;
  if (words === question)
    return { text: question, folded: read === question ? foldedRead : foldText(question) };
  const text = /[\p{L}\p{N}]/u.test(words) ? words.replace(/ {2,}/g, ' ') : question;
  return { text, folded: foldText(text) };
}
