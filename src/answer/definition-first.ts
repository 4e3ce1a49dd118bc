// A definition asked in so many words ("jaka jest definicja…", "какое определение написано…", "define …") and a tip
// of the same term ranked just above it: the tip's words matched more of the question (the article's title, the
// asker's story), but what was asked is the definition (round 30: "Карточка: «jakość obsługi klienta» — какое
// определение написано на обороте…" got the tip on measuring quality). The definition among the next two, not far
// behind, comes first, at the first's probability (as benefit-asks.ts does for a tip asked).
import type { Entry, Kind } from '../kb/schema.js';
import { movedFirst } from './moved-first.js';

/** A definition this close to the first (its share of the first's probability) is lifted. */
const CLOSE_SHARE = 0.6;

/** What the reorder reads of a candidate. */
interface Ranked {
  hit: { entry: Entry };
  probability: number;
}

/**
 * The candidates with the definition first (see the module's comment); the same array when the question asks no
 * definition alone, the first is a definition already, or none of the next two is one close enough.
 */
export function definitionFirst<C extends Ranked>(
  candidates: C[],
  askedKinds: ReadonlySet<Kind>,
  lift: (candidate: C, probability: number) => C,
): C[] {
  const top = candidates[0];
  if (!top || askedKinds.size !== 1 || !askedKinds.has('definition') || top.hit.entry.kind === 'definition')
    return candidates;
  const at = candidates.findIndex(
    (c, i) =>
      i > 0 && i < 3 && c.hit.entry.kind === 'definition' && c.probability >= CLOSE_SHARE * top.probability,
  );
  if (at < 0) return candidates;
  return movedFirst(candidates, at, lift(candidates[at] as C, top.probability));
}
