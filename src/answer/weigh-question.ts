// Weighs a question's words: how specific each is, whether it is a name, an asked attribute, or never seen.
import { isNetworkWord } from './social-channels.js';
import type { Kind, Lang } from '../kb/schema.js';
import type { QueryWord } from './analyze.js';
import { namesAskedValue, splitAsked, type AskedValue } from './asked-attributes.js';
import type { BesideAsks } from './beside-asks.js';
import type { DetailAsks } from './detail-asks.js';
import type { StatedFigures } from './figures.js';
import { isFocusWord, isSettingOnlyWord } from './focus.js';
import { ownAskOfFolded, type OwnAsk } from './own-asks.js';
import { FRAME_WORD_WEIGHT, MOOD_WORD_WEIGHT } from './question-frame.js';
import { EditDistanceRows } from './index/edit-distance.js';
import type { SearchIndex } from './search-index.js';
import { isSourceTalk } from './source-cues.js';
import type { SourceKind } from './source-kinds.js';
import { isStopwordTypo } from './stopwords.js';
import { isTermAskWord } from './term-asks.js';
import { kindsWhenMeasuresAsked } from './measure-asks.js';
import { numberList, valueList } from './same-layout-lists.js';

/** A name found in more entries than this is part of the topic (e.g. a company the whole base is about), not a name. */
const NAME_LIKE_DF = 3;

export interface WeighedQuestion {
  /** Per question word, its weight (inverse document frequency). */
  weights: number[];
  totalWeight: number;
  /** Per question word, whether it is a name the entries use, and a rare one. */
  rare: boolean[];
  /** Per question word, whether it asks for an attribute (founded, salary, speed): the entry must mention it. */
  focus: boolean[];
  /**
   * Per question word, whether it is a focus word only as the setting of a figure (a country, a trade): advice, a
   * definition or a quote holds anywhere, so only an entry stating figures can lack it.
   */
  settingOnly: boolean[];
  /** Per question word, whether it names a social network: an entry telling of one lacks no setting (social-channels.ts). */
  network: boolean[];
  /** Per question word, whether the knowledge base has never seen it. */
  unknown: boolean[];
  /** Per question word, whether it asks the follow-up after a restated figure (see follow-up-ask.ts). */
  followUp: boolean[];
  /** Per question word, whether it names a source the question credits (see named-source.ts). */
  namedSource: boolean[];
  /** Per question word, whether it names the subject asked about ("anything on Delta"; see topic-asks.ts). */
  topicWord: boolean[];
  /** Per question word, whether it is a small number written in digits ("a 1 star review"; see name-backing.ts). */
  numeral: boolean[];
  /** Per word, whether only the story told before the ask holds it (see question-frame.ts). */
  story: boolean[];
  /** Whether the source credited is asked only what it says of a claim told before (see named-source.ts). */
  sourceOnClaim: boolean;
  /** Whether "who is <Name>" is asked (person-asks.ts): a finding credited to that name tells who they are. */
  whoIsNamed: boolean;
  /**
   * Per question word, whether it asks something an entry must match at least half of (by weight): a cause guessed as
   * a yes/no (guessed-cause.ts), a measure asked of a part of those a figure counts (follow-up-ask.ts).
   */
  halfAsk: boolean[];
  /**
   * Per question word, whether it names a fact the asker sets aside ("что ещё…, кроме фразы про шесть тысяч"): an entry
   * matching at least half of them (by weight) is that fact, not what is asked (other-than.ts).
   */
  setAside: boolean[];
  /** Per question word, what of an entry's own it asks for (its wording, source...): see own-asks.ts. */
  ownAsks: (OwnAsk | undefined)[];
  /** Whether any word asks for something of an entry's own. */
  asksOwn: boolean;
  /** Per question word, the stems it may stand for. */
  stems: string[][];
  askedKinds: ReadonlySet<Kind>;
  /** The figures the question states ("what does 86% refer to"). */
  figures: StatedFigures;
  /** The languages of sources the question names ("the Russian article"). */
  sourceLangs: readonly Lang[];
  /** The kinds of source the question names ("what does the FAQ say"; see source-kinds.ts). */
  sourceKinds: readonly SourceKind[];
  /** The works' titles the question quotes (see quoted-title.ts). */
  quotedTitles: readonly string[];
  /** The works' titles the question describes by what they are about (see described-work.ts). */
  describedTitles: readonly string[];
  /** The kinds of value the question asks for ("in what year"): the entry must state one. */
  askedValues: readonly AskedValue[];
  /** The same split into times asked ("when", "how long") and the rest, once for all candidates (see splitAsked). */
  askedValuesSplit: { readonly time: readonly AskedValue[]; readonly other: readonly AskedValue[] };
  /** The question argues over a claim (see dispute-frame.ts): a figure the entry lacks may be the claim's error. */
  disputed: boolean;
  /** The numbers the question hedges ("почти 90%", "coś koło 10"): a guess at a near figure (approximate-figures.ts). */
  approximateFigures?: readonly number[];
  /** The question asks how to operate a tool or system (see procedure-asks.ts), which no entry tells. */
  procedureAsked: boolean;
  /** The question asks for the name of a concept it describes (see term-asks.ts): a definition may answer it. */
  termAsked: boolean;
  /** The question asks which measures to track (see measure-asks.ts): one metric's entry answers only a part. */
  measuresAsked: boolean;
  /** The details asked beside a fact (a newer period, a country, a list...; see detail-asks.ts), if any. */
  details?: DetailAsks;
  /** A norm or a vendor asked, which only some entries can give (see beside-asks.ts), if any. */
  beside?: BesideAsks;
}

/** What the question says beyond its words: the kinds it asks for, its figures, the sources it names. */
export interface QuestionCues {
  askedKinds: ReadonlySet<Kind>;
  figures: StatedFigures;
  /** The numbers the question hedges (see approximate-figures.ts). */
  approximateFigures?: readonly number[];
  sourceLangs: readonly Lang[];
  /** The kinds of source the question names (see source-kinds.ts); none when absent. */
  sourceKinds?: readonly SourceKind[];
  quotedTitles?: readonly string[];
  describedTitles?: readonly string[];
  askedValues: readonly AskedValue[];
  /** Words only the story around the question holds (see question-frame.ts): they weigh less. */
  frame?: ReadonlySet<string>;
  /** Of the frame's words, those only sentences of the asker's mood hold (see question-frame.ts): they weigh less still. */
  moodFrame?: ReadonlySet<string>;
  /** Of the frame's words, those of the story told before the ask (see question-frame.ts). */
  storyBefore?: ReadonlySet<string>;
  /** Words that ask for an attribute in the phrase they stand in ("kto prowadzi"; see focus.ts). */
  focusPhrase?: ReadonlySet<string>;
  /** Words naming the subject asked about ("anything on GDPR"; see topic-asks.ts): one no entry uses rules all out. */
  topic?: ReadonlySet<string>;
  /** The small numbers the question writes in digits ("a 1 star review"), not in words ("the one in Atlanta"). */
  numerals?: ReadonlySet<string>;
  /** Attribute words that ask for no attribute in their phrase ("born with it", "lost revenue"; see focus.ts). */
  notFocus?: ReadonlySet<string>;
  /** Words of a segment named as a phrase ("for small businesses"; see segment-phrases.ts): setting words. */
  segmentPhrase?: ReadonlySet<string>;
  /** Trade words naming the asker's own workplace ("we run a hotel"; see own-setting.ts): no attribute asked. */
  ownSetting?: ReadonlySet<string>;
  /** The words of a follow-up asked after a restated figure ("…6x cheaper — and for B2B?"; see follow-up-ask.ts). */
  followUpAsk?: ReadonlySet<string>;
  /** The words naming a source the question credits ("according to Gartner"; see named-source.ts). */
  namedSources?: ReadonlySet<string>;
  /** The source is asked only what it says of a claim told before ("что об этом говорит Gartner"; named-source.ts). */
  sourceOnClaim?: boolean;
  /** "Who is <Name>" is asked (person-asks.ts). */
  whoIsNamed?: boolean;
  /** The words of a guessed cause or of a measure asked of a part (see WeighedQuestion.halfAsk). */
  halfAskWords?: ReadonlySet<string>;
  /** The words of a fact the asker sets aside while asking something else (see other-than.ts). */
  setAsideWords?: ReadonlySet<string>;
  /** Role words naming who passes the question on ("Prezes pyta…"; see asker-words.ts): no attribute asked. */
  asker?: ReadonlySet<string>;
  /** The words of a dispute's frame ("who is right", "Kasia says"; see dispute-frame.ts): they weigh nothing. */
  dispute?: ReadonlySet<string>;
  /**
   * Words that say nothing of what is asked: the words asking what a figure means ("what does … mean", "co oznacza
   * liczba"; figure-meaning.ts), a figure recalled of the other customers beside a count asked (neighbour-figure.ts).
   */
  weightless?: ReadonlySet<string>;
  /** The question asks how to operate a tool or system (see procedure-asks.ts). */
  procedureAsked?: boolean;
  /**
   * The question asks for the name of what it describes ("what's it called when…"; see term-asks.ts): a definition is
   * the kind it asks for, besides askedKinds.
   */
  termAsked?: boolean;
  /** The question asks which measures to track (see measure-asks.ts). */
  measuresAsked?: boolean;
  /** The details asked beside a fact (see detail-asks.ts). */
  details?: DetailAsks;
  /** A norm or a vendor asked (see beside-asks.ts). */
  beside?: BesideAsks;
}

function withMeasureAdvice(kinds: ReadonlySet<Kind>, measuresAsked: boolean): ReadonlySet<Kind> {
  return measuresAsked ? kindsWhenMeasuresAsked(kinds) : kinds;
}

/** From this weight on a word is one the knowledge base has never seen (no entry holds any of its stems). */
export function unknownWeightFrom(entryCount: number): number {
  return Math.log(1 + entryCount) + 1e-9;
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
  const unknownFrom = unknownWeightFrom(entryCount);
  let rows: EditDistanceRows | undefined;
  const raw = numberList(words, (w) => {
    // In a dispute, a figure may be the wrong one the entry corrects: the figure evidence judges it, not coverage.
    const disputed = cues.dispute !== undefined && (cues.dispute.has(w.word) || /^\d/.test(w.word));
    const said =
      disputed ||
      isSourceTalk(w.word) ||
      cues.weightless?.has(w.word) === true ||
      namesAskedValue(w.word, cues.askedValues) ||
      (cues.termAsked === true && isTermAskWord(w.word));
    const weight = said ? 0 : index.weight(w.stems);
    return weight > unknownFrom && isStopwordTypo(w.word, (rows ??= new EditDistanceRows())) ? 0 : weight;
  });
  // The flags read a word's own weight; its share of the question is less when only the story around it holds it.
  const weights = cues.frame?.size
    ? numberList(
        words,
        (w, i) =>
          (cues.moodFrame?.has(w.word) ? MOOD_WORD_WEIGHT : cues.frame?.has(w.word) ? FRAME_WORD_WEIGHT : 1) *
          raw[i]!,
      )
    : raw;
  const ownAsks = valueList(words, (w) => ownAskOfFolded(w.word));
  // Every word of the subject asked is one no entry uses ("anything on GDPR"): a subject partly known ("konsekwencje
  // prawne w branżach regulowanych") may be an entry's in other words.
  const topic = cues.topic;
  const subjectUnknown =
    topic !== undefined &&
    topic.size > 0 &&
    words.some((w) => topic.has(w.word)) &&
    words.every((w, i) => !topic.has(w.word) || (raw[i] ?? 0) > unknownFrom);
  return {
    weights,
    totalWeight: weights.reduce((a, b) => a + b, 0),
    rare: valueList(words, (w, i) => (raw[i] ?? 0) >= rareFrom && w.stems.some((s) => names.has(s))),
    // A word asking for the entry's own wording ("формулировка"), or for the term of what the question describes
    // ("what's it called"), is no attribute the entry lacks; nor is one only the story around the ask holds ("our
    // founders want…. how much pricier is a new customer?") or the asker's own workplace ("we run a hotel").
    focus: valueList(
      words,
      (w, i) =>
        ownAsks[i] === undefined &&
        cues.frame?.has(w.word) !== true &&
        cues.ownSetting?.has(w.word) !== true &&
        cues.asker?.has(w.word) !== true &&
        cues.notFocus?.has(w.word) !== true &&
        !(cues.termAsked === true && isTermAskWord(w.word)) &&
        (isFocusWord(w.word) ||
          cues.focusPhrase?.has(w.word) === true ||
          cues.segmentPhrase?.has(w.word) === true ||
          // a subject asked about that no entry has ever used (topic-asks.ts)
          (subjectUnknown && cues.topic?.has(w.word) === true)),
    ),
    settingOnly: valueList(
      words,
      (w) => isSettingOnlyWord(w.word) || cues.segmentPhrase?.has(w.word) === true,
    ),
    network: valueList(words, (w) => isNetworkWord(w.word)),
    unknown: valueList(raw, (w) => w > unknownFrom),
    followUp: valueList(words, (w) => cues.followUpAsk?.has(w.word) === true),
    namedSource: valueList(words, (w) => cues.namedSources?.has(w.word) === true),
    topicWord: valueList(words, (w) => cues.topic?.has(w.word) === true),
    numeral: valueList(words, (w) => cues.numerals?.has(w.word) === true),
    story: valueList(words, (w) => cues.storyBefore?.has(w.word) === true),
    sourceOnClaim: cues.sourceOnClaim === true,
    whoIsNamed: cues.whoIsNamed === true,
    halfAsk: valueList(words, (w) => cues.halfAskWords?.has(w.word) === true),
    setAside: valueList(words, (w) => cues.setAsideWords?.has(w.word) === true),
    stems: valueList(words, (w) => w.stems),
    ownAsks,
    asksOwn: ownAsks.some((a) => a !== undefined),
    disputed: cues.dispute !== undefined,
    ...cues,
    askedKinds: withMeasureAdvice(
      cues.termAsked === true ? new Set([...cues.askedKinds, 'definition']) : cues.askedKinds,
      cues.measuresAsked === true,
    ),
    procedureAsked: cues.procedureAsked === true,
    termAsked: cues.termAsked === true,
    measuresAsked: cues.measuresAsked === true,
    sourceKinds: cues.sourceKinds ?? [],
    quotedTitles: cues.quotedTitles ?? [],
    describedTitles: cues.describedTitles ?? [],
    askedValuesSplit: splitAsked(cues.askedValues),
  };
}
