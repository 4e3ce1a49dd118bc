// A knowledge-base snapshot with its search index: what every question is answered from.
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { answerQuestion, type AnswerRequest, type AnswerResult } from './answer-question.js';
import { SearchIndex } from './search-index.js';

export class AnswerEngine {
  readonly index: SearchIndex;

  /** Indexes `kb`, or takes an index already built for it (e.g. from data a worker built). */
  constructor(
    readonly kb: KnowledgeBase,
    index?: SearchIndex,
  ) {
    this.index = index ?? new SearchIndex(kb);
  }

  answer(request: AnswerRequest): AnswerResult {
    return answerQuestion(this.kb, this.index, request);
  }
}
