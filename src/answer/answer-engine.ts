// A knowledge-base snapshot with its search index: what every question is answered from.
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Entry, Source } from '../kb/schema.js';
import { answerQuestion, type AnswerRequest, type AnswerResult } from './answer-question.js';
import type { IndexData } from './index/index-data.js';
import { latinNamesBySound } from './name-readings.js';
import { namesOf, termWordsOf } from './names.js';
import type { EntryFigures } from './figure-evidence.js';
import { clipText } from './normalize.js';

import { MODEL, type RankerModel } from './ranker.js';
import { SearchIndex } from './search-index.js';
import type { SourceProfile } from './source-cues.js';
import { StemMemo, type StemFn } from './stem.js';
import type { TaughtPhrasings } from './taught-wording.js';

/**
 * Characters of a question that are read: more than Discord lets anyone type (6,000 in a slash-command option,
 * 4,000 in a message), so no real question is cut, while a pasted megabyte costs what a long message does.
 */
export const MAX_QUESTION_CHARS = 8000;

/** What a reload worker computes for a snapshot, so that the main thread only wraps it. */
export interface PrebuiltAnalysis {
  index: SearchIndex;
  names: ReadonlySet<string>;
}

export class AnswerEngine {
  readonly index: SearchIndex;
  /** The names the entries use (companies, people, technologies): a match on a name alone is weak evidence. */
  readonly names: ReadonlySet<string>;
  /** The Latin ones among them by sound, so that "Заппос" meets Zappos (see name-readings.ts). */
  readonly namesBySound: ReadonlyMap<string, string>;
  /** Citations read so far, filled as questions meet their entries (see AnswerSources). */
  readonly sourceProfiles = new Map<Source, SourceProfile>();
  /** Entries' figures read so far, likewise (bounded by the knowledge base's size). */
  readonly entryFigures = new Map<Entry, EntryFigures>();
  /** Entries' phrasings as far as questions have folded them, likewise (see taught-wording.ts). */
  readonly taughtPhrasings = new Map<Entry, TaughtPhrasings>();
  /** Stems questions, remembering them for this engine only (a reload's new engine starts afresh). */
  readonly stem: StemFn = new StemMemo().stem;

  /** Indexes `kb` and finds its names, unless `prebuilt` brings them (built for this very `kb`). */
  constructor(
    readonly kb: KnowledgeBase,
    readonly model: RankerModel = MODEL,
    prebuilt?: PrebuiltAnalysis,
  ) {
    this.index = prebuilt?.index ?? new SearchIndex(kb);
    this.names = prebuilt?.names ?? namesOf(kb);
    this.namesBySound = latinNamesBySound(new Set([...this.names, ...termWordsOf(kb)]));
  }

  /** An engine around index data built by buildIndexData for this knowledge base (no analysis here). */
  static fromIndexData(kb: KnowledgeBase, indexData: IndexData, model: RankerModel = MODEL): AnswerEngine {
    return new AnswerEngine(kb, model, { index: SearchIndex.fromData(kb, indexData), names: namesOf(kb) });
  }

  answer(request: AnswerRequest): AnswerResult {
    return answerQuestion(this, { ...request, question: clipText(request.question, MAX_QUESTION_CHARS) });
  }
}
