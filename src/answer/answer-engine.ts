// A knowledge-base snapshot with its search index: what every question is answered from.
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { answerQuestion, type AnswerRequest, type AnswerResult } from './answer-question.js';
import type { IndexData } from './index/index-data.js';
import { namesOf } from './names.js';
import { clipText } from './normalize.js';
import { MODEL, type RankerModel } from './ranker.js';
import { SearchIndex } from './search-index.js';

/**
 * Characters of a question that are read: more than Discord lets anyone type (6,000 in a slash-command option,
 * 4,000 in a message), so no real question is cut, while a pasted megabyte costs what a long message does.
 */
export const MAX_QUESTION_CHARS = 8000;

export class AnswerEngine {
  readonly index: SearchIndex;
  /** The names the entries use (companies, people, technologies): a match on a name alone is weak evidence. */
  readonly names: ReadonlySet<string>;

  /** `indexData`: the index built elsewhere (a worker) for exactly this knowledge base; else it is built here. */
  constructor(
    readonly kb: KnowledgeBase,
    readonly model: RankerModel = MODEL,
    indexData?: IndexData,
  ) {
    this.index = indexData ? SearchIndex.fromData(kb, indexData) : new SearchIndex(kb);
    this.names = namesOf(kb);
  }

  /** An engine around index data built by buildIndexData for this knowledge base (no analysis here). */
  static fromIndexData(kb: KnowledgeBase, indexData: IndexData, model: RankerModel = MODEL): AnswerEngine {
    return new AnswerEngine(kb, model, indexData);
  }

  answer(request: AnswerRequest): AnswerResult {
    return answerQuestion(this, { ...request, question: clipText(request.question, MAX_QUESTION_CHARS) });
  }
}
