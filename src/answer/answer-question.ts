// Answers a question from the knowledge base: the best entries with a confidence, or an honest decline.
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Entry, Lang } from '../kb/schema.js';
import { analyzeQuestion } from './analyze.js';
import { detectLanguage } from './detect-language.js';
import { kindsAskedFor } from './intent.js';
import type { EntryHit, SearchIndex } from './search-index.js';

/** Below this confidence the bot says it has no answer rather than guess. */
export const DECLINE_BELOW = 0.55;
/** Below this confidence an answer is still given, but as unsure (the reply says so). */
export const UNSURE_BELOW = 0.65;

/** How the core stands behind its answer; every renderer shows it its own way. */
export type Certainty = 'sure' | 'unsure' | 'declined';

export function certaintyOf(confidence: number): Certainty {
  return confidence < DECLINE_BELOW ? 'declined' : confidence < UNSURE_BELOW ? 'unsure' : 'sure';
}

export interface AnswerRequest {
  question: string;
  /** An explicit language choice (the /ask option or --lang). */
  lang?: Lang;
  /** The user's Discord locale, used when the question itself does not tell its language. */
  userLocale?: string;
}

export interface RankedEntry {
  entry: Entry;
  /** 0..1: how fully and specifically the entry answers the question. */
  score: number;
}

export interface AnswerResult {
  query: string;
  lang: Lang;
  answered: boolean;
  confidence: number;
  certainty: Certainty;
  /** Best first; the first is the answer. Empty when declined. */
  answers: RankedEntry[];
  /** When declined: the topics closest to the question, to offer instead. */
  suggestedTopics: string[];
}

export function localeToLang(locale: string | undefined): Lang | undefined {
  const base = locale?.toLowerCase().split(/[-_]/)[0];
  return base === 'pl' || base === 'en' || base === 'ru' ? base : undefined;
}

/** The answer's language: an explicit choice, else the question's language, else the user's locale, else English. */
export function answerLanguage(request: AnswerRequest, index: SearchIndex): Lang {
  return (
    request.lang ??
    detectLanguage(request.question, index.vocabulary) ??
    localeToLang(request.userLocale) ??
    'en'
  );
}

export function answerQuestion(kb: KnowledgeBase, index: SearchIndex, request: AnswerRequest): AnswerResult {
  const lang = answerLanguage(request, index);
  const query = request.question.trim();
  const words = analyzeQuestion(query, detectLanguage(query, index.vocabulary));
  const weights = words.map((w) => index.weight(w.stems));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const askedKinds = kindsAskedFor(query);

  const ranked = index
    .find(words)
    .map((hit) => ({ hit, score: entryScore(hit, weights, totalWeight) }))
    .map(({ hit, score }) => ({ hit, score, rank: rankValue(hit, score, askedKinds) }))
    .sort((a, b) => b.rank - a.rank);

  // The best-ranked entry that answers confidently enough; ranking can put a less complete match first
  // (its kind was asked for, or its words are rarer), which must not turn an answerable question into a decline.
  const best = ranked.find((r) => r.score >= DECLINE_BELOW) ?? ranked[0];
  const confidence = round(best?.score ?? 0);
  if (!best || confidence < DECLINE_BELOW) {
    return {
      query,
      lang,
      answered: false,
      confidence,
      certainty: 'declined',
      answers: [],
      suggestedTopics: closestTopics(
        kb,
        ranked.map((r) => r.hit),
      ),
    };
  }
  const related = ranked
    .filter((r) => r !== best && r.score >= DECLINE_BELOW && r.rank >= best.rank * 0.5)
    .slice(0, 2);
  return {
    query,
    lang,
    answered: true,
    confidence,
    certainty: certaintyOf(confidence),
    answers: [best, ...related].map((r) => ({ entry: r.hit.entry, score: round(r.score) })),
    suggestedTopics: [],
  };
}

/**
 * Confidence that an entry answers the question: the weighted share of the question's words it matches
 * (rare words weigh more, typo matches less), damped when the matched words say too little to be specific.
 */
function entryScore(hit: EntryHit, weights: number[], totalWeight: number): number {
  if (totalWeight === 0) return 0;
  const matchedWeight = hit.matched.reduce((sum, quality, i) => sum + quality * (weights[i] ?? 0), 0);
  const coverage = matchedWeight / totalWeight;
  const specificity = Math.min(1, matchedWeight / 3.5);
  const share = coverage * Math.sqrt(specificity);
  // A long, chatty question ("Hi! my manager wants to cut the training budget…") has many words the knowledge
  // base does not know, which lowers the share; when the matched words alone carry this much specific
  // information, the entry is still a likely answer: just above the decline line, so it is shown as unsure.
  const chatty =
    matchedWeight >= CHATTY_MATCHED_WEIGHT && coverage >= 0.3
      ? DECLINE_BELOW + 0.1 * Math.min(1, (matchedWeight - CHATTY_MATCHED_WEIGHT) / CHATTY_MATCHED_WEIGHT)
      : 0;
  return Math.max(share, chatty);
}

/** About three rare words or five common ones matched. */
const CHATTY_MATCHED_WEIGHT = 12;

function rankValue(hit: EntryHit, score: number, askedKinds: Set<string>): number {
  const kindBoost = askedKinds.has(hit.entry.kind) ? 1.3 : 1;
  return (score * 2 + Math.log1p(hit.relevance) * 0.25) * kindBoost;
}

function closestTopics(kb: KnowledgeBase, hits: EntryHit[]): string[] {
  const topics: string[] = [];
  for (const hit of hits) {
    for (const topic of hit.entry.topics) if (!topics.includes(topic)) topics.push(topic);
    if (topics.length >= 3) break;
  }
  if (topics.length === 0)
    return kb
      .topicCounts()
      .slice(0, 3)
      .map((t) => t.topic.id);
  return topics.slice(0, 3);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
