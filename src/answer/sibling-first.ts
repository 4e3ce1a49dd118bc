// Sibling statistics: one fact told with two figures or by two works ("only 1 in 26 complain" and "about 4 %
// complain"; the column's 6–7× and the blog's 6×). Their words fit a question alike, so the one whose phrasings held
// more of them came first, whatever the question said of the figure or the work:
// - a question naming the work ("per the Russian article", "по данным блога") puts the sibling of that work before a
//   first whose work it is not (the source cues' fit and conflict, see evidence.ts);
// - a question asking a share in percent ("what %", "jaki procent", "сколько процентов", "what share", "доля") puts
//   a sibling stating a percentage before a first stating "1 in N", and one asking "one in how many" ("1 na ilu",
//   "один из скольких") the other way round; so too a statistic of the first's topic that is no sibling (the unit
//   asked is the question's, whatever fact the first tells);
// - a question putting a comparison one way ("how much more does a new one cost", "o ile drożej", "во сколько раз
//   дешевле удержать") puts the sibling whose text puts it that way first (comparison-direction.ts: the column's
//   "a new one costs 6–7× more" against the blog's "keeping one is 6× cheaper");
// - and when nothing of the question tells them apart (no work, unit, way or figure of one of them), the sibling
//   read in a work of the question's own language comes first: a Polish agent gets the Polish column, a Russian one
//   the Russian blog, whose source they can read (the other sibling is shown beside it, twin-entries.ts).
// Siblings are statistics sharing a topic whose headline figures tell the same amount (1 in 26 is 3.8 %, about 4 %)
// or that are twins (twin-entries.ts). Only the next two candidates are read, and only one over the decline line is
// lifted, at the first's probability.
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { figureIn, LANGS, type Entry, type Lang } from '../kb/schema.js';
import { comparisonDirection, type Direction } from './comparison-direction.js';
import { FEATURES } from './evidence.js';
import { foldText } from './normalize.js';
import { figuresIn } from './figures.js';
import { twinEntries } from './twin-entries.js';
import { wholePhrases } from './word-bounds.js';
import { movedFirst } from './moved-first.js';

const SOURCE_FITS = FEATURES.indexOf('sourceFits');
const SOURCE_CONFLICTS = FEATURES.indexOf('sourceConflicts');
const FIGURE_HEADLINE = FEATURES.indexOf('figureHeadline');
const FIGURE_IN_TEXT = FEATURES.indexOf('figureInText');

/** What else of the question tells siblings apart: the way it puts a comparison, its language. */
export interface SiblingAsk {
  direction?: Direction;
  /** The question's language, and the language of the work an entry is read in (its citation's). */
  lang?: Lang;
  sourceLang?: (entry: Entry) => Lang | undefined;
}

/** Entries' comparison directions already read ('none' for none). */
const directions = new WeakMap<Entry, Direction | 'none'>();

/** The way an entry's comparison of costs runs, alike in every language it is written in. */
export function entryDirection(entry: Entry): Direction | undefined {
  let read = directions.get(entry);
  if (read === undefined) {
    const seen = new Set<Direction | undefined>();
    for (const lang of LANGS) {
      const text = entry.text[lang];
      if (text !== undefined) seen.add(comparisonDirection(foldText(text)));
    }
    read = seen.size === 1 ? ([...seen][0] ?? 'none') : 'none';
    directions.set(entry, read);
  }
  return read === 'none' ? undefined : read;
}

/** What the reorder reads of a candidate. */
export interface SiblingCandidate {
  hit: { entry: Entry };
  features: readonly number[];
  probability: number;
}

/** The unit a question asks a share in: a percentage, or one in how many. */
export type AskedUnit = 'percent' | 'oneIn' | undefined;

const ONE_IN_ASKED = wholePhrases([
  '(?:1|one|jeden|jednego|один|одного) (?:in|out of|na|z|из) (?:how many|ilu|скольких|сколько)',
  '(?:1|one|jeden|один) (?:in|na|из) (?:\\.{2,}|_+|x)',
  'каждый (?:какой|который)',
]);
const PERCENT_ASKED = wholePhrases([
  '(?:what|which) (?:%|percent\\p{L}*|share|portion|proportion|fraction)',
  'how (?:many|much) (?:%|percent\\p{L}*)',
  '(?:jaki|jaka|ile|jakim) (?:%|procent\\p{L}*|odset\\p{L}*|udzial\\p{L}*|czesc\\p{L}*)',
  'odsetek',
  '(?:какои|какая|какую|сколько|скока|скольких) (?:%|процент\\p{L}*|дол\\p{L}*|част\\p{L}*)',
  'каков\\p{L}* (?:дол\\p{L}*|процент\\p{L}*)',
]);

/** The unit the question asks a share in, if it names one (on folded text). */
export function askedUnit(folded: string): AskedUnit {
  if (ONE_IN_ASKED.test(folded)) return 'oneIn';
  // "%" stands apart from letters: the phrase patterns' word bounds do not see it.
  // …nor a blank to fill before it ("___% leave silently").
  if (PERCENT_ASKED.test(folded) || /(?:(?:what|jaki|ile|какои|сколько) ?|_{2,} ?)%/u.test(folded))
    return 'percent';
  return undefined;
}

/** A statistic's headline as an amount out of a hundred, and whether it is written as one in N. */
function headlineShare(entry: Entry): { share: number; oneIn: boolean } | undefined {
  if (entry.kind !== 'statistic' || entry.figure === undefined) return undefined;
  const text = LANGS.map((lang) => figureIn(entry, lang) ?? '').join(' ');
  const figures = figuresIn(text);
  const percent = figures.percents[0];
  if (percent !== undefined) return { share: percent, oneIn: false };
  const [one, many] = figures.numbers;
  if (one === 1 && many !== undefined && many > 1) return { share: 100 / many, oneIn: true };
  return undefined;
}

/** Whether two statistics of one topic tell the same share, one as a percentage and one as one in N. */
function sameShare(a: Entry, b: Entry): boolean {
  if (!a.topics.some((topic) => b.topics.includes(topic))) return false;
  const x = headlineShare(a);
  const y = headlineShare(b);
  if (!x || !y || x.oneIn === y.oneIn) return false;
  // "About 4 %" and 1 in 26 (3.8 %): a rounding apart.
  return Math.abs(x.share - y.share) <= Math.max(1, 0.25 * Math.min(x.share, y.share));
}

function siblings(kb: KnowledgeBase, a: Entry, b: Entry): boolean {
  return sameShare(a, b) || twinEntries(kb, a).includes(b);
}

function fitsSource(c: SiblingCandidate): boolean {
  return c.features[SOURCE_FITS] === 1 && c.features[SOURCE_CONFLICTS] === 0;
}

function conflictsSource(c: SiblingCandidate): boolean {
  return c.features[SOURCE_CONFLICTS] === 1 && c.features[SOURCE_FITS] === 0;
}

function sameTopicStatistic(a: SiblingCandidate, b: SiblingCandidate): boolean {
  return b.hit.entry.kind === 'statistic' && b.hit.entry.topics.some((t) => a.hit.entry.topics.includes(t));
}

/** Whether the candidate states a figure the question names (whole or one end of a range). */
function statesFigureAsked(c: SiblingCandidate): boolean {
  return (c.features[FIGURE_HEADLINE] ?? 0) > 0 || c.features[FIGURE_IN_TEXT] === 1;
}

function inUnit(entry: Entry, unit: AskedUnit): boolean {
  const share = headlineShare(entry);
  return share !== undefined && share.oneIn === (unit === 'oneIn');
}

/**
 * The candidates with the sibling the question points to first (see the module's comment); the same array when the
 * first is a fit already or no sibling among the next two is. `lift` makes the sibling's candidate at the first's
 * probability.
 */
export function siblingFirst<C extends SiblingCandidate>(
  candidates: C[],
  kb: KnowledgeBase,
  unit: AskedUnit,
  declineBelow: number,
  lift: (candidate: C, probability: number) => C,
  ask: SiblingAsk = {},
): C[] {
  const top = candidates[0];
  if (!top || top.hit.entry.kind !== 'statistic') return candidates;
  const byWork = conflictsSource(top);
  const byUnit = unit !== undefined && !inUnit(top.hit.entry, unit);
  const { direction, lang, sourceLang } = ask;
  const byWay = direction !== undefined && entryDirection(top.hit.entry) !== direction;
  // The language decides only where the first is no fit by anything the question names.
  const byLang =
    !byWork &&
    !byUnit &&
    !byWay &&
    lang !== undefined &&
    sourceLang !== undefined &&
    !fitsSource(top) &&
    !statesFigureAsked(top) &&
    (direction === undefined || entryDirection(top.hit.entry) !== direction) &&
    sourceLang(top.hit.entry) !== lang;
  if (!byWork && !byUnit && !byWay && !byLang) return candidates;
  const at = candidates.findIndex(
    (c, i) =>
      i > 0 &&
      i < 3 &&
      c.probability >= declineBelow &&
      // Named work first: a sibling of the named work, in the asked unit when one is asked too.
      ((byWork && fitsSource(c) && (unit === undefined || inUnit(c.hit.entry, unit) || !byUnit)) ||
        (byUnit && inUnit(c.hit.entry, unit) && !conflictsSource(c)) ||
        (byWay && !byWork && !byUnit && entryDirection(c.hit.entry) === direction && !conflictsSource(c)) ||
        (byLang && sourceLang?.(c.hit.entry) === lang && !conflictsSource(c))) &&
      // A unit asked is no sibling's alone: "jaki odsetek… odchodzi do konkurencji" asks a percentage, which the
      // "66 % switch" statistic of the topic gives and "1 in 26 complain" does not.
      (siblings(kb, top.hit.entry, c.hit.entry) || (byUnit && !byWork && sameTopicStatistic(top, c))),
  );
  if (at < 0) return candidates;
  const sibling = candidates[at] as C;
  return movedFirst(candidates, at, lift(sibling, top.probability));
}
