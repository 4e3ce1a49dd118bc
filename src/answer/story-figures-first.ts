// A story's figures asked in the plural ("Delta 2016 outage numbers?", "liczby z awarii Delty", "цифры по сбою
// Delta"): the asker wants the story's figures, which the case tells all of, not one of the statistics each telling
// one of them (round 30: the 2,300-flights statistic came first, sure, above the case telling it with the $150 million).
// So a case among the next two that states the first statistic's headline figure, and at least one other number,
// comes before it, at its probability.
import type { Entry } from '../kb/schema.js';
import type { FigureReader } from './figure-evidence.js';
import { wholePhrases } from './word-bounds.js';
import { movedFirst } from './moved-first.js';

/** The figures asked in the plural, on folded text (no diacritics, ё as е, й as и). */
const FIGURES_PLURAL = wholePhrases(
  [
    'numbers',
    'figures',
    'stats',
    'statistics',
    'key facts',
    'liczby',
    'statystyki',
    'cyfry',
    'цифры',
    'статистика',
    'статистику',
    'tsifry',
    'statistika',
  ],
  'u',
);

/**
 * Two figures asked in one breath ("сколько рейсов отменили и во сколько им это обошлось", "ile lotów odwołali i ile to
 * kosztowało", "how many flights and how much did it cost"; round 88): each statistic tells one of them, the case
 * telling the story tells both, so a case is asked too (intent.ts).
 */
export const TWO_FIGURES = wholePhrases(
  [
    '(?:how (?:many|much)|ile|сколько|скока)(?: [\\p{L}\\p{N}]+){1,12}?,? (?:and|i|a|и|а) (?:(?:во|за|na|za) )?(?:how (?:many|much)|ile|сколь\\p{L}*|скока)',
  ],
  'u',
);

/** What the reorder reads of a candidate. */
interface Ranked {
  hit: { entry: Entry };
  probability: number;
}

/** Whether the question asks a story's figures in the plural. */
export function asksStoryFigures(folded: string): boolean {
  return FIGURES_PLURAL.test(folded);
}

/**
 * The candidates with the case telling the story's figures first (see the module's comment); the same array when
 * the figures are not asked in the plural, the first is no statistic, or neither of the next two is such a case.
 */
export function storyFiguresFirst<C extends Ranked>(
  candidates: C[],
  figuresAsked: boolean,
  figuresOf: FigureReader,
  lift: (candidate: C, probability: number) => C,
): C[] {
  const top = candidates[0];
  if (!figuresAsked || !top || top.hit.entry.kind !== 'statistic') return candidates;
  const headline = figuresOf(top.hit.entry).headline.numbers;
  if (headline.length === 0) return candidates;
  const at = candidates.findIndex((c, i) => {
    if (i === 0 || i > 2 || c.hit.entry.kind !== 'case') return false;
    const told = figuresOf(c.hit.entry).text.numbers;
    return headline.every((n) => told.includes(n)) && told.some((n) => !headline.includes(n));
  });
  if (at < 0) return candidates;
  const story = lift(candidates[at] as C, top.probability);
  return movedFirst(candidates, at, story);
}
