// Decides which chart, if any, an entry's figure gets: a plain ChartSpec read from the figure in every language.
import { parseFigure, sameFigure, type ParsedFigure, type Qualifier } from '../figures/parse-figure.js';
import { figureIn, LANGS, type Entry } from '../kb/schema.js';

/** A share of a whole, in percent: a donut for one value, a proportion bar for a range ("60–70%"). */
export interface ShareChart {
  kind: 'share';
  style: 'donut' | 'bar';
  low: number;
  high: number;
  qualifier: Qualifier;
}

/** "1 in 26": a grid of `total` marks with one highlighted. */
export interface OneInChart {
  kind: 'one-in';
  total: number;
}

/** "6–7×": two bars, the reference (1) and the multiple (from `low` to `high`). */
export interface MultipleChart {
  kind: 'multiple';
  low: number;
  high: number;
  qualifier: Qualifier;
}

/** "15 people": a row of `count` marks. */
export interface CountChart {
  kind: 'count';
  count: number;
  qualifier: Qualifier;
}

export type ChartSpec = ShareChart | OneInChart | MultipleChart | CountChart;

/** Why an entry gets no chart. */
export type NoChartReason =
  /** The entry has no figure. */
  | 'no-figure'
  /** The languages' figures read differently, so no one chart is right for all of them. */
  | 'languages-disagree'
  /** Money, a duration, a comparison ("1 → 10", "6 vs 6000"): not a share, ratio, multiple or count. */
  | 'not-chartable'
  /** More marks than a small image shows legibly ("~2,300 flights"). */
  | 'too-many-marks'
  /** Numbers no chart of its shape can draw (a share over 100%, a multiple of 1 or less, a fractional count). */
  | 'out-of-range';

export type ChartDecision = { chart: ChartSpec } | { chart: undefined; reason: NoChartReason };

/** A grid of up to 100 marks (10 × 10) still reads at a glance in a Discord embed. */
export const MAX_GRID_MARKS = 100;
/** A row of icons stays legible up to 30 (two rows of 15). */
export const MAX_COUNT_MARKS = 30;
/** Beyond 20× the reference bar would be a sliver of a pixel or two. */
export const MAX_MULTIPLE = 20;

/** The chart for an entry's figure, or why there is none; the same for every language. */
export function chartFor(entry: Entry): ChartDecision {
  if (entry.figure === undefined) return { chart: undefined, reason: 'no-figure' };
  const parsed = LANGS.map((lang) => parseFigure(figureIn(entry, lang) ?? ''));
  const first = parsed[0] as ParsedFigure;
  // Figures no chart draws (money, durations) carry no comparable numbers, so they need no agreement check.
  if (parsed.every((p) => p.shape === 'money' || p.shape === 'other'))
    return { chart: undefined, reason: 'not-chartable' };
  if (!parsed.every((p) => sameFigure(p, first))) return { chart: undefined, reason: 'languages-disagree' };
  return chartForFigure(first);
}

/** The chart for one parsed figure, or why there is none. */
export function chartForFigure(figure: ParsedFigure): ChartDecision {
  const { low, high, qualifier } = figure;
  const none = (reason: NoChartReason): ChartDecision => ({ chart: undefined, reason });
  switch (figure.shape) {
    case 'percent':
      if (!(low >= 0 && high <= 100 && low <= high)) return none('out-of-range');
      return { chart: { kind: 'share', style: low === high ? 'donut' : 'bar', low, high, qualifier } };
    case 'one-in':
      if (!Number.isInteger(low) || low < 2) return none('out-of-range');
      if (low > MAX_GRID_MARKS) return none('too-many-marks');
      return { chart: { kind: 'one-in', total: low } };
    case 'multiple':
      if (!(low > 1 && low <= high)) return none('out-of-range');
      if (high > MAX_MULTIPLE) return none('too-many-marks');
      return { chart: { kind: 'multiple', low, high, qualifier } };
    case 'count':
      if (!Number.isInteger(low) || low < 1) return none('out-of-range');
      if (low > MAX_COUNT_MARKS) return none('too-many-marks');
      return { chart: { kind: 'count', count: low, qualifier } };
    default:
      return none('not-chartable');
  }
}
