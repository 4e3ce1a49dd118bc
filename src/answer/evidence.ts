// Measures, per candidate entry, the evidence that the entry answers the weighed question (see weigh-question.ts).
import { entryNamesNetwork } from './social-channels.js';
import { yearElsewhere, yearsAgainst } from './out-of-scope.js';
import {
  FIGURE_HEADLINE_PART,
  FIGURE_IN_HEADLINE,
  FIGURE_IN_TEXT,
  FIGURE_MISSING,
  figureEvidence,
  type FigureReader,
} from './figure-evidence.js';
import { lacksAsked } from './asked-attributes.js';
import { nearHeadline } from './approximate-figures.js';
import { nameBacking } from './name-backing.js';
import { lacksBesideAsk } from './beside-asks.js';
import { periodElsewhere } from './stated-details.js';
import type { Entry } from '../kb/schema.js';
import type { StatedFigures } from './figures.js';
import type { EntryHit } from './search-index.js';
import type { SourceProfile } from './source-cues.js';
import { sourceKindMatch } from './source-kinds.js';
import { titleMatch } from './quoted-title.js';
import type { WeighedQuestion } from './weigh-question.js';

/**
 * Matched words from which matchedWords is 1. A long question whose right entry matches many of its words, each of
 * them common, was declined (its matched share is low beside the chat around it), while an off-topic question that
 * happens to touch an entry matches two or three words: the count tells them apart where the shares do not.
 */
const MATCHED_WORDS_FULL = 10;

/** The share of a guessed cause's or a part's ask's weight (WeighedQuestion.halfAsk) an entry must match. */
const HALF_ASK_MATCHED = 0.5;

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
  /** How many of the question's words the entry matches (1 from MATCHED_WORDS_FULL on), however common each. */
  matchedWords: number;
  /**
   * The question asks for an amount of money, a share, a count, a person, a place or a cause that the entry never
   * states (see asked-attributes.ts): a flag of its own, so that the weights learned on the other flags stay theirs.
   */
  valueMissing: number;
  /** The question asks how to operate a tool or system (procedure-asks.ts), which no entry tells: alike for all. */
  procedureAsked: number;
  /** The share of the question's neighbouring word pairs that stand side by side in the entry too (index/pair-scan.ts). */
  pairShare: number;
  /**
   * The question asks a detail beside the entry's fact that the entry does not state: another period or country, what
   * a conversation was about, a list, steps (detail-asks.ts, stated-details.ts), a follow-up after a restated figure
   * (follow-up-ask.ts).
   */
  detailMissing: number;
  /** The question asks which measures to track (measure-asks.ts) and the entry is one metric's own, a part of them. */
  oneMeasureOfMany: number;
}

/** What an entry offers beyond its indexed words: the figures it states and its citation. */
export interface EntryCues {
  source: SourceProfile;
  /** Reads the figures (and kinds of value) an entry states, only when the question asks for them (see entryFigures). */
  figures: FigureReader;
  /** The share of the question's neighbouring word pairs that the entry has too (see SearchIndex.pairShares). */
  pairShare: number;
}

/** The candidates' relevances, to place each candidate among the others. */
export interface RelevanceField {
  best: number;
  second: number;
}

// One loop over the question's words and one array of numbers per candidate: the closures, per-word arrays and
// spreads it was written with, and an Evidence object per candidate, were the largest part of what a question
// allocated (20 candidates a question). The Evidence of a candidate is made from these numbers when it is read.
/** The features of one candidate, in the order of FEATURES (what the ranker reads). */
export function evidenceFeatures(
  hit: EntryHit,
  question: WeighedQuestion,
  field: RelevanceField,
  cues: EntryCues,
): number[] {
  const {
    weights,
    totalWeight,
    unknown,
    focus,
    settingOnly,
    network,
    rare,
    stems,
    followUp,
    halfAsk,
    namedSource,
    setAside,
  } = question;
  const { matched, entry } = hit;
  // A setting ("in Germany", "в отеле") is missing only from an entry whose figures are for another one.
  const statesFigures = entry.kind === 'statistic' || entry.kind === 'case';
  const total = totalWeight || 1;
  let matchedWeight = 0;
  let exactWeight = 0;
  let unknownWeight = 0;
  let focusLacking = false;
  let nameElsewhere = false;
  // A name the entries use that the question gives and this entry matches ("Kolsky").
  let nameMatched = false;
  // A word naming the entry's source ("the Polish column", "the telephony company's blog") is matched by it.
  let bySourceAny = false;
  // A source the question credits by name that the entry neither names nor cites (named-source.ts).
  let creditElsewhere = false;
  let matchedWords = 0;
  let followUpWeight = 0;
  let followUpMatched = 0;
  let halfAskWeight = 0;
  let halfAskMatched = 0;
  let setAsideWeight = 0;
  let setAsideMatched = 0;
  for (let i = 0; i < matched.length; i++) {
    const quality = matched[i] as number;
    const w = weights[i] ?? 0;
    matchedWeight += quality * w;
    if (followUp[i]) {
      followUpWeight += w;
      followUpMatched += quality * w;
    }
    if (halfAsk[i]) {
      halfAskWeight += w;
      halfAskMatched += quality * w;
    }
    if (setAside[i]) {
      setAsideWeight += w;
      setAsideMatched += quality * w;
    }
    if (quality >= 1) exactWeight += w;
    if (quality) {
      matchedWords += 1;
      if (rare[i]) nameMatched = true;
      continue;
    }
    if (unknown[i]) unknownWeight += w;
    if (focus[i] && (!settingOnly[i] || statesFigures) && !(network[i] && entryNamesNetwork(entry)))
      focusLacking = true;
    const bySource = namedBySource(stems[i], cues.source);
    if (namedSource[i] && !bySource) creditElsewhere = true;
    if (bySource) {
      bySourceAny = true;
      // A word naming the entry's own work ("w felietonie o tym, czemu obsługa klienta kuleje") is part of its ask.
      if (halfAsk[i]) halfAskMatched += w;
    } else if (rare[i]) nameElsewhere = true;
  }
  const coverage = matchedWeight / total;
  const asked = question.askedValuesSplit;
  const figure = figureEvidence(cues.figures, entry, question.figures);
  // A disputed figure is corrected by the entry's own; one stating no number has none to correct it with.
  const noNumber = question.disputed && statesNoNumber(entry, cues.figures(entry).text);
  const name = nameBacking(hit, question, figure === FIGURE_IN_HEADLINE);
  const kindAsked = question.askedKinds.size > 0;
  // A metric entry says what its measure is: it answers "what is response time?" as a definition does, but not a
  // figure asked with it ("what's the average eNPS score?").
  const kindMatches =
    question.askedKinds.has(entry.kind) ||
    (entry.kind === 'metric' &&
      question.askedKinds.has('definition') &&
      !question.askedKinds.has('statistic'));
  const source = cues.source;
  const langs = question.sourceLangs;
  const years = yearsAgainst(question.figures, () => cues.figures(entry).headline);
  const langFits = source.lang !== undefined && langs.includes(source.lang);
  const yearFits = source.year !== undefined && years.includes(source.year);
  const langConflicts = langs.length > 0 && source.lang !== undefined && !langFits;
  const yearConflicts = years.length > 0 && source.year !== undefined && !yearFits;
  // The kind of work named ("the FAQ", "w słowniczku", "в блоге") tells twins from two works apart.
  const kindMatch = sourceKindMatch(question.sourceKinds, source.kinds);
  const titled = titleMatch(question.quotedTitles, source.citation);
  // A work described ("the quality article") places the fact as a quoted title does, but less surely: it only weighs
  // as the source's fit or conflict (described-work.ts).
  const describedWork = titleMatch(question.describedTitles, source.citation);
  // In the order of FEATURES, named beside each.
  return [
    /* share */ coverage * Math.sqrt(Math.min(1, matchedWeight / 3.5)),
    /* coverage */ coverage,
    /* matchedInformation */ matchedWeight / (matchedWeight + 6),
    /* exactShare */ exactWeight / total,
    /* relativeRelevance */ field.best > 0 ? hit.relevance / field.best : 0,
    /* absoluteRelevance */ hit.relevance / (hit.relevance + 10),
    /* kindAskedAndMatches */ kindAsked && kindMatches ? 1 : 0,
    /* kindAskedOtherwise */ kindAsked && !kindMatches ? 1 : 0,
    /* nameOnly */ name === 'only' ? 1 : 0,
    /* nameWeak */ name === 'weak' ? 1 : 0,
    /* focusMissing */ focusLacking ||
    (asked.time.length > 0 && lacksAsked(cues.figures(entry).values, asked.time)) ||
    yearElsewhere(
      cues.figures,
      entry,
      years,
      source.year,
      question.details?.episode === true,
      question.details?.yearChecked,
    )
      ? 1
      : 0,
    /* nameElsewhere */ nameElsewhere ? 1 : 0,
    /* unknownShare */ unknownWeight / total,
    /* length */ Math.min(1, weights.length / 10),
    /* figureHeadline */ figure === FIGURE_IN_HEADLINE ? 1 : figure === FIGURE_HEADLINE_PART ? 0.5 : 0,
    /* figureInText */ figure === FIGURE_IN_TEXT ? 1 : 0,
    /* figureMissing */ figure === FIGURE_MISSING &&
    // A figure disputed ("is it true it's 70%?") is corrected by the entry's own; an entry stating no figure at all
    // has none to correct it with ("правда, что запись длилась минут 18?" of a case telling no length; round 85).
    (!question.disputed || noNumber) &&
    // A figure half remembered near the headline's ("почти 90%" of 86 %) is a guess at it, not another figure.
    !(
      question.approximateFigures?.length &&
      nearHeadline(question.approximateFigures, cues.figures(entry).headline)
    )
      ? 1
      : 0,
    /* sourceFits */ langFits || yearFits || bySourceAny || kindMatch === 'fits' || describedWork === 'fits'
      ? 1
      : 0,
    /* sourceConflicts */ langConflicts ||
    yearConflicts ||
    kindMatch === 'conflicts' ||
    titled === 'conflicts' ||
    describedWork === 'conflicts'
      ? 1
      : 0,
    /* matchedWords */ Math.min(1, matchedWords / MATCHED_WORDS_FULL),
    /* valueMissing */ asked.other.length > 0 && lacksAsked(cues.figures(entry).values, asked.other) ? 1 : 0,
    /* procedureAsked */ question.procedureAsked ? 1 : 0,
    /* pairShare */ cues.pairShare,
    // A work quoted by its title is as named a source as a credited author (quoted-title.ts).
    /* detailMissing */ creditElsewhere ||
    // …nor a disputed figure it cannot correct: it states no number at all (see figureMissing).
    (question.disputed && figure === FIGURE_MISSING && noNumber) ||
    titled === 'conflicts' ||
    describedWork === 'conflicts' ||
    (question.details !== undefined && cues.figures(entry).details.lacks(question.details)) ||
    lacksBesideAsk(question.beside, entry, cues.figures(entry).values, nameMatched) ||
    // A follow-up asked after a restated figure ("…6x cheaper — and for B2B?") of which the entry matches no word.
    (followUpWeight > 0 && followUpMatched === 0) ||
    // A guessed cause or a measure asked of a part of which it matches less than half: "…how many of them called back
    // later" is not told by "hung up a call".
    (halfAskWeight > 0 && halfAskMatched < HALF_ASK_MATCHED * halfAskWeight) ||
    // The fact the asker sets aside ("что ещё…, кроме фразы про шесть тысяч?") answers nothing new; a tip may list it
    // among the rest ("what else besides waiting time should we measure?": the tip naming every measure).
    (setAsideWeight > 0 && entry.kind !== 'tip' && setAsideMatched >= HALF_ASK_MATCHED * setAsideWeight) ||
    periodElsewhere(years, years.length > 1 ? cues.figures(entry).text.years : [], source.year)
      ? 1
      : 0,
    /* oneMeasureOfMany */ question.measuresAsked && entry.kind === 'metric' ? 1 : 0,
  ];
}

/** An entry with no number to correct a disputed figure by: no statistic (its figure may be "1 billion"), no number. */
function statesNoNumber(entry: Entry, text: StatedFigures): boolean {
  return entry.kind !== 'statistic' && text.numbers.length === 0;
}

/** How far the entry's relevance leads the best other candidate's (negative when it trails), relative to the best. */
export function relevanceLead(hit: EntryHit, field: RelevanceField): number {
  return field.best > 0
    ? (hit.relevance - (hit.relevance >= field.best ? field.second : field.best)) / field.best
    : 0;
}

/** The evidence that features (in FEATURES order) and a relevance lead stand for. */
export function evidenceOf(features: readonly number[], lead: number): Evidence {
  const evidence = { relevanceLead: lead } as Evidence;
  FEATURES.forEach((name, i) => {
    evidence[name] = features[i] as number;
  });
  return evidence;
}

/** Whether one of a word's stems is a word of the entry's citation. */
function namedBySource(stems: readonly string[] | undefined, source: SourceProfile): boolean {
  if (!stems) return false;
  for (const stem of stems) if (source.stems.has(stem)) return true;
  return false;
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
  'matchedWords',
  'valueMissing',
  'procedureAsked',
  'pairShare',
  'detailMissing',
  'oneMeasureOfMany',
] as const satisfies readonly (keyof Evidence)[];
