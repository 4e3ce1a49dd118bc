// One fact told by two works with their own figures (the blog's "keeping a customer is 6× cheaper", the column's "a
// new one costs 6–7× more"): a question naming one of the figures ("6 razy taniej", "six to seven times", "в 6 раз")
// quotes the work that states it whole. The ranker weighs a range's one end as half a headline match, but the two
// entries' other words fit the question alike, and the one whose phrasings hold more of them was put first whatever
// the figure said. So the twin stating the figure whole, among the first three, comes before a first that states only
// one end of it (or a range of which the question names one number), at the first's probability.
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Entry } from '../kb/schema.js';
import { FEATURES } from './evidence.js';
import { twinEntries } from './twin-entries.js';
import { movedFirst } from './moved-first.js';

const FIGURE_HEADLINE = FEATURES.indexOf('figureHeadline');

/** What the reorder reads of a candidate. */
export interface TwinCandidate {
  hit: { entry: Entry };
  features: readonly number[];
  probability: number;
}

/**
 * The candidates with the exact twin first (see the module's comment); the same array when the first states the
 * figure asked whole, states none of it, or has no twin among the next two. `lift` makes the twin's candidate at the
 * first's probability.
 */
export function exactTwinFirst<C extends TwinCandidate>(
  candidates: C[],
  kb: KnowledgeBase,
  lift: (candidate: C, probability: number) => C,
): C[] {
  const top = candidates[0];
  // 0.5: the question's figure is one end of the headline's range, or the headline one end of the question's.
  if (!top || top.features[FIGURE_HEADLINE] !== 0.5) return candidates;
  const at = candidates.findIndex((c, i) => i > 0 && i < 3 && c.features[FIGURE_HEADLINE] === 1);
  if (at < 0) return candidates;
  const exact = candidates[at] as C;
  if (!twinEntries(kb, top.hit.entry).includes(exact.hit.entry)) return candidates;
  return movedFirst(candidates, at, lift(exact, top.probability));
}
