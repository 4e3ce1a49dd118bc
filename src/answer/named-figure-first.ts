// A figure named in the question ("słyszałem coś o siedemdziesiąt sześć procent") and, just above the statistic
// stating it, one that does not state it: the first matched more of the question's words, but the figure is the key
// to which finding is meant (round 33: the 40% statistic at 0.644 over the 76% one at 0.635). The statistic stating
// the figure in its headline, among the next two and nearly as likely, comes first at the first's probability. A
// dispute's figures may be the wrong ones, so the caller passes no figure there.
import type { Entry } from '../kb/schema.js';
import { FEATURES } from './evidence.js';
import { movedFirst } from './moved-first.js';

/** A candidate this close to the first (its share of the first's probability) is lifted. */
const CLOSE_SHARE = 0.9;

const FIGURE_HEADLINE = FEATURES.indexOf('figureHeadline');
const FIGURE_MISSING = FEATURES.indexOf('figureMissing');

/** What the reorder reads of a candidate. */
interface Ranked {
  hit: { entry: Entry };
  probability: number;
  features: number[];
}

/**
 * The candidates with the statistic stating the named figure first (see the module's comment); the same array when
 * no figure is a key, the first states it, or none of the next two does in its headline and is close enough.
 */
export function namedFigureFirst<C extends Ranked>(
  candidates: C[],
  figureIsKey: boolean,
  lift: (candidate: C, probability: number) => C,
): C[] {
  const top = candidates[0];
  if (!figureIsKey || !top || top.features[FIGURE_MISSING] !== 1) return candidates;
  const at = candidates.findIndex(
    (c, i) =>
      i > 0 && i < 3 && c.features[FIGURE_HEADLINE] === 1 && c.probability >= CLOSE_SHARE * top.probability,
  );
  if (at < 0) return candidates;
  return movedFirst(candidates, at, lift(candidates[at] as C, top.probability));
}
