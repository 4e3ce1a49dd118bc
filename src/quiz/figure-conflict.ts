// When two figures are too alike to be a right answer and a wrong one, and when they are of the same scale.
import type { ParsedFigure } from '../figures/parse-figure.js';

/** Shares closer than 5 points apart ("63%" and "66%") could both be "right" to a reader; so could close multiples. */
const MIN_SHARE_GAP = 5;
const MIN_RATIO = 1.25;
/** Counts and sums within a factor of 100 are of one scale: "15 people" and "2,300 flights" are not. */
const MAX_SCALE_RATIO = 100;

const middle = (f: ParsedFigure) => (f.low + f.high) / 2;

/** True when `a` and `b` overlap or are so close that a quiz could not call one right and the other wrong. */
export function figuresConflict(a: ParsedFigure, b: ParsedFigure): boolean {
  if (a.shape !== b.shape) return false;
  if (a.low <= b.high && b.low <= a.high) return true;
  if (a.shape === 'percent') return Math.abs(middle(a) - middle(b)) < MIN_SHARE_GAP;
  const [small, large] = [middle(a), middle(b)].sort((x, y) => x - y) as [number, number];
  return small <= 0 || large / small < MIN_RATIO;
}

/** True when `b` is a plausible wrong answer beside `a`: the same kind of figure and the same scale. */
export function sameKindAndScale(a: ParsedFigure, b: ParsedFigure): boolean {
  if (a.shape !== b.shape || a.shape === 'other') return false;
  if (a.shape === 'percent' || a.shape === 'multiple' || a.shape === 'one-in') return true;
  const ratio = Math.max(middle(a), middle(b)) / Math.min(middle(a), middle(b));
  return ratio <= MAX_SCALE_RATIO;
}
