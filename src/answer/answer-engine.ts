// A knowledge-base snapshot with its search index: what every question is answered from.
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { answerQuestion, type AnswerRequest, type AnswerResult } from './answer-question.js';
import { namesOf } from './names.js';
import { MODEL, type RankerModel } from './ranker.js';
import { SearchIndex } from './search-index.js';

/** What a reload worker computes for a snapshot, so that the main thread only wraps it. */
export interface PrebuiltAnalysis {
  index: SearchIndex;
  names: ReadonlySet<string>;
}

export class AnswerEngine {
  readonly index: SearchIndex;
  /** The names the entries use (companies, people, technologies): a match on a name alone is weak evidence. */
  readonly names: ReadonlySet<string>;

  /** Indexes `kb` and finds its names, unless `prebuilt` brings them (built for this very `kb`). */
  constructor(
    readonly kb: KnowledgeBase,
    readonly model: RankerModel = MODEL,
    prebuilt?: PrebuiltAnalysis,
  ) {
    this.index = prebuilt?.index ?? new SearchIndex(kb);
    this.names = prebuilt?.names ?? namesOf(kb);
  }

  answer(request: AnswerRequest): AnswerResult {
    return answerQuestion(this, request);
  }
}
