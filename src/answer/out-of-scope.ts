// A question about another year than the entry's event ("Delta's 2024 outage" beside the 2016 one) asks about something
// else although it shares the entry's words: it rules the entry out, as a missing attribute word does. A year a slip
// off an episode's own is the same episode misremembered (misdated-episode.ts).
import type { FigureReader } from './figure-evidence.js';
import type { Entry } from '../kb/schema.js';
import { slipOfEpisode } from './misdated-episode.js';

/** The question names years, the entry's text states years, and none of them meet (nor the source's year). */
export function yearElsewhere(
  figuresOf: FigureReader,
  entry: Entry,
  askedYears: readonly number[],
  sourceYear: number | undefined,
  episodeNamed: boolean,
): boolean {
  if (askedYears.length === 0) return false;
  if (sourceYear !== undefined && askedYears.includes(sourceYear)) return false;
  const stated = figuresOf(entry).text.years;
  if (stated.length === 0 || askedYears.some((year) => stated.includes(year))) return false;
  return !slipOfEpisode(entry, episodeNamed, askedYears, stated);
}
