// A question about another year than the entry's event ("Delta's 2024 outage" beside the 2016 one) asks about something
// else although it shares the entry's words: it rules the entry out, as a missing attribute word does. A year a slip
// off an episode's own is the same episode misremembered (misdated-episode.ts).
import type { FigureReader } from './figure-evidence.js';
import type { Entry } from '../kb/schema.js';
import type { StatedFigures } from './figures.js';
import { nearHeadline } from './approximate-figures.js';
import { slipOfEpisode } from './misdated-episode.js';

/**
 * The years a question names, read against one entry: a number in the years' range counting what the entry's headline
 * counts, near its figure, is that count guessed ("Delta cancelled about 2000 flights" of its "~2,300 flights"; round
 * 111), no year. The unit word after both tells it ("2024 outage" stays a year): four digits alone do not.
 */
export function yearsAgainst(asked: StatedFigures, headline: () => StatedFigures): readonly number[] {
  const { years, yearUnits = [] } = asked;
  if (!yearUnits.some(Boolean)) return years;
  const stated = headline();
  const counts = stated.numbers.filter((n) => n >= 1000);
  if (counts.length === 0) return years;
  const unitWords = stated.unitWords ?? [];
  const near = (year: number) => nearHeadline([year], { ...stated, numbers: counts });
  return years.filter((year, i) => !(unitWords.includes(yearUnits[i] ?? '') && near(year)));
}

/** The question names years, the entry's text states years, and none of them meet (nor the source's year). */
export function yearElsewhere(
  figuresOf: FigureReader,
  entry: Entry,
  askedYears: readonly number[],
  sourceYear: number | undefined,
  episodeNamed: boolean,
  yearChecked = false,
): boolean {
  if (askedYears.length === 0) return false;
  if (sourceYear !== undefined && askedYears.includes(sourceYear)) return false;
  const stated = figuresOf(entry).text.years;
  if (stated.length === 0 || askedYears.some((year) => stated.includes(year))) return false;
  return !slipOfEpisode(entry, episodeNamed, askedYears, stated, yearChecked);
}
