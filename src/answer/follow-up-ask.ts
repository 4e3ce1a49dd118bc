// A figure restated, then something else asked about it: "Retention is 6x cheaper — and for B2B?", "76% хотят
// вежливых операторов — а сколько предпочитают чат?", "44% kupuje ponownie, ale o ile rośnie koszyk?". The first part
// names the entry that states the figure; the words of the follow-up are what is asked, so an entry matching none of
// them answers the restated part only (a detail it lacks, `detailMissing`).
// Hand-written: a short three-language list of contrast words; no library splits a restatement from its follow-up.
import { foldText, tokenize } from './normalize.js';
import { withSpelledNumbers } from './number-words.js';
import { NOT_AFTER_LETTER } from './word-bounds.js';

/**
 * A figure (a number, not a digit inside a name such as "K2") before a contrast word that opens the follow-up, on the
 * raw question: the tail runs to the next question mark or the end. The Latin "a" (Polish "and/but", English article)
 * counts only after a dash or comma.
 */
const FIGURE_THEN_CONTRAST = new RegExp(
  `${NOT_AFTER_LETTER}\\d[^?]*?(?:[,;—–-]\\s*(?:a|and)\\s|\\s(?:but|what about|and for|ale|но|а)\\s)(?<tail>[^?]+)`,
  'iu',
);

/** "…86, but I'm not sure", "ale nie jestem pewien", "но не уверен": doubt about the figure, no follow-up asked. */
const UNSURE_TAIL =
  /^\s*(?:i'?m |i am )?(?:not sure|unsure|nie jestem pewn|nie wiem|не уверен|не знаю|не помню)/iu;

/** The folded words of a follow-up asked after a restated figure that the restatement does not hold; none otherwise. */
export function followUpWords(asked: string): ReadonlySet<string> {
  // A figure said in words ("Sześćdziesiąt siedem procent się rozłącza – a po ilu…") is restated as much as digits.
  const question = /\d/u.test(asked) ? asked : withSpelledNumbers(foldText(asked));
  const match = FIGURE_THEN_CONTRAST.exec(question);
  const tail = match?.groups?.tail;
  if (match === null || tail === undefined || UNSURE_TAIL.test(tail)) return new Set();
  const before = new Set(tokenize(question.slice(0, match.index + match[0].length - tail.length), 200));
  const words = new Set<string>();
  for (const word of tokenize(tail, 200)) if (!before.has(word)) words.add(word);
  return words;
}
