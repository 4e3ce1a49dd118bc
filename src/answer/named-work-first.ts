// The work a question names ("that office-phone-systems blog", "w tym poradniku") decides between two entries its
// words fit about equally: a first from another work comes after a close second from the work named (round 68's
// "i recall that office-phone-systems blog saying lots of people make up their mind…" fell, 0.284 against 0.283, to
// the guide's tip on logging follow-ups, whose words "first contact" and "callbacks" the question held too). The
// ranker weighs the source's fit and conflict as two features among many; at a near tie they are what tells.
import { FEATURES } from './evidence.js';
import { movedFirst } from './moved-first.js';

const SOURCE_FITS = FEATURES.indexOf('sourceFits');
const SOURCE_CONFLICTS = FEATURES.indexOf('sourceConflicts');
/** How close the second has to be: within a tenth of the first's probability. */
const NEAR_TIE = 0.9;

/** What the reorder reads of a candidate. */
interface Ranked {
  features: readonly number[];
  probability: number;
}

/** Whether a candidate's citation fits the work named and does not conflict with it. */
function fitsNamedWork(c: Ranked): boolean {
  return c.features[SOURCE_FITS] === 1 && c.features[SOURCE_CONFLICTS] !== 1;
}

/** The candidates with a near-tied second from the work named first (see the module's comment). */
export function namedWorkFirst<C extends Ranked>(
  candidates: C[],
  lift: (c: C, probability: number) => C,
): C[] {
  const [top, second] = candidates;
  if (!top || !second || top.features[SOURCE_CONFLICTS] !== 1 || !fitsNamedWork(second)) return candidates;
  if (second.probability < NEAR_TIE * top.probability) return candidates;
  return movedFirst(candidates, 1, lift(second, top.probability));
}
