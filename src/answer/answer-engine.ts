// A knowledge-base snapshot with its search index: what every question is answered from.
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { answerQuestion, type AnswerRequest, type AnswerResult } from './answer-question.js';
import type { IndexData } from './index/index-data.js';
import { clipText } from './normalize.js';
import { SearchIndex } from './search-index.js';

/**
 * Characters of a question that are read: more than a Discord message holds (4,000), so no real question is cut,
 * while a pasted megabyte costs what a long message does.
 */
export const MAX_QUESTION_CHARS = 4000;

export class AnswerEngine {
  readonly index: SearchIndex;

  /** `indexData`: the index built elsewhere (a worker) for exactly this knowledge base; else it is built here. */
  constructor(
    readonly kb: KnowledgeBase,
    indexData?: IndexData,
  ) {
    this.index = indexData ? SearchIndex.fromData(kb, indexData) : new SearchIndex(kb);
  }

  answer(request: AnswerRequest): AnswerResult {
    return answerQuestion(this.kb, this.index, {
      ...request,
      question: clipText(request.question, MAX_QUESTION_CHARS),
    });
  }
}
