// The answer as the JSON object of `npm run ask -- --json` (an interface operators and tests rely on).
import type { AnswerResult } from '../answer/answer-question.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { offeredEntries } from './answer-reply.js';
import { shownEntry } from './shown-language.js';
import { sourceLine } from './source-line.js';

export interface AnswerJson {
  query: string;
  lang: string;
  answered: boolean;
  confidence: number;
  certainty: string;
  answers: { id: string; kind: string; text: string; score: number; source: string }[];
  suggestedTopics: string[];
  /** Under a decline or an unsure answer: the entries offered besides it (nearby, or "did you mean"). */
  offered: { id: string; kind: string; text: string }[];
  /** Beside an answer: the same fact as other works tell it, with their own figures (6× beside 6–7×). */
  twins: { id: string; kind: string; text: string; source: string }[];
}

export function answerJson(result: AnswerResult, kb: KnowledgeBase): AnswerJson {
  return {
    query: result.query,
    lang: result.lang,
    answered: result.answered,
    confidence: result.confidence,
    certainty: result.certainty,
    answers: result.answers.map(({ entry, score }) => ({
      id: entry.id,
      kind: entry.kind,
      text: shownEntry(entry, result.lang).text,
      score,
      source: sourceLine(entry.source, result.lang, entry.kind),
    })),
    suggestedTopics: result.suggestedTopics.map((id) => kb.topicName(id, result.lang)),
    offered: offeredEntries(result).map((entry) => ({
      id: entry.id,
      kind: entry.kind,
      text: shownEntry(entry, result.lang).text,
    })),
    twins: result.twins.map((entry) => ({
      id: entry.id,
      kind: entry.kind,
      text: shownEntry(entry, result.lang).text,
      source: sourceLine(entry.source, result.lang, entry.kind),
    })),
  };
}
