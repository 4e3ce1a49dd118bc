// What an entry states of the study behind its figure, in any of its three languages: who ran it (a named firm or
// person: "According to Gartner", "Badanie American Express", "Исследование Эстебана Колски"), how many people it
// asked ("a survey of 1,000 consumers", "1000 ankietowanych", "опросили 500 человек") and how it was done (a survey, a
// poll, mystery shopping). Read by stated-values.ts; the questions asking them are in study-asks.ts.
// Hand-written: a few patterns per kind; no library reads which study a text of three languages cites.
import { CREDIT_PHRASES, eitherCaseFirst } from './credit-phrases.js';
import { NOT_AFTER_WORD, wholePhrases } from './word-bounds.js';

/** A whole word or phrase of the alternatives (`\b` knows only ASCII letters in JavaScript, so lookarounds). */
function words(...alternatives: string[]): RegExp {
  return wholePhrases(alternatives);
}

/** A name as written: a capitalised word with a small letter in it ("Gartner", "McKinsey"; not "US", "США"). */
const NAME = "\\p{Lu}[\\p{Ll}'’-]*\\p{Ll}[\\p{L}'’-]*";
/** Not the first word of a sentence, whose capital tells nothing ("Global estimates put…", "Mystery-shopper studies"). */
const MID_SENTENCE = '(?<![.!?:;"“„«(]\\s*)(?<!^\\s*)';
/** Not inside a word: "podane Gartnera" credits no one. */
const START = NOT_AFTER_WORD;

/**
 * A study named by who ran it, on the text as written: "according to / research by / a survey by X", "X's study",
 * "an X survey", "według / badanie / ankieta X", "по данным / согласно / исследование / опрос X". Each alternative
 * opening with a name is paired with the words it needs after the name (see namesResearcher).
 */
const RESEARCHER_ALTERNATIVES: [alternative: string, needs?: RegExp][] = [
  // "according to X", "a survey by X", "według X", "badanie X", "по данным X", "исследование X" (credit-phrases.ts)
  [`${START}(?:${CREDIT_PHRASES.map(eitherCaseFirst).join('|')}) (?:the )?${NAME}`],
  [
    `${MID_SENTENCE}${NAME}(?: ${NAME})*(?:'s|’s)? (?:survey|study|studies|research|poll|report|estimates?|data|analysts?|found|finds|showed|shows|estimated|calculated)`,
    / (?:survey|study|studies|research|poll|report|estimates?|data|analysts?|found|finds|showed|shows|estimated|calculated)/u,
  ],
  [
    `${NAME} (?:ran|conducted|published|carried out|commissioned) (?:a|an|the|his|her|its|their) (?:\\p{L}+ )?(?:poll|survey|study)`,
    / (?:ran|conducted|published|carried out|commissioned) /u,
  ],
  [
    `${NAME} (?:przeprowadzi|opublikowa|zrobi|zleci)\\p{L}*(?: \\p{L}+){0,3}? (?:ankiet|badani|sondaż)\\p{L}*`,
    / (?:przeprowadzi|opublikowa|zrobi|zleci)/u,
  ],
  [
    `${NAME}(?: \\([^)]*\\))? (?:провел|провёл|провела|опубликовал|опубликовала|заказал|заказала)\\p{L}*(?: \\p{L}+){0,3}? (?:опрос|исследовани)\\p{L}*`,
    / (?:провел|провёл|провела|опубликовал|заказал)/u,
  ],
];

export const NAMED_RESEARCHER = new RegExp(
  RESEARCHER_ALTERNATIVES.map(([alternative]) => alternative).join('|'),
  'u',
);

const RESEARCHER_TESTS = RESEARCHER_ALTERNATIVES.map(([alternative, needs]) => {
  const pattern = new RegExp(alternative, 'u');
  return needs
    ? (text: string) => needs.test(text) && pattern.test(text)
    : (text: string) => pattern.test(text);
});

/**
 * `NAMED_RESEARCHER.test(text)`, each alternative tried on its own and one opening with a name only on a text holding
 * the words it needs after it: a name may start at any capital, and each such place cost a search of the name's two
 * overlapping letter runs (~30 µs an entry's three texts for each of the four alternatives, the whole ~90 µs).
 */
export function namesResearcher(text: string): boolean {
  return RESEARCHER_TESTS.some((test) => test(text));
}

/** A count of the people or firms a study asked, on the folded text (a share, "62%", is not one). */
export const SAMPLE_STATED = words(
  // "a survey of 1,000", "an ankieta wśród 500", "опрос 2000"
  '(?:surveys?|polls?|study|studies|questionnaires?|sample|ankiet\\p{L}*|badani\\p{L}*|sondaz\\p{L}*|prob[aeiy]|опрос\\p{L}*|исследовани\\p{L}*|анкетировани\\p{L}*|выборк\\p{L}*) (?:of|among|wsrod|na grupie|na probie|z|среди|из)? ?(?:over|more than|nearly|almost|about|around|ponad|prawie|okolo|blisko|более|почти|около)? ?\\d[\\d ,.]*(?![\\d ,.]*(?:%|proc|percent|процент))',
  // "1,000 respondents", "500 ankietowanych", "2000 опрошенных"
  '\\d[\\d ,.]*(?:k|tys\\.?|тыс\\.?)? ?(?:respondents?|participants?|interviewees|ankietowan\\p{L}*|respondent\\p{L}*|badanych|przebadanych|uczestnik\\p{L}*|респондент\\p{L}*|опрошенн\\p{L}*|участник\\p{L}*)',
  // "surveyed 1,000", "przebadano 500", "опросили 2000"
  '(?:surveyed|polled|interviewed|asked|questioned|ankietowano|przebadano|zapytano|opytano|опросили|опрошено|опрошены) (?:over|more than|nearly|almost|about|around|ponad|prawie|okolo|более|почти|около)? ?\\d+',
  // "1,000 consumers were surveyed", "500 osób wzięło udział", "2000 человек приняли участие"
  '\\d[\\d ,.]*(?:k|tys\\.?|тыс\\.?)? ?(?:people|consumers|customers|adults|managers|companies|firms|osob|ludzi|konsumentow|klientow|firm|menedzerow|managerow|человек|потребителеи|клиентов|компании|менеджеров) (?:were |was )?(?:surveyed|polled|asked|interviewed|questioned|took part|participated|ankietowan\\p{L}*|przebadan\\p{L}*|zapytan\\p{L}*|wzielo udzial|wziely udzial|bralo udzial|опрошенн\\p{L}*|приняли участие|приняло участие|участвовал\\p{L}*)',
  'n ?= ?\\d+',
);

/** A method of gathering the figures, on the folded text: a survey, a poll, interviews, mystery shopping. */
export const METHOD_STATED = words(
  'surveys?|surveyed|polls?|polled|questionnaires?|interviews?|mystery[- ]shop\\p{L}*|focus groups?|panels?|experiments?|a/b tests?',
  'ankiet\\p{L}*|sondaz\\p{L}*|kwestionariusz\\p{L}*|wywiad\\p{L}*|tajemnicz\\p{L}* klient\\p{L}*|mystery shop\\p{L}*|grup\\p{L}* fokusow\\p{L}*|eksperyment\\p{L}*',
  'опрос\\p{L}*|анкет\\p{L}*|интервью|тайн\\p{L}* покупател\\p{L}*|фокус-групп\\p{L}*|эксперимент\\p{L}*',
);

/**
 * A finding credited to a study of some kind, on the folded text, though it names no one: "Mystery-shopper studies
 * show", "according to various studies", "in a survey of consumers", "Global estimates put", "Badania prowadzone metodą
 * tajemniczego klienta pokazują", "według badań", "Исследования методом «тайного покупателя» показывают", "по данным
 * опросов". What a source-only ask ("who found that…", source-asks.ts) needs; an entry crediting nothing lacks it.
 */
export const STUDY_CREDITED = words(
  "(?:studies|study|research|surveys?|polls?|estimates|audits|data|reports?|experiments?)(?: [\\p{L}'’-]+){0,3}? (?:show|shows|showed|shown|found|finds|suggest|suggests|suggested|put|puts|reveal|reveals|revealed|indicate|indicates|indicated)",
  "according to (?:a |an |the |various |several |many |some |recent )?(?:[\\p{L}'’-]+ ){0,3}?(?:studies|study|research|surveys?|polls?|data|estimates|reports?)",
  '(?:in|from) (?:a|an|the|one) (?:[\\p{L}-]+ ){0,2}?(?:survey|poll|study)',
  '(?:research|studies|a study|surveys?|polls?) (?:by|of|among|from)',
  'badani\\p{L}*(?: [\\p{L}-]+){0,5}? (?:pokazuj\\p{L}*|pokazal\\p{L}*|wykazal\\p{L}*|wykazuj\\p{L}*|wskazuj\\p{L}*|dowodz\\p{L}*|sugeruj\\p{L}*)',
  '(?:wedlug|wg|zgodnie z) (?:roznych |wielu |jednego z |najnowszych |niektorych )?(?:badan\\p{L}*|szacunk\\p{L}*|danych|raport\\p{L}*|ankiet\\p{L}*|sondaz\\p{L}*)',
  '(?:w|z) (?:\\p{L}+ ){0,2}?(?:badaniu|ankiecie|sondazu|badania|ankiety|sondazu)',
  '(?:globalne|swiatowe|dostepne) szacunki',
  'исследовани\\p{L}*(?: [\\p{L}«»-]+){0,5}? (?:показыва\\p{L}*|показал\\p{L}*|выявил\\p{L}*|свидетельству\\p{L}*)',
  '(?:по|согласно) (?:данным |оценкам )?(?:различных |разных |многих |некоторых |одного из )?(?:исследовани\\p{L}*|опрос\\p{L}*|оценк\\p{L}*|данным)',
  '(?:в|из) (?:\\p{L}+ ){0,2}?(?:опросе|исследовании|опроса|исследования)',
  '(?:глобальные|мировые) оценки',
);
