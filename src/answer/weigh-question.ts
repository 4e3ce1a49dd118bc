// Weighs a question's words: how specific each is, whether it is a name, an asked attribute, or never seen.
import type { Kind, Lang } from '../kb/schema.js';
import type { QueryWord } from './analyze.js';
import { namesAskedValue, type AskedValue } from './asked-attributes.js';
import type { StatedFigures } from './figures.js';
import { isFocusWord } from './focus.js';
import { FRAME_WORD_WEIGHT } from './question-frame.js';
import { EditDistanceRows } from './index/edit-distance.js';
import type { SearchIndex } from './search-index.js';
import { isSourceTalk } from './source-cues.js';
import { isStopwordTypo } from './stopwords.js';

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
  let rows: EditDistanceRows | undefined;
  const raw = words.map((w) => {
    const said = isSourceTalk(w.word) || namesAskedValue(w.word, cues.askedValues);
    const weight = said ? 0 : index.weight(w.stems);
    return weight > unknownFrom && isStopwordTypo(w.word, (rows ??= new EditDistanceRows())) ? 0 : weight;
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
