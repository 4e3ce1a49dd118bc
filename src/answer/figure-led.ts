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
const FIGURE =
  '(?:\\d+(?:[.,]\\d+)?\\s*(?:%|percent\\p{L}*|per cent|procent\\p{L}*|процент\\p{L}*|x|×|times|razy|раза?)?|(?:1|one|jeden|один)\\s*(?:-|\\s)(?:in|na|z|из)(?:-|\\s)\\d+)';
/** One figure, or a pair asked back together ("80% и 8% — что это за пара цифр?"; round 103). */
const FIGURE_ALONE = new RegExp(`^${FIGURE}(?:\\s+(?:and|i|и|a|&|vs\\.?|oraz)\\s+${FIGURE})?$`, 'u');

/**
 * What the rest asks when it only asks what the figure was ("67% - whats that stat about again?", "44% - what was
 * that one about?", "76% — что за цифра…", "66% - eto pro chto voobshe?", "26 - czego to dotyczyło?"): the quiz's
 * reverse question (round 102), which no word of the rest answers, so the figure is all the search has.
 */
const RECALL_ASK = new RegExp(
  [
    "what(?:'s|s| is| was| were)? (?:that|this|it|the|those|these)(?: (?:stat|stats|number|figure|one|statistic))? (?:about|again|referring to)",
    'what (?:does|did|do) (?:it|that|this) (?:mean|refer to|stand for)',
    'co to (?:za (?:para |pare )?(?:liczba|liczby|statystyka|dane)|bylo|jest|znaczy|oznacza)|czego (?:to )?(?:dotyczy|dotyczylo|dotyczyla)|o czym (?:to )?(?:bylo|jest)',
    'что (?:это |она |то )?за (?:пар\\p{L}* )?(?:цифр\\p{L}*|числ\\p{L}*|статистик\\p{L}*|показател\\p{L}*)|про что|о чем (?:это|она|там)|к чему (?:это|она)',
    'pro chto|o chem (?:eto|ona)|k chemu (?:eto|ona)|chto (?:eto )?za (?:tsifr\\p{L}*|chisl\\p{L}*)',
  ].join('|'),
  'u',
);

/** Whether a question only asks what a figure was (see RECALL_ASK); read where it opens with the figure alone. */
export function asksFigureBack(folded: string): boolean {
  return RECALL_ASK.test(folded);
}

/** The numbers (years excepted) the question's opening clause states when it opens with them; none otherwise. */
export function leadingFigures(folded: string): number[] {
  const text = folded.trim();
  // The first break after the figure: "13 percent, what was that" ends at the comma after "percent".
  const figureAt = text.search(/\d/u);
  if (figureAt < 0) return [];
  // A label ending in a colon frames the question ("the pet insurance team asks: 80% and 8% — what pair is that?").
  const before = text.slice(text.lastIndexOf(':', figureAt) + 1, figureAt);
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
  wider: (from: number, keep: (entry: Entry) => boolean) => H[],
): H[] {
  if (asked.numbers.length === 0) return hits;
  const holds = (entry: Entry) => asked.numbers.some((n) => statesNumber(figuresOf(entry).headline, n));
  if (hits.some((hit) => holds(hit.entry))) return hits;
  // The wider search's hits past the usual ones that state it (it builds no others).
  const added = wider(hits.length, holds);
  return added.length === 0 ? hits : [...hits, ...added];
}

/** The probability an entry whose headline states a figure only asked back is lifted to: above the decline line. */
const RECALLED_FLOOR = 0.5;

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
  recalled = false,
): C[] {
  const top = candidates[0];
  if (!top || lead.length === 0) return candidates;
  // The figure itself, not its complement: "96 %" opening a question names no entry of 4 %.
  const holds = (c: C) => lead.some((n) => figuresOf(c.hit.entry).headline.numbers.includes(n));
  const kept = (c: C) => holds(c) && !setAsideByRule(c.features);
  if (!recalled && holds(top)) return candidates;
  const at = recalled ? candidates.findIndex(kept) : candidates.findIndex((c, i) => i > 0 && kept(c));
  if (at < 0) return candidates;
  const found = candidates[at] as C;
  // A figure only asked back is the whole key: its entry is answered, if unsure (the floor), whatever the rest matched.
  const floor = recalled ? RECALLED_FLOOR : 0;
  const lifted = lift(found, Math.max(found.probability, top.probability, floor));
  return movedFirst(candidates, at, lifted);
}
