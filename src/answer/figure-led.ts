// A fact recalled by its figure: "13 percent, what was that again?", "American Express, 62% — czego to dotyczyło?",
// "76 % — что это было в том посте?". The question opens with the figure (a name or source beside it at most), and
// the rest only asks what it was, so the entry whose headline states that figure is the answer:
// - the search keeps, beyond its usual twenty, the entries whose headline states a figure the question names
//   (a question's words about the source, "the Russian post on the cost of bad service", matched twenty other
//   entries of that post better than the one holding the figure, which was never read);
// - the entry whose headline states the leading figure comes before a first that does not state it, however well
//   the first matched the rest ("…next to the 1-in-26 figure" names a neighbour, not what is asked).
import { statesNumber, figuresIn, type StatedFigures } from './figures.js';
import type { EntryFigures } from './figure-evidence.js';
import type { Entry } from '../kb/schema.js';
import { setAsideByRule } from './ranker.js';
import { movedFirst } from './moved-first.js';

/** How many hits are searched for an entry holding the asked figure: its figure, a rare word, still ranked 61st
 * among a blog post's entries when the question named the post in four common words. */
export const FIGURE_SEARCH_LIMIT = 200;

/** At most this many words before the figure in the opening clause ("American Express, 62%"; "Ryan Block, 2014"). */
const WORDS_BEFORE = 4;

/** Where the opening clause ends: a dash, colon, question mark, full stop, or a comma before more than the figure. */
const CLAUSE_END = /\s[-–—]\s|[–—:?!.;](?!\d)|,\s(?=\p{L})/u;

/** A hedge right before the figure ("about 90%", "prawie 90%", "почти 90%"): a figure recalled roughly is no key. */
const HEDGE_BEFORE =
  /(?:^|\s)(?:about|around|almost|nearly|roughly|some|ok|okolo|prawie|blisko|jakies|ponad|over|under|почти|около|примерно|где-то|порядка|более|менее|больше|меньше)\s*$/u;

/** A figure with its unit at most, or a ratio. */
const FIGURE_ALONE =
  /^(?:\d+(?:[.,]\d+)?\s*(?:%|percent\p{L}*|per cent|procent\p{L}*|процент\p{L}*|x|×|times|razy|раза?)?|(?:1|one|jeden|один)\s*(?:-|\s)(?:in|na|z|из)(?:-|\s)\d+)$/u;

/** The numbers (years excepted) the question's opening clause states when it opens with them; none otherwise. */
export function leadingFigures(folded: string): number[] {
  const text = folded.trim();
  // The first break after the figure: "13 percent, what was that" ends at the comma after "percent".
  const figureAt = text.search(/\d/u);
  if (figureAt < 0) return [];
  const before = text.slice(0, figureAt);
  if (before.split(/[\s,]+/u).filter((w) => /\p{L}/u.test(w)).length > WORDS_BEFORE) return [];
  if (/[?!.;:–—]|\s-\s/u.test(before) || HEDGE_BEFORE.test(before)) return [];
  const rest = text.slice(figureAt);
  const end = rest.search(CLAUSE_END);
  if (end < 0) return [];
  const clause = rest.slice(0, end).trim();
  // "62%", "13 percent", "1 na 26": the figure and its unit alone ("63% to ci, którzy…" opens a sentence about it).
  if (!FIGURE_ALONE.test(clause)) return [];
  return figuresIn(clause, clause).numbers;
}

/**
 * Hits to read: the usual ones, and when none of them states a figure asked in its headline, any further one that
 * does, from a wider search (run only then: most questions naming a figure find its entry among the first; run
 * always, it cost a question naming a figure half as much time again, 1.05 → 1.56 ms).
 */
export function withFigureHits<H extends { entry: Entry }>(
  hits: H[],
  asked: StatedFigures,
  figuresOf: (entry: Entry) => EntryFigures,
  wider: () => H[],
): H[] {
  if (asked.numbers.length === 0) return hits;
  const holds = (hit: H) => asked.numbers.some((n) => statesNumber(figuresOf(hit.entry).headline, n));
  if (hits.some(holds)) return hits;
  const more = wider();
  if (more.length <= hits.length) return hits;
  const added = more.slice(hits.length).filter(holds);
  return added.length === 0 ? hits : [...hits, ...added];
}

/** What the reorder reads of a candidate. */
export interface LeadCandidate {
  hit: { entry: Entry };
  features: readonly number[];
  probability: number;
}

/**
 * The candidates with the one whose headline states a leading figure first, at the first's probability when that is
 * higher, unless the first states it already or none does (or one a rule sets aside).
 */
export function leadFigureFirst<C extends LeadCandidate>(
  candidates: C[],
  lead: readonly number[],
  figuresOf: (entry: Entry) => EntryFigures,
  lift: (candidate: C, probability: number) => C,
): C[] {
  const top = candidates[0];
  if (!top || lead.length === 0) return candidates;
  // The figure itself, not its complement: "96 %" opening a question names no entry of 4 %.
  const holds = (c: C) => lead.some((n) => figuresOf(c.hit.entry).headline.numbers.includes(n));
  if (holds(top)) return candidates;
  const at = candidates.findIndex((c, i) => i > 0 && holds(c) && !setAsideByRule(c.features));
  if (at < 0) return candidates;
  const found = candidates[at] as C;
  const lifted = lift(found, Math.max(found.probability, top.probability));
  return movedFirst(candidates, at, lifted);
}
