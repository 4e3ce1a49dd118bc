// A benefit ask ("what's the benefit of mystery shoppers", "jakie korzyści daje…", "какая от этого польза", "что
// даёт…", "po co…") asks what a practice brings, which the tip recommending it tells; the definition of the practice
// or a statistic about it, which share its name, often outrank that tip on the words alone.
import type { Kind } from '../kb/schema.js';
import { kindsAskedFor } from './intent.js';
import { WHAT_IT_CHECKS } from './purpose-cues.js';
import { wholeCues } from './word-bounds.js';
import { movedFirst } from './moved-first.js';

function cues(...alternatives: string[]): RegExp {
  return wholeCues(alternatives, 'gu');
}

/** The asking words, on folded text (Polish diacritics removed, ё → е). */
const BENEFIT_ASKED = cues(
  // English
  "(?:what(?:['’]s|s| is| are) the )?(?:\\p{L}+ )?(?:benefits?|advantages?)",
  "what(?:['’]s|s| is) the (?:point|use) of",
  'what good (?:is|are|does|do)',
  'how (?:does|do|would|will|can|could) (?:\\p{L}+ ){0,4}?help',
  '(?:gain|get) out of',
  'gain from',
  // Polish
  'korzysc\\p{L}*',
  'pozytk\\p{L}*',
  'pozytek',
  'zalet\\p{L}*',
  'po co',
  'co (?:\\p{L}+ ){0,2}?(?:daje|daja|da|dadza|przynosi|przynosza|zyskuje|zyskuja|zyska|zyskamy)',
  'jak (?:\\p{L}+ ){0,3}?(?:pomaga|pomoze|pomagaja)',
  'czemu (?:to )?sluzy',
  // Russian, and as Latin letters read it ("kak eto pomogaet")
  'польз\\p{L}*',
  'выгод\\p{L}*',
  'преимуществ\\p{L}*',
  'зачем',
  'для чего',
  'что (?:\\p{L}+ ){0,3}?(?:дает|дают|даст|приносит|приносят)',
  'чем (?:\\p{L}+ ){0,2}?полез\\p{L}*',
  'как (?:\\p{L}+ ){0,3}?(?:помогает|помогают|поможет)',
  'kak (?:\\p{L}+ ){0,3}?pomoga\\p{L}*',
  'zachem',
);

/**
 * Why a practice matters, or the reasons to care about it (session 17): what it brings, asked from the other side
 * ("why should a small shop even care about service quality", "dlaczego jakość obsługi jest taka ważna", "какие
 * причины важности…"). A metric tells why it matters too ("почему важна доступность консультантов").
 */
const WHY_IT_MATTERS = cues(
  'why (?:\\p{L}+ ){0,6}?(?:matters?|important|care|bother)',
  "reasons? (?:[\\p{L}'’]+ ){0,4}?important",
  "why (?:[\\p{L}'’]+ ){0,4}?important",
  '(?:dlaczego|czemu) (?:\\p{L}+ ){0,6}?(?:wazn\\p{L}*|liczy sie|ma znaczenie|dbac|przejmowac sie)',
  'powod\\p{L}* (?:\\p{L}+ ){0,2}?(?:dla ktorych|dlaczego|by|zeby)',
  'почему (?:\\p{L}+ ){0,6}?(?:важн\\p{L}*|имеет значение|заботиться)',
  'причин\\p{L}* (?:\\p{L}+ )?важност\\p{L}*',
);

const CHECKS_ASKED = new RegExp(WHAT_IT_CHECKS.source, 'gu');

/** "What are the (main) reasons": no definition asked. */
const REASONS_ASKED = new RegExp(
  "what(?:['’]s|s| is| are) the (?:\\p{L}+ )?(?=reasons?(?![\\p{L}\\p{N}_]))",
  'gu',
);

/** Whether the benefit asked is only why something matters (no other benefit or check word). */
function onlyWhyItMatters(folded: string): boolean {
  const why = folded.replace(WHY_IT_MATTERS, ' ');
  return why !== folded && why === why.replace(BENEFIT_ASKED, ' ').replace(CHECKS_ASKED, ' ');
}

/** Whether the question asks what a practice brings. `folded`: foldText of it. */
export function asksForBenefit(folded: string, askedKinds: ReadonlySet<Kind>): boolean {
  // "ile firm korzysta…", "what share benefits": a figure asked is the statistic's.
  if (askedKinds.has('statistic')) return false;
  // What a practice checks or looks at ("что оценивает тайный покупатель", "na co zwraca uwagę") is what it brings
  // too: the tip recommending it tells it (session 17).
  const unreasoned = folded.replace(REASONS_ASKED, ' ');
  const rest = unreasoned.replace(BENEFIT_ASKED, ' ').replace(WHY_IT_MATTERS, ' ').replace(CHECKS_ASKED, ' ');
  if (rest === unreasoned) return false;
  // "kim jest mystery shopper i po co go wynajmują", "что такое … и зачем": the definition is asked too ("what are the
  // main reasons" beside it asks for none).
  return !kindsAskedFor(rest, rest).has('definition');
}

/** The tip must be at least this share of the first candidate's probability: a far tip is another topic's. */
const TIP_SHARE = 0.4;

/** How many of the best candidates are looked at for a tip: the tip is mostly second or third. */
const LOOKED_AT = 4;

interface Ranked {
  readonly hit: { readonly entry: { readonly kind: Kind } };
  readonly probability: number;
}

/**
 * For a benefit ask whose first candidate is a definition or a statistic, the best tip among the first few comes
 * first, at the first one's probability (so the answer's certainty, and whether it is declined, stay as they were).
 * `lift` makes the lifted candidate with the given probability.
 */
export function benefitTipFirst<C extends Ranked>(
  candidates: C[],
  benefitAsked: boolean,
  lift: (candidate: C, probability: number) => C,
): C[] {
  const top = candidates[0];
  if (!benefitAsked || !top || (top.hit.entry.kind !== 'definition' && top.hit.entry.kind !== 'statistic'))
    return candidates;
  const at = candidates.findIndex(
    (c, i) =>
      i > 0 && i < LOOKED_AT && c.hit.entry.kind === 'tip' && c.probability >= TIP_SHARE * top.probability,
  );
  if (at < 0) return candidates;
  const tip = lift(candidates[at] as C, top.probability);
  return movedFirst(candidates, at, tip);
}

/** The kinds asked when a benefit is: the tip, not a definition ("what's the benefit of…" reads as one). */
export function kindsForBenefit(
  kinds: ReadonlySet<Kind>,
  benefitAsked: boolean,
  folded = '',
): ReadonlySet<Kind> {
  if (!benefitAsked) return kinds;
  const asked = new Set(kinds);
  asked.delete('definition');
  // Why something matters asks no kind of its own: a tip, a metric ("почему важна доступность консультантов") or a
  // statistic may tell it; only the definition does not.
  if (!onlyWhyItMatters(folded)) asked.add('tip');
  return asked;
}
