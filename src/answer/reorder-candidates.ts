// After the ranker: cues of the whole question that put one candidate before another. Each step is its own module
// with its own tests; this file only runs them in their order, which matters (a later step sees the earlier's order).
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Entry, Kind, Lang } from '../kb/schema.js';
import { benefitTipFirst } from './benefit-asks.js';
import type { Candidate } from './candidates.js';
import { comparisonDirection } from './comparison-direction.js';
import { definitionFirst } from './definition-first.js';
import { exactTwinFirst } from './exact-twin-first.js';
import type { EntryFigures } from './figure-evidence.js';
import { asksFigureBack, leadFigureFirst } from './figure-led.js';
import { moodFirst } from './mood-first.js';
import { namedFigureFirst } from './named-figure-first.js';
import { namedMeasureFirst } from './named-measure-first.js';
import { namedWorkFirst } from './named-work-first.js';
import { answersEveryAsk, type QuestionAsks } from './question-asks.js';
import { askedUnit, siblingFirst } from './sibling-first.js';
import { asksStoryFigures, storyFiguresFirst } from './story-figures-first.js';
import type { WeighedQuestion } from './weigh-question.js';
import { movedFirst } from './moved-first.js';

/** What the reordering steps read of the question, read once by rankCandidates. */
export interface ReorderCues {
  kb: KnowledgeBase;
  weighed: WeighedQuestion;
  /** The message's several asks, when it makes more than one (question-asks.ts). */
  asks: QuestionAsks | undefined;
  figuresOf: (entry: Entry) => EntryFigures;
  /** The candidate at another probability (and, when given, another one-ask reading). */
  lift: (c: Candidate, probability: number, oneAskOnly?: boolean) => Candidate;
  declineBelow: number;
  asksFolded: string;
  questionLang: Lang | undefined;
  sourceLang: (entry: Entry) => Lang | undefined;
  askedKinds: ReadonlySet<Kind>;
  benefitAsked: boolean;
  /** The figures the question opens with, as a key to the entry stating them (figure-led.ts). */
  leadingFigures: number[];
  /** Whether a figure the question names is a key to the entry (not in a dispute, whose figures may be wrong). */
  figureIsKey: boolean;
}

/** The candidates, most likely first, reordered by the question's cues. */
export function reorderCandidates(candidates: Candidate[], cues: ReorderCues): Candidate[] {
  const { kb, weighed, asks, figuresOf, lift, declineBelow, asksFolded } = cues;
  // A figure named of a fact two works tell puts the work stating it whole first (exact-twin-first.ts).
  // A work or a unit the question names puts that sibling statistic first (sibling-first.ts).
  // A customer mood asked puts the finding about customers of that mood first (mood-first.ts).
  const ranked = moodFirst(
    siblingFirst(
      exactTwinFirst(asks ? everyAskFirst(candidates, weighed, asks, figuresOf, lift) : candidates, kb, lift),
      kb,
      askedUnit(asksFolded),
      declineBelow,
      lift,
      {
        direction: comparisonDirection(asksFolded),
        lang: cues.questionLang,
        sourceLang: cues.sourceLang,
      },
    ),
    asksFolded,
    declineBelow,
    lift,
  );
  // A story's figures asked in the plural put the case telling them all first (story-figures-first.ts).
  // A definition asked in so many words puts the definition before a tip of its term (definition-first.ts).
  // A benefit ask puts the tip telling what a practice brings before its definition (benefit-asks.ts).
  // A question opening with a figure ("13 percent, what was that?") puts the entry stating it first (figure-led.ts).
  // A figure named puts the statistic stating it before a close one that does not (named-figure-first.ts).
  // A work named decides a near tie between a first of another work and a second of that work (named-work-first.ts).
  // A measure named by its term puts that measure before the tip listing them all (named-measure-first.ts).
  return namedMeasureFirst(
    namedWorkFirst(
      namedFigureFirst(
        leadFigureFirst(
          benefitTipFirst(
            definitionFirst(
              storyFiguresFirst(ranked, asksStoryFigures(asksFolded), figuresOf, lift),
              cues.askedKinds,
              lift,
            ),
            cues.benefitAsked,
            lift,
          ),
          cues.leadingFigures,
          figuresOf,
          lift,
          cues.leadingFigures.length > 0 && asksFigureBack(asksFolded),
        ),
        cues.figureIsKey,
        lift,
      ),
      lift,
    ),
    asksFolded,
    weighed.measuresAsked,
    lift,
  );
}

/**
 * In a message of several asks, an entry answering every one of them ("how many flights were cancelled and what did
 * it cost": the case telling both figures) among the first three comes before a first entry answering only some (the
 * statistic of one figure), at its probability. Only the first three are read: a few checks a question of two asks.
 */
function everyAskFirst(
  candidates: Candidate[],
  weighed: WeighedQuestion,
  asks: QuestionAsks,
  figuresOf: (entry: Entry) => EntryFigures,
  lift: ReorderCues['lift'],
): Candidate[] {
  const top = candidates[0];
  if (!top || answersEveryAsk(top.hit, weighed, asks, figuresOf)) return candidates;
  const at = candidates.findIndex(
    (c, i) => i > 0 && i < 3 && answersEveryAsk(c.hit, weighed, asks, figuresOf),
  );
  if (at < 0) return candidates;
  const lifted = lift(candidates[at] as Candidate, top.probability, false);
  return movedFirst(candidates, at, lifted);
}
