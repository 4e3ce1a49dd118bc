// A figure's meaning asked ("what does the number 26 mean", "co oznacza liczba 26", "skąd ta liczba 13", "do czego
// odnosi się mnożnik 6-7", "что означает цифра 26", "к чему относится число 89%"): the statistic stating the figure
// is asked for, not a definition ("mean", "oznacza", "означает" ask for one otherwise), and the asking words say
// nothing of the figure's topic, so they weigh nothing (else "к чему относится число 89% у Gartner" matches only
// the name).
import type { Kind } from '../kb/schema.js';
import { tokenize } from './normalize.js';
import { NOT_AFTER_WORD_OR_UNDERSCORE } from './word-bounds.js';

/** A figure as people write it: "26", "6-7", "89%", "2,6x", "26-й". */
const FIGURE = String.raw`\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+)?(?:\s*(?:%|x|×))?(?:-\p{L}{1,2})?`;
/** The word before the figure that names it as one. */
const FIGURE_WORD = String.raw`(?:(?:the|this|that|ta|ten|to|эта|это|этот) )?(?:(?:number|figure|stat|statistic|multiplier|ratio|liczba|liczby|mnoznik|wskaznik|statystyka|cyfra|цифра|цифры|число|показатель|статистика|множитель) )?`;

function phrases(...alternatives: string[]): RegExp {
  return new RegExp(`${NOT_AFTER_WORD_OR_UNDERSCORE}(?:${alternatives.join('|')})`, 'gu');
}

/** On folded text (Polish diacritics removed, ё → е). */
const MEANING_ASKED = phrases(
  // English
  `what (?:does|do|did) ${FIGURE_WORD}${FIGURE} (?:\\p{L}+ ){0,2}?(?:mean|refer to|stand for|represent|measure|describe)`,
  `what(?:'s| is) ${FIGURE_WORD}${FIGURE} (?:\\p{L}+ ){0,2}?about`,
  `where (?:does|do|did) ${FIGURE_WORD}${FIGURE} (?:\\p{L}+ ){0,2}?come from`,
  // Polish
  `co (?:oznacza|znaczy|znacza|oznaczaja|mierzy|opisuje) ${FIGURE_WORD}${FIGURE}`,
  `do czego (?:sie )?(?:odnosi|odnosza) (?:sie )?${FIGURE_WORD}${FIGURE}`,
  `skad (?:sie )?(?:wziela |wzial |wzielo )?(?:sie )?${FIGURE_WORD}${FIGURE}`,
  `o czym (?:mowi|mowia) ${FIGURE_WORD}${FIGURE}`,
  // Russian
  `что (?:означает|значит|означают|значат|обозначает) ${FIGURE_WORD}${FIGURE}`,
  `к чему (?:относится|относятся) ${FIGURE_WORD}${FIGURE}`,
  `откуда (?:взялась |взялось |взялся |берется )?${FIGURE_WORD}${FIGURE}`,
  `о чем (?:говорит|говорят) ${FIGURE_WORD}${FIGURE}`,
);

const HAS_DIGIT = /\d/;

/** The asking words of a figure's meaning asked (the figure itself left out); empty when none is asked. */
export function figureMeaningWords(folded: string): ReadonlySet<string> {
  const words = new Set<string>();
  // Every phrasing holds a figure's digits: most questions have none, and are not searched.
  if (!HAS_DIGIT.test(folded)) return words;
  for (const match of folded.matchAll(MEANING_ASKED))
    for (const word of tokenize(match[0], 20)) if (!/\d/.test(word)) words.add(word);
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
