// Weighs a question's words and measures, per candidate entry, the evidence that the entry answers them.
import type { Kind, Lang } from '../kb/schema.js';
import type { QueryWord } from './analyze.js';
import { figureEvidence, type EntryFigures } from './figure-evidence.js';
import type { StatedFigures } from './figures.js';
import { lacksAskedValue, namesAskedValue, type AskedValue } from './asked-attributes.js';
import { isFocusWord } from './focus.js';
import { FRAME_WORD_WEIGHT } from './question-frame.js';
import type { EntryHit, SearchIndex } from './search-index.js';
import { isSourceTalk, type SourceProfile } from './source-cues.js';
import { isStopwordTypo } from './stopwords.js';

/** A name found in more entries than this is part of the topic (e.g. a company the whole base is about), not a name. */
const NAME_LIKE_DF = 3;
/** How much a word no entry uses counts among the words beside a name (see nameBacking). */
const UNKNOWN_OTHER_WORD = 2 / 3;

export interface WeighedQuestion {
  /** Per question word, its weight (inverse document frequency). */
  weights: number[];
  totalWeight: number;
  /** Per question word, whether it is a name the entries use, and a rare one. */
  rare: boolean[];
  /** Per question word, whether it asks for an attribute (founded, salary, speed): the entry must mention it. */
  focus: boolean[];
  /** Per question word, whether the knowledge base has never seen it. */
  unknown: boolean[];
  /** Per question word, the stems it may stand for. */
  stems: string[][];
  askedKinds: ReadonlySet<Kind>;
  /** The figures the question states ("what does 86% refer to"). */
  figures: StatedFigures;
  /** The languages of sources the question names ("the Russian article"). */
  sourceLangs: readonly Lang[];
  /** The kinds of value the question asks for ("in what year"): the entry must state one. */
  askedValues: readonly AskedValue[];
}

/** What the question says beyond its words: the kinds it asks for, its figures, the sources it names. */
export interface QuestionCues {
  askedKinds: ReadonlySet<Kind>;
  figures: StatedFigures;
  sourceLangs: readonly Lang[];
  askedValues: readonly AskedValue[];
  /** Words only the story around the question holds (see question-frame.ts): they weigh less. */
  frame?: ReadonlySet<string>;
}

export function weighQuestion(
  words: QueryWord[],
  index: SearchIndex,
  names: ReadonlySet<string>,
  entryCount: number,
  cues: QuestionCues,
): WeighedQuestion {
  // Words saying where a fact was read or naming the value asked ("year") weigh nothing; nor typos of stop words.
  const rareFrom = Math.log(1 + entryCount / NAME_LIKE_DF);
  const unknownFrom = Math.log(1 + entryCount) + 1e-9;
  const raw = words.map((w) => {
    const said = isSourceTalk(w.word) || namesAskedValue(w.word, cues.askedValues);
    const weight = said ? 0 : index.weight(w.stems);
    return weight > unknownFrom && isStopwordTypo(w.word) ? 0 : weight;
  });
  // The flags read a word's own weight; its share of the question is less when only the story around it holds it.
  const weights = cues.frame?.size
    ? words.map((w, i) => (cues.frame?.has(w.word) ? FRAME_WORD_WEIGHT : 1) * raw[i]!)
    : raw;
  return {
    weights,
    totalWeight: weights.reduce((a, b) => a + b, 0),
    rare: words.map((w, i) => (raw[i] ?? 0) >= rareFrom && w.stems.some((s) => names.has(s))),
    focus: words.map((w) => isFocusWord(w.word)),
    unknown: raw.map((w) => w > unknownFrom),
    stems: words.map((w) => w.stems),
    ...cues,
  };
}

/** What speaks for (and against) one entry as the answer; every value is 0..1. */
export interface Evidence {
  /** The weighted share of the question's words the entry matches, damped when they say little. */
  share: number;
  coverage: number;
  /** How much specific information the matched words carry, saturating. */
  matchedInformation: number;
  /** The share of the question's weight matched exactly (not by prefix or typo). */
  exactShare: number;
  /** Search relevance relative to the best candidate's. */
  relativeRelevance: number;
  /** How far the entry's relevance leads the best other candidate's (negative when it trails), relative to the best. */
  relevanceLead: number;
  /** Search relevance on an absolute scale, saturating. */
  absoluteRelevance: number;
  kindAskedAndMatches: number;
  kindAskedOtherwise: number;
  /** Only a name matches, while most of the question asks something else. */
  nameOnly: number;
  /** A name matches, backed only by common words. */
  nameWeak: number;
  /** The question asks for an attribute the entry never mentions, or a value (a year, a duration) it never states. */
  focusMissing: number;
  /** The question names a thing (a company, a person) the entry never mentions: it is likely about another one. */
  nameElsewhere: number;
  /** The share of the question's weight in words the knowledge base has never seen. */
  unknownShare: number;
  /** How long the question is (1 from ten content words on). */
  length: number;
  /** A figure the question states is the entry's headline figure (or its complement: 96 % silent, 4 % complain). */
  figureHeadline: number;
  /** A figure the question states is in the entry's text, not its headline. */
  figureInText: number;
  /** The question states figures and the entry states none of them. */
  figureMissing: number;
  /** The source the question names (its language, year or title words) is the entry's. */
  sourceFits: number;
  /** The question names a source in a language, or of a year, that the entry's source is not. */
  sourceConflicts: number;
}

/** What an entry offers beyond its indexed words: the figures it states and its citation. */
export interface EntryCues {
  source: SourceProfile;
  /** The figures the entry states, read only when the question has a number (see entryFigures). */
  figures: () => EntryFigures;
}

/** The candidates' relevances, to place each candidate among the others. */
export interface RelevanceField {
  best: number;
  second: number;
}

export function evidenceFor(
  hit: EntryHit,
  question: WeighedQuestion,
  field: RelevanceField,
  cues: EntryCues,
): Evidence {
  const { weights, totalWeight } = question;
  const total = totalWeight || 1;
  // A word naming the entry's source ("the Polish column", "the telephony company's blog") is matched by it.
  const bySource = question.stems.map(
    (stems, i) => !hit.matched[i] && stems.some((s) => cues.source.stems.has(s)),
  );
  let matchedWeight = 0;
  let exactWeight = 0;
  let unknownWeight = 0;
  hit.matched.forEach((quality, i) => {
    const w = weights[i] ?? 0;
    matchedWeight += quality * w;
    if (quality >= 1) exactWeight += w;
    if (question.unknown[i] && !quality) unknownWeight += w;
  });
  const coverage = matchedWeight / total;
  const lacks = (i: number) => !(hit.matched[i] ?? 0);
  const name = nameBacking(hit, question);
  const kindAsked = question.askedKinds.size > 0;
  const kindMatches = question.askedKinds.has(hit.entry.kind);
  return {
    share: coverage * Math.sqrt(Math.min(1, matchedWeight / 3.5)),
    coverage,
    matchedInformation: matchedWeight / (matchedWeight + 6),
    exactShare: exactWeight / total,
    relativeRelevance: field.best > 0 ? hit.relevance / field.best : 0,
    relevanceLead:
      field.best > 0
        ? (hit.relevance - (hit.relevance >= field.best ? field.second : field.best)) / field.best
        : 0,
    absoluteRelevance: hit.relevance / (hit.relevance + 10),
    kindAskedAndMatches: kindAsked && kindMatches ? 1 : 0,
    kindAskedOtherwise: kindAsked && !kindMatches ? 1 : 0,
    nameOnly: name === 'only' ? 1 : 0,
    nameWeak: name === 'weak' ? 1 : 0,
    focusMissing:
      question.focus.some((f, i) => f && lacks(i)) || lacksAskedValue(hit.entry, question.askedValues)
        ? 1
        : 0,
    nameElsewhere: question.rare.some((rare, i) => rare && lacks(i) && !bySource[i]) ? 1 : 0,
    unknownShare: unknownWeight / total,
    length: Math.min(1, weights.length / 10),
    ...figureEvidence(cues.figures, question.figures),
    ...sourceEvidence(cues.source, question, bySource),
  };
}

function sourceEvidence(source: SourceProfile, question: WeighedQuestion, bySource: boolean[]) {
  const langs = question.sourceLangs;
  const years = question.figures.years;
  const langFits = source.lang !== undefined && langs.includes(source.lang);
  const yearFits = source.year !== undefined && years.includes(source.year);
  const langConflicts = langs.length > 0 && source.lang !== undefined && !langFits;
  const yearConflicts = years.length > 0 && source.year !== undefined && !yearFits;
  return {
    sourceFits: langFits || yearFits || bySource.some(Boolean) ? 1 : 0,
    sourceConflicts: langConflicts || yearConflicts ? 1 : 0,
  };
}

/**
 * "In what year was Zappos founded?" matches the Zappos entry's rarest word, which alone outweighs the rest of the
 * question, but what it asks (year, founded) is not there. So beside names most other words must match, some specific.
 */
function nameBacking(hit: EntryHit, question: WeighedQuestion): 'only' | 'weak' | 'backed' | 'none' {
  let namesMatched = 0;
  let others = 0;
  let othersMatched = 0;
  let othersMatchedWeight = 0;
  hit.matched.forEach((quality, i) => {
    if ((question.rare[i] ?? false) && quality > 0) namesMatched += 1;
    // A word no entry has ever used is as often the asker's frame ("prezentacja", "egzaminie") as what is asked
    // about the name ("Voicetel"): it counts less.
    else if (question.weights[i]) {
      others += question.unknown[i] && !quality ? UNKNOWN_OTHER_WORD : 1;
      othersMatched += quality;
      othersMatchedWeight += quality * (question.weights[i] ?? 0);
    }
  });
  if (namesMatched === 0 || others === 0) return 'none';
  // "Ryan Block and Comcast: what happened?" asks for the story of the names, which a case entry tells.
  if (hit.entry.kind === 'case' && question.askedKinds.has('case')) return 'none';
  if (othersMatched / others < 0.5) return 'only';
  // One common word ("customer") beside a name is not enough to be sure.
  return othersMatchedWeight < 1.5 ? 'weak' : 'backed';
}

/** The evidence as the ranker's input, in a fixed order (the trained weights follow it). */
export const FEATURES = [
  'share',
  'coverage',
  'matchedInformation',
  'exactShare',
  'relativeRelevance',
  'absoluteRelevance',
  'kindAskedAndMatches',
  'kindAskedOtherwise',
  'nameOnly',
  'nameWeak',
  'focusMissing',
  'nameElsewhere',
  'unknownShare',
  'length',
  'figureHeadline',
  'figureInText',
  'figureMissing',
  'sourceFits',
  'sourceConflicts',
] as const satisfies readonly (keyof Evidence)[];

export function featureVector(evidence: Evidence): number[] {
  return FEATURES.map((name) => evidence[name]);
}
