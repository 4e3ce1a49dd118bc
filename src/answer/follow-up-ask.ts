// A figure restated, then something else asked about it: "Retention is 6x cheaper — and for B2B?", "76% хотят
// вежливых операторов — а сколько предпочитают чат?", "44% kupuje ponownie, ale o ile rośnie koszyk?". The first part
// names the entry that states the figure; the words of the follow-up are what is asked, so an entry matching none of
// them answers the restated part only (a detail it lacks, `detailMissing`). The figure may be written in words
// ("сорок четыре процента покупают повторно — а насколько растёт средний чек?", "six times cheaper, but…").
// Hand-written: a short three-language list of contrast words; no library splits a restatement from its follow-up.
import { foldedPattern } from './fold-text.js';
import { foldText, tokenize } from './normalize.js';
import type { NeighbourClause } from './neighbour-figure.js';
import { statesOwnQuantity } from './own-quantities.js';
import { NOT_AFTER_LETTER } from './word-bounds.js';

/** Number words of three languages, as typed (with or without Polish diacritics; Russian also in Latin letters). */
const NUMBER_WORD = [
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\p{L}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety',
  'dw(?:a|ie|óch|och)|trzy|cztery|pi[eę][cć]|sze[sś][cć]|siedem|osiem|dziewi[eę][cć]|dziesi[eę][cć]|\\p{L}+na[sś]cie',
  'dwadzie[sś]cia|\\p{L}+dzie[sś]ci|\\p{L}+dziesi[aą]t',
  'два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|\\p{L}+надцать|двадцать|тридцать|сорок|\\p{L}+десят|девяносто',
  'dva|dve|tri|chetyre|pyat|shest|sem|vosem|devyat|desyat|sorok|\\p{L}+desyat',
].join('|');
/** What a number word counts in a figure: a share or a ratio. */
const FIGURE_UNIT =
  'percent|per cent|times|procent\\p{L}*|proc|razy|raza|процент\\p{L}*|раза?|protsent\\p{L}*';
/** A number word of a magnitude is a figure by itself ("two thousand", "dwa miliony", "две тысячи"). */
const MAGNITUDE =
  'hundred|thousand|million|billion|trillion|st[oa]|tysi[aą]c\\p{L}*|milion\\p{L}*|miliard\\p{L}*|bilion\\p{L}*|сто|сотн\\p{L}*|тысяч\\p{L}*|миллион\\p{L}*|миллиард\\p{L}*|триллион\\p{L}*|tysyach\\p{L}*';
/** A figure in words: number words before a unit ("forty-four percent", "сорок четыре процента") or a magnitude. */
const SPELLED_FIGURE = `(?:(?:${NUMBER_WORD})[\\s-]+)*(?:(?:${NUMBER_WORD})\\s+(?:${FIGURE_UNIT})|${MAGNITUDE})(?!\\p{L})`;

/**
 * A contrast word opening the follow-up: the Latin "a" (Polish "and/but", English article) only after a dash, a comma
 * or a stop; "what was the other one" after the figure the asker has (round 107).
 */
const CONTRAST_WORD =
  "(?:[,;.—–-]\\s*(?:a|and)\\s|\\s(?:but|what about|and for|ale|но|а|what(?:'s| was| is) the other(?: one)?,?|whats the other(?: one)?,?)\\s)";

/**
 * A figure (a number, not a digit inside a name such as "K2", or one in words) before a contrast word that opens the
 * follow-up, on the raw question: the tail runs to the next question mark or the end. The Latin "a" (Polish
 * "and/but", English article) counts only after a dash or comma.
 */
const FIGURE_THEN_CONTRAST = new RegExp(
  `${NOT_AFTER_LETTER}(?:\\d|${SPELLED_FIGURE})[^?]*?${CONTRAST_WORD}(?<tail>[^?]+)`,
  'iu',
);
/**
 * The contrast word alone: a question without one has no follow-up, and is not searched for a figure (trying the
 * spelled figures at every word was ~30 µs a question; ~6 % of questions hold a contrast word). It is a part of
 * FIGURE_THEN_CONTRAST, so wherever that matches this does: skipping the rest where this fails changes nothing.
 */
const CONTRAST = new RegExp(CONTRAST_WORD, 'iu');

/**
 * A figure, then a measure asked of a part of those it counts, with no contrast word: "89% compete on service — how
 * many of them win?", "76% chce…, ile z nich płaci więcej?", "86% уходят, сколько из них возвращаются?". The tail
 * after "of them" is what is asked.
 */
const SUBSET_ASK = `(?:${[
  '(?:how many|how much|what (?:share|part|proportion|percent(?:age)?|fraction)|which share) (?:of (?:them|those|these)|among them)',
  '(?:ile|ilu|jaki (?:procent|odsetek)|jaka (?:czesc|część)) (?:z nich|spośród nich|sposrod nich|wśród nich|wsrod nich|z tych)',
  '(?:сколько|какой процент|какая доля|какая часть) (?:из них|среди них|из этих)',
  '(?:skolko) (?:iz nih|sredi nih)',
].join('|')})(?![\\p{L}\\p{N}])`;
const FIGURE_THEN_SUBSET = new RegExp(
  `${NOT_AFTER_LETTER}(?:\\d|${SPELLED_FIGURE})[^?]*?${SUBSET_ASK}(?<tail>[^?]+)`,
  'iu',
);
/** The ask alone: only a question holding it is searched for a figure before it (as CONTRAST above). */
const SUBSET = new RegExp(SUBSET_ASK, 'iu');

/** "…86, but I'm not sure", "ale nie jestem pewien", "но не уверен": doubt about the figure, no follow-up asked. */
const UNSURE_TAIL =
  /^\s*(?:i'?m |i am )?(?:not sure|unsure|nie jestem pewn|nie wiem|не уверен|не знаю|не помню)/iu;

/** Another figure asked in the follow-up: a count, a share, a ratio, "a second number" (or "the other one" before it). */
const OTHER_FIGURE =
  /(?<![\p{L}\p{N}])(?:how many|how much|how often|what share|what percent(?:age)?|ile|ilu|jaki (?:procent|odsetek)|ile razy|сколько|во сколько|какой процент|какая доля|skolko|vo skolko|(?:second|another|other) (?:\p{L}+ )?(?:number|figure|stat|statistic)|(?:druga|inna) (?:\p{L}+ )?(?:liczba|statystyka|cyfra)|(?:втор\p{L}*|ещ[её]|друг\p{L}*) (?:\p{L}+ )?(?:цифр\p{L}*|статистик\p{L}*))(?![\p{L}\p{N}])/u;

/**
 * A restated figure's clause before its follow-up, as a neighbour's (neighbour-figure.ts): its words weigh nothing and
 * its figure is not the question's ("помню что на 63% чаще берут больничный. а во сколько раз чаще они ищут другую
 * работу?"; round 107: the asker has that figure, whose entry was answered, sure). `folded`: foldText of the question.
 */
export function restatedFigureClause(folded: string, disputed: boolean): NeighbourClause | undefined {
  // A disputed figure ("…a klucz mówi, że źle") is what is asked about, as is one asked what it means or who found it.
  if (disputed || !CONTRAST.test(folded)) return undefined;
  const split = splitAtFollowUp(folded, FIGURE_THEN_CONTRAST.exec(folded));
  if (split === undefined) return undefined;
  const { restated, fromFigure, tail } = split;
  if (!OTHER_FIGURE.test(tail) && !/ the other /u.test(fromFigure + tail)) return undefined;
  const tailWords = new Set(tokenize(tail, 200));
  return {
    words: new Set(tokenize(restated, 200).filter((w) => !tailWords.has(w))),
    rest: ' ' + tail,
  };
}

/** The folded words of a follow-up asked after a restated figure that the restatement does not hold; none otherwise. */
export function followUpWords(question: string): ReadonlySet<string> {
  if (!CONTRAST.test(question)) return new Set();
  // "we spend £120 to win a new customer and £20 to keep one…, and is that ratio normal?": the asker's own numbers
  // restate no entry's figure (as in partAskWords; round 132)
  const match = FIGURE_THEN_CONTRAST.exec(question);
  return match && statesOwnQuantity(foldText(question)) ? new Set() : tailWords(question, match);
}

/**
 * The folded words of a measure asked of a part of those a restated figure counts ("…how many of them win?"), hedges
 * left out ("probably", "actually"); none otherwise. An entry must match half of them (see evidence.ts): the part's
 * population ("customers") is often the entry's own word.
 */
export function partAskWords(question: string): ReadonlySet<string> {
  if (CONTRAST.test(question) && FIGURE_THEN_CONTRAST.test(question)) return new Set();
  if (!SUBSET.test(question)) return new Set();
  // "we had 2,600 unhappy customers, how many of them will complain?": the asker's own number, to which the whole
  // figure asked applies, restates no figure (own-quantities.ts)
  if (statesOwnQuantity(foldText(question))) return new Set();
  const words = tailWords(question, FIGURE_THEN_SUBSET.exec(question));
  for (const word of words) if (HEDGE.test(word)) words.delete(word);
  return words;
}

/** Words that hedge an ask, not what it asks: "how many of them probably left", "ile z nich faktycznie". */
const HEDGE = foldedPattern(
  /^(?:probably|actually|really|roughly|approximately|about|likely|exactly|prawdopodobnie|faktycznie|naprawde|mniej|wiecej|okolo|dokladnie|вероятно|наверное|реально|действительно|примерно|около|именно)$/u,
);

/**
 * The text up to a follow-up (the restatement and the word opening the ask), the part of it from the figure on, and
 * the follow-up itself.
 */
function splitAtFollowUp(
  text: string,
  match: RegExpExecArray | null,
): { restated: string; fromFigure: string; tail: string } | undefined {
  const tail = match?.groups?.tail;
  if (match === null || tail === undefined || UNSURE_TAIL.test(tail)) return undefined;
  const end = match.index + match[0].length - tail.length;
  return { restated: text.slice(0, end), fromFigure: text.slice(match.index, end), tail };
}

function tailWords(question: string, match: RegExpExecArray | null): Set<string> {
  const split = splitAtFollowUp(question, match);
  if (split === undefined) return new Set();
  const { restated, tail } = split;
  const before = new Set(tokenize(restated, 200));
  const stems = new Set(
    [...before].filter((word) => word.length >= SAME_STEM).map((word) => word.slice(0, SAME_STEM)),
  );
  const words = new Set<string>();
  for (const word of tokenize(tail, 200))
    if (!before.has(word) && !(word.length >= SAME_STEM && stems.has(word.slice(0, SAME_STEM))))
      words.add(word);
  return words;
}

/**
 * Letters two words share at their start to be one word in two forms: the restatement's word said again in the
 * follow-up ("63% готовы сменить бренд, а скока реально сменили?") asks nothing new; the 63 % entry matched "сменили"
 * and kept the follow-up's answer (the 49 % who switched) second (round 84).
 */
const SAME_STEM = 5;

/** Whether an entry matching a question's words this well (per word, 0..1) matches none of its follow-up's words. */
export function leavesFollowUp(
  matched: readonly number[],
  weights: readonly number[],
  followUp: readonly boolean[],
): boolean {
  let asked = 0;
  for (let i = 0; i < matched.length; i++) {
    if (!followUp[i] || !(weights[i] ?? 0)) continue;
    if (matched[i]) return false;
    asked += 1;
  }
  return asked > 0;
}
