// Answers a question from the knowledge base: the best entries with a confidence, or an honest decline.
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Entry, Lang } from '../kb/schema.js';
import { analyzeQuestion } from './analyze.js';
import { detectLanguage } from './detect-language.js';
import { isFocusWord } from './focus.js';
import { kindsAskedFor } from './intent.js';
import type { EntryHit, SearchIndex } from './search-index.js';

/** Below this confidence the bot says it has no answer rather than guess. */
export const DECLINE_BELOW = 0.55;
/** Below this confidence (and at or above DECLINE_BELOW) the answer is given but marked unsure. */
export const UNSURE_BELOW = 0.65;

/** How sure the core is of its answer: the renderers only present this, they never decide it. */
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
  certainty: Certainty;
  confidence: number;
  /** Best first; the first is the answer. Empty when declined. */
  answers: RankedEntry[];
  /** When unsure or declined: the (at most two) closest other entries, to offer as "did you mean". */
  closest: RankedEntry[];
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

/** What answering reads: the knowledge base, its index, and the names its entries use. */
export interface AnswerSources {
  kb: KnowledgeBase;
  index: SearchIndex;
  names: ReadonlySet<string>;
}

export function answerQuestion({ kb, index, names }: AnswerSources, request: AnswerRequest): AnswerResult {
  const lang = answerLanguage(request, index);
  const query = request.question.trim();
  const words = analyzeQuestion(query);
  const weights = words.map((w) => index.weight(w.stems));
  const rareFrom = Math.log(1 + kb.entries.length / NAME_LIKE_DF);
  const question: WeighedQuestion = {
    weights,
    totalWeight: weights.reduce((a, b) => a + b, 0),
    rare: words.map((w, i) => (weights[i] ?? 0) >= rareFrom && w.stems.some((s) => names.has(s))),
    focus: words.map((w) => isFocusWord(w.word)),
  };
  const askedKinds = kindsAskedFor(query);

  const ranked = index
    .find(words)
    .map((hit) => ({ hit, score: entryScore(hit, question) }))
    .map(({ hit, score }) => ({ hit, score, rank: rankValue(hit, score, askedKinds) }))
    .sort((a, b) => b.rank - a.rank);

  // The best-ranked entry that answers confidently enough; ranking can put a less complete match first
  // (its kind was asked for, or its words are rarer), which must not turn an answerable question into a decline.
  const best = ranked.find((r) => r.score >= DECLINE_BELOW) ?? ranked[0];
  const confidence = round(best?.score ?? 0);
  const certainty = certaintyOf(confidence);
  const toRanked = (r: (typeof ranked)[number]): RankedEntry => ({
    entry: r.hit.entry,
    score: round(r.score),
  });
  const others = ranked.filter((r) => r !== best);
  if (!best || certainty === 'declined') {
    return {
      query,
      lang,
      answered: false,
      certainty: 'declined',
      confidence,
      answers: [],
      closest: ranked
        .filter((r) => r.score >= CLOSEST_FROM)
        .slice(0, 2)
        .map(toRanked),
      suggestedTopics: closestTopics(
        kb,
        ranked.map((r) => r.hit),
      ),
    };
  }
  const related = others.filter((r) => r.score >= DECLINE_BELOW && r.rank >= best.rank * 0.5).slice(0, 2);
  return {
    query,
    lang,
    answered: true,
    certainty,
    confidence,
    answers: [best, ...related].map(toRanked),
    closest:
      certainty === 'unsure'
        ? others
            .filter((r) => r.score >= CLOSEST_FROM)
            .slice(0, 2)
            .map(toRanked)
        : [],
    suggestedTopics: [],
  };
}

/** Entries this close are worth offering as "did you mean" under an unsure answer or a decline. */
const CLOSEST_FROM = 0.3;

/** A name found in more entries than this is part of the topic (e.g. a company the whole base is about), not a name. */
const NAME_LIKE_DF = 3;

interface WeighedQuestion {
  /** Per question word, its weight (inverse document frequency). */
  weights: number[];
  totalWeight: number;
  /** Per question word, whether it is a name the entries use, and a rare one. */
  rare: boolean[];
  /** Per question word, whether it asks for an attribute (founded, salary, speed): the entry must mention it. */
  focus: boolean[];
}

/**
 * Confidence that an entry answers the question: the weighted share of the question's words it matches
 * (rare words weigh more, typo matches less), damped when the matched words say too little to be specific,
 * and capped when only a name matches while the rest of the question asks something else.
 */
function entryScore(hit: EntryHit, question: WeighedQuestion): number {
  const { weights, totalWeight } = question;
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
  const asksWhatEntryLacks = question.focus.some((focus, i) => focus && !(hit.matched[i] ?? 0));
  const cap = asksWhatEntryLacks ? DECLINE_BELOW - 0.01 : nameOnlyCap(hit, question);
  return Math.min(Math.max(share, chatty), cap);
}

/**
 * "In what year was Zappos founded?" matches the Zappos entry's rarest word, which alone outweighs the rest of
 * the question; but what it asks (year, founded) is not in the entry. So when name-like words match, the
 * question's other words must be there too: most of them (else decline), and some specific ones (else unsure).
 */
function nameOnlyCap(hit: EntryHit, question: WeighedQuestion): number {
  let namesMatched = 0;
  let others = 0;
  let othersMatched = 0;
  let othersMatchedWeight = 0;
  hit.matched.forEach((quality, i) => {
    const rare = question.rare[i] ?? false;
    if (rare && quality > 0) namesMatched += 1;
    else {
      others += 1;
      othersMatched += quality;
      othersMatchedWeight += quality * (question.weights[i] ?? 0);
    }
  });
  if (namesMatched === 0 || others === 0) return 1;
  if (othersMatched / others < NAME_BACKING_SHARE) return DECLINE_BELOW - 0.01;
  if (othersMatchedWeight < NAME_BACKING_WEIGHT) return UNSURE_BELOW - 0.01;
  return 1;
}

/** Share of the other words that must match beside a name. */
const NAME_BACKING_SHARE = 0.5;
/** Weight the other matched words must carry beside a name to be sure (one common word like "customer" is not). */
const NAME_BACKING_WEIGHT = 1.5;

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
