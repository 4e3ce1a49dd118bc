// The phrases that credit a figure to whoever stands after them, in English, Polish and Russian: "according to
// Gartner", "a survey by American Express", "według Gallupa", "badanie Microsoftu", "по данным Forrester",
// "исследование Эстебана Колски". The one list of them: stated-study.ts reads in an entry which study it names
// (namesResearcher), named-source.ts which source a question credits (namedSourceWords).
// Each alternative opens with a letter in lower case and matches a text with or without its diacritics ("według" and
// "wedlug", "отчёт" and "отчет"), so that either reader may capitalise that letter or fold the text as it needs.
// Hand-written: a few phrases per language; no library reads who a text credits.

/** Credits whose name follows at once: "according to", "research by", "conducted by", "według", "по данным". */
const CREDITS = [
  // English
  'according to',
  ...['research', 'stud(?:y|ies)', 'surveys?', 'polls?', 'reports?', 'estimates?', 'data', 'stats?'].map(
    (work) => `${work} (?:by|from)`,
  ),
  ...['conducted', 'commissioned', 'carried out'].map((done) => `${done} by`),
  // Polish
  'wed[lł]ug',
  'wg\\.?',
  'zdaniem',
  'zgodnie z',
  // "ten stat z Gartnera" (round 95): the figure taken from whoever follows; not "badanie z Niemiec", a place
  'stat[ay]? z',
  // the source a boss leans on ("powołuje się na jakiegoś Gartnera", "ссылается на Gartner"; round 151)
  'powo[lł]uj\\p{L}* si[eę] na',
  'powo[lł]a[lł]\\p{L}* si[eę] na',
  ...['przeprowadzon', 'zlecon', 'opracowan'].map((done) => `${done}\\p{L}* przez`),
  // Russian
  'по данным',
  'согласно',
  'по мнению',
  'по словам',
  'по версии',
  'ссыла\\p{L}* на',
  'стат[аыу]? (?:от|из)',
  'по оценк[еа]м?',
  'проведенн\\p{L}*',
  'проведённ\\p{L}*',
];

/** The works of a study, named by who ran it after them: "badanie American Express", "опрос Gallup". */
const STUDY_WORKS = [
  // Polish
  'badani[aeu]m?',
  'raport\\p{L}*',
  'dane',
  'danych',
  'ankiet\\p{L}*',
  'analiz\\p{L}*',
  'sonda[zż]\\p{L}*',
  'statystyk\\p{L}*',
  'szacunk\\p{L}*',
  // Russian
  'исследовани\\p{L}*',
  'отч[её]т\\p{L}*',
  'доклад\\p{L}*',
  'опрос\\p{L}*',
  'данны[ех]',
  'анализ\\p{L}*',
  'статистик\\p{L}*',
];

/**
 * Credits an entry's careful wording uses ("a study run by Gallup", "оценка Gartner") but a question as often puts
 * before a team, a day or a measure ("done by Friday", "run by Support", "оценка QA"): read in entries only.
 */
const ENTRY_ONLY_CREDITS = ['run by', 'done by', 'оценк\\p{L}*'];

/** The phrases after which a question names who it credits a figure to (named-source.ts). */
export const QUESTION_CREDIT_PHRASES: readonly string[] = [...CREDITS, ...STUDY_WORKS];

/** Every phrase after which an entry names who its figure is credited to (stated-study.ts). */
export const CREDIT_PHRASES: readonly string[] = [...QUESTION_CREDIT_PHRASES, ...ENTRY_ONLY_CREDITS];

/** An alternative with its opening letter (every one here opens with one) in either case ("according to" as "[Aa]ccording to"), for a case-kept text. */
export function eitherCaseFirst(alternative: string): string {
  const first = alternative[0] ?? '';
  const upper = first.toUpperCase();
  return upper === first ? alternative : `[${upper}${first}]${alternative.slice(1)}`;
}
