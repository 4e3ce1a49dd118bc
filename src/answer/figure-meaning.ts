// A figure's meaning asked ("what does the number 26 mean", "co oznacza liczba 26", "skąd ta liczba 13", "do czego
// odnosi się mnożnik 6-7", "что означает цифра 26", "к чему относится число 89%"): the statistic stating the figure
// is asked for, not a definition ("mean", "oznacza", "означает" ask for one otherwise), and the asking words say
// nothing of the figure's topic, so they weigh nothing (else "к чему относится число 89% у Gartner" matches only
// the name).
import type { Kind } from '../kb/schema.js';
import { tokenize } from './normalize.js';
import { isSourceTalk } from './source-cues.js';
import { NOT_AFTER_WORD_OR_UNDERSCORE } from './word-bounds.js';

/** A figure as people write it: "26", "6-7", "89%", "2,6x", "26-й". */
const FIGURE = String.raw`\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+)?(?:\s*(?:%|x|×))?(?:-\p{L}{1,2})?`;
/** The word before the figure that names it as one. */
const FIGURE_WORD = String.raw`(?:(?:the|this|that|ta|ten|to|эта|это|этот) )?(?:(?:number|figure|stat|statistic|multiplier|ratio|liczba|liczby|mnoznik|wskaznik|statystyka|cyfra|цифра|цифры|число|показатель|статистика|множитель) )?`;

/** A figure named before by "that number" ("ta liczba", "эта цифра"): the question holds it somewhere (HAS_DIGIT). */
const BACK_REFERENCE = String.raw`(?:that|this|the|ta|ten|to|эта|это|этот) (?:number|figure|stat|statistic|ratio|liczba|statystyka|cyfra|цифра|число|статистика|показатель)`;

function phrases(...alternatives: string[]): RegExp {
  return new RegExp(`${NOT_AFTER_WORD_OR_UNDERSCORE}(?:${alternatives.join('|')})`, 'gu');
}

/** On folded text (Polish diacritics removed, ё → е). */
const MEANING_ASKED = phrases(
  // English
  `what (?:does|do|did) ${FIGURE_WORD}${FIGURE} (?:\\p{L}+ ){0,2}?(?:mean|refer to|stand for|represent|measure|describe)`,
  `what(?:'s| is) ${FIGURE_WORD}${FIGURE} (?:\\p{L}+ ){0,2}?about`,
  `where (?:does|do|did) ${FIGURE_WORD}${FIGURE} (?:\\p{L}+ ){0,2}?come from`,
  // the figure quoted before, the meaning asked after: "'1 in 26'…, but what is that number actually about?"
  `what(?:'s| is| does) ${BACK_REFERENCE} (?:\\p{L}+ ){0,2}?(?:about|mean|refer to|stand for)`,
  // Polish
  `co (?:oznacza|znaczy|znacza|oznaczaja|mierzy|opisuje) ${FIGURE_WORD}${FIGURE}`,
  `do czego (?:sie )?(?:odnosi|odnosza) (?:sie )?${FIGURE_WORD}${FIGURE}`,
  `skad (?:sie )?(?:wziela |wzial |wzielo )?(?:sie )?${FIGURE_WORD}${FIGURE}`,
  `o czym (?:mowi|mowia) ${FIGURE_WORD}${FIGURE}`,
  `(?:co (?:oznacza|znaczy|mierzy)|o czym (?:mowi|jest)|do czego (?:sie )?odnosi(?: sie)?) ${BACK_REFERENCE}`,
  // Russian
  `что (?:означает|значит|означают|значат|обозначает) ${FIGURE_WORD}${FIGURE}`,
  `к чему (?:относится|относятся) ${FIGURE_WORD}${FIGURE}`,
  `откуда (?:взялась |взялось |взялся |берется )?${FIGURE_WORD}${FIGURE}`,
  `о чем (?:говорит|говорят) ${FIGURE_WORD}${FIGURE}`,
  `(?:что (?:означает|значит)|о чем (?:говорит)?|к чему относится) ${BACK_REFERENCE}`,
);

const HAS_DIGIT = /\d/;

/** The asking words of a figure's meaning asked (the figure itself left out); empty when none is asked. */
export function figureMeaningWords(folded: string): ReadonlySet<string> {
  const words = new Set<string>();
  // Every phrasing holds a figure's digits: most questions have none, and are not searched.
  if (!HAS_DIGIT.test(folded)) return words;
  for (const match of folded.matchAll(MEANING_ASKED)) {
    // "that number" points back: the words before it tell where the asker met the figure ("someone keeps quoting it
    // in our huddles"), no setting to match, and no topic.
    // (Only those phrasings hold no digit.)
    const said = HAS_DIGIT.test(match[0]) ? '' : folded.slice(0, match.index);
    for (const word of tokenize(said + ' ' + match[0], 60)) if (!/\d/.test(word)) words.add(word);
  }
  return words;
}

/**
 * The other words of a question asking a figure's meaning: the setting the figure is asked in ("in numerology", "w
 * przesądach o pechu", "on Michael Jordan's jersey", "в данных о жалобах"). An entry stating the figure must match at
 * least half of them by weight (WeighedQuestion.halfAsk), else a 13 or a 7 met by a statistic's headline answers a
 * superstition or a book; none when the figure is asked alone ("skąd ta liczba 26?"). Read up to the first word naming
 * a work, since what follows it is the work's title.
 */
export function figureSettingWords(
  tokens: readonly string[],
  meaningWords: ReadonlySet<string>,
): ReadonlySet<string> {
  if (meaningWords.size === 0) return meaningWords;
  const words = new Set<string>();
  for (const word of tokens) {
    // The work it was read in, and the title after it ("w felietonie o tym, czemu obsługa kuleje"), are no setting.
    if (isSourceTalk(word)) break;
    if (!meaningWords.has(word) && !/\d/.test(word)) words.add(word);
  }
  return words;
}

/** The kinds asked when a figure's meaning is: its statistic, not a definition. */
export function kindsForFigureMeaning(
  kinds: ReadonlySet<Kind>,
  meaningWords: ReadonlySet<string>,
): ReadonlySet<Kind> {
  if (meaningWords.size === 0) return kinds;
  const asked = new Set(kinds);
  asked.delete('definition');
  asked.add('statistic');
  return asked;
}
