// Answers a question from the knowledge base: the best entries with a confidence, or an honest decline.
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Entry, Lang } from '../kb/schema.js';
import { rankCandidates, type AnswerSources, type Candidate } from './candidates.js';
import { readLanguageAsk, type LanguageAsk } from './answer-language-ask.js';
import { askAfterStory, looksLikeEmail } from './ask-after-story.js';
import { asksChitChat } from './chit-chat.js';
import { isStopword } from './stopwords.js';
import { detectLanguage, type QuestionLanguage } from './detect-language.js';
import { learnedProbability, MODEL, setAsideByRule, type RankerModel } from './ranker.js';
import type { EntryHit, SearchIndex } from './search-index.js';
import { entryListAsk } from './list-asks.js';
import { foldText, tokenize } from './normalize.js';
import { TaughtPhrasings, taughtPosition } from './taught-wording.js';
import { twinEntries } from './twin-entries.js';
import { valueList } from './same-layout-lists.js';

export type { AnswerSources } from './candidates.js';

/** Below this confidence the bot says it has no answer rather than guess (calibrated with the ranker). */
export const DECLINE_BELOW = MODEL.declineBelow;
/** Below this confidence (and at or above DECLINE_BELOW) the answer is given but marked unsure. */
export const UNSURE_BELOW = MODEL.unsureBelow;

/** How sure the core is of its answer: the renderers only present this, they never decide it. */
export type Certainty = 'sure' | 'unsure' | 'declined';

export function certaintyOf(confidence: number, model: RankerModel = MODEL): Certainty {
  return confidence < model.declineBelow ? 'declined' : confidence < model.unsureBelow ? 'unsure' : 'sure';
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
  /** 0..1: how likely the entry is the answer. */
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
  /**
   * When declined: at most one entry the question matched well enough to be answered by, had a rule not set it
   * aside because it does not say what was asked (another period, a value it lacks, a name alone). Shown as what
   * the knowledge base has nearby, never as the answer ("I don't know the cost of a new customer; nearby: it
   * costs 6-7 times more than keeping one").
   */
  nearby: RankedEntry[];
  /** When declined: the topics closest to the question, to offer instead. */
  suggestedTopics: string[];
  /**
   * When answered by a statistic another work tells with its own figure (6× and 6–7× for the cost of a new customer):
   * those other tellings, not among the answers, shown beside it ("another source gives…"). Empty otherwise.
   */
  twins: Entry[];
}

export function localeToLang(locale: string | undefined): Lang | undefined {
  const base = locale?.toLowerCase().split(/[-_]/)[0];
  return base === 'pl' || base === 'en' || base === 'ru' ? base : undefined;
}

/** The answer's language: an explicit choice, else one asked in the question ("answer in Polish: …"), else its language, else the user's locale, else English. */
export function answerLanguage(request: AnswerRequest, index: SearchIndex, asked?: LanguageAsk): Lang {
  return answerLanguageRead(request, index, asked).lang;
}

/** answerLanguage, with the question's own language when it was read (the ranking reads it too: once is enough). */
function answerLanguageRead(
  request: AnswerRequest,
  index: SearchIndex,
  asked?: LanguageAsk,
): { lang: Lang; read?: QuestionLanguage } {
  const chosen = request.lang ?? asked?.lang;
  if (chosen !== undefined) return { lang: chosen };
  const read = { text: request.question, lang: detectLanguage(request.question, index.vocabulary) };
  return { lang: read.lang ?? localeToLang(request.userLocale) ?? 'en', read };
}

/** At most this many entries besides the answer when a list of entries is asked. */
const LISTED = 4;

/** Entries this likely are worth offering as "did you mean" under an unsure answer or a decline. */
const CLOSEST_FROM = 0.1;
/** Two entries this close in probability are near twins (the tip and the definition of one term): never sure. */
const NEAR_TIE = 0.05;

/** Content words an ask read alone after a story holds at least. */
const ASK_WORDS_AT_LEAST = 2;
/**
 * The confidence from which the ask alone in a pasted email is answered, unsure. Measured on every eval set: from the
 * decline line up, three bare asks of off-topic emails ("When will the chairs arrive?") were answered; from 0.5, none.
 */
const EMAIL_ASK_AT_LEAST = 0.5;

/**
 * The answer to the whole message; when that is declined and an ask follows a story (ask-after-story.ts), the answer
 * to that ask alone if it is sure (or, in a pasted email, fairly likely), given as unsure: the story may narrow what is
 * asked, so the user is shown the entry with "did you mean" beside it, never told it surely.
 */
export function answerQuestion(sources: AnswerSources, request: AnswerRequest): AnswerResult {
  const whole = answerMessage(sources, request);
  if (whole.certainty !== 'declined') return whole;
  const ask = askAfterStory(whole.query);
  // Not when the story itself is chit-chat ("my neighbour drills from 7am… What can I do?"), nor when the ask alone says
  // too little to be read without it ("Any ideas?").
  if (ask === undefined || asksChitChat(foldText(whole.query))) return whole;
  if (tokenize(foldText(ask), 200).filter((word) => !isStopword(word)).length < ASK_WORDS_AT_LEAST)
    return whole;
  const alone = answerMessage(sources, { ...request, question: ask });
  // In a pasted email the email's words are the customer's, not the asker's: the ask alone is what is asked, and its
  // unsure answer is taken too when fairly likely.
  const taken =
    alone.certainty === 'sure' || (looksLikeEmail(whole.query) && alone.confidence >= EMAIL_ASK_AT_LEAST);
  if (!taken || alone.answers.length === 0) return whole;
  const shown = new Set(alone.answers.map((a) => a.entry));
  const closest = whole.closest.filter((c) => !shown.has(c.entry));
  return { ...alone, query: whole.query, lang: whole.lang, certainty: 'unsure', closest };
}

function answerMessage(sources: AnswerSources, request: AnswerRequest): AnswerResult {
  // "Answer in Polish: …" sets the language; its words are not searched.
  const asked = readLanguageAsk(request.question);
  const { lang, read } = answerLanguageRead(request, sources.index, asked);
  const query = (asked?.rest ?? request.question).trim();
  const ranked = withTaughtFirst(rankCandidates(sources, query, read), query, sources.taughtPhrasings);
  const [best, ...others] = ranked;
  const taught = best !== undefined && ranked.taught;
  const confidence = round(best?.probability ?? 0);
  // A name backed only by common words ("how many customers does Amazon have") may be the answer, never surely;
  // nor an entry with a near twin just behind it: the user is offered both.
  const byConfidence = certaintyOf(confidence, sources.model);
  const nearTie = best !== undefined && (others[0]?.probability ?? 0) >= best.probability - NEAR_TIE;
  // Nor an entry that answers one ask of several: the other stays unanswered.
  // A question taught to an entry word for word is answered by it, at least as unsure.
  const certainty =
    byConfidence === 'sure' && (best?.evidence.nameWeak || best?.oneAskOnly || nearTie)
      ? 'unsure'
      : taught && byConfidence === 'declined'
        ? 'unsure'
        : byConfidence;
  const closest = valueList(others.filter((c) => c.probability >= CLOSEST_FROM).slice(0, 2), (c) =>
    toRanked(c),
  );
  if (!best || certainty === 'declined') {
    const hits = ranked.map((c) => c.hit);
    return {
      query,
      lang,
      answered: false,
      certainty: 'declined',
      confidence,
      answers: [],
      closest: best && best.probability >= CLOSEST_FROM ? [toRanked(best), ...closest].slice(0, 2) : closest,
      nearby: nearbyEntries(ranked, sources.model),
      suggestedTopics: closestTopics(sources.kb, hits),
      twins: [],
    };
  }
  // A list of entries asked ("all the statistics about…"): the next ones of the answer's kind over the decline line
  // are offered beside it, however far behind the best; otherwise those within half of its probability.
  const listed = entryListAsk(foldText(query)) !== undefined;
  const related = others
    .filter(
      (c) =>
        c.probability >= sources.model.declineBelow &&
        (listed ? c.hit.entry.kind === best.hit.entry.kind : c.probability >= best.probability * 0.5),
    )
    .slice(0, listed ? LISTED : 2);
  const answers = valueList([best, ...related], (c) => toRanked(c));
  const shown = new Set<Entry>(answers.map((r) => r.entry));
  if (certainty === 'unsure') for (const c of closest) shown.add(c.entry);
  return {
    query,
    lang,
    answered: true,
    certainty,
    confidence,
    answers,
    closest: certainty === 'unsure' ? closest : [],
    nearby: [],
    suggestedTopics: [],
    twins: twinEntries(sources.kb, best.hit.entry).filter((twin) => !shown.has(twin)),
  };
}

/** How far down the ranking a set-aside entry is still looked for: below that, its words matched too little. */
const NEARBY_WITHIN = 3;

function nearbyEntries(ranked: Candidate[], model: RankerModel): RankedEntry[] {
  const found = ranked
    .slice(0, NEARBY_WITHIN)
    .find((c) => setAsideByRule(c.features) && learnedProbability(c.features, model) >= model.declineBelow);
  return found ? [toRanked(found)] : [];
}

/** The candidates with the one taught this very question (taught-wording.ts) moved first, if any. */
function withTaughtFirst(
  ranked: Candidate[],
  query: string,
  memo?: Map<Entry, TaughtPhrasings>,
): Candidate[] & { taught: boolean } {
  const phrasingsOf = (entry: Entry): TaughtPhrasings => {
    let phrasings = memo?.get(entry);
    if (!phrasings) {
      phrasings = new TaughtPhrasings(entry);
      memo?.set(entry, phrasings);
    }
    return phrasings;
  };
  const at = taughtPosition(
    query,
    valueList(ranked.slice(0, 3), (c) => c.hit.entry),
    phrasingsOf,
  );
  if (at <= 0) return Object.assign(ranked, { taught: at === 0 });
  return Object.assign([ranked[at]!, ...ranked.slice(0, at), ...ranked.slice(at + 1)], { taught: true });
}

function toRanked(candidate: Candidate): RankedEntry {
  return { entry: candidate.hit.entry, score: round(candidate.probability) };
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
