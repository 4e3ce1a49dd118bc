// A knowledge-base snapshot with its search index: what every question is answered from.
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { answerQuestion, type AnswerRequest, type AnswerResult } from './answer-question.js';
import { namesOf } from './names.js';
import { MODEL, type RankerModel } from './ranker.js';
import { SearchIndex } from './search-index.js';

export class AnswerEngine {
  readonly index: SearchIndex;
  /** The names the entries use (companies, people, technologies): a match on a name alone is weak evidence. */
  readonly names: ReadonlySet<string>;

  constructor(
    readonly kb: KnowledgeBase,
    readonly model: RankerModel = MODEL,
  ) {
    this.index = new SearchIndex(kb);
    this.names = namesOf(kb);
  }

  answer(request: AnswerRequest): AnswerResult {
    return answerQuestion(this, request);
  }
}
