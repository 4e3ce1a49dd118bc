// Finds the entries that may answer a question and ranks them by the probability that each is the answer.
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { analyzeQuestion } from './analyze.js';
import { askedValues } from './asked-attributes.js';
import { evidenceFor, featureVector, weighQuestion, type Evidence } from './evidence.js';
import { entryFigures, type EntryFigures } from './figure-evidence.js';
import { figuresIn } from './figures.js';
import { kindsAskedFor } from './intent.js';
import { frameWords } from './question-frame.js';
import { evidenceOnOneAsk, questionAsks } from './question-asks.js';
import { answerProbability, type RankerModel } from './ranker.js';
import type { EntryHit, SearchIndex } from './search-index.js';
import { sourceLanguagesNamed, sourceProfile, type SourceProfile } from './source-cues.js';
import type { Entry, Source } from '../kb/schema.js';
import type { StemFn } from './stem.js';

/** What answering reads: the knowledge base, its index, the names its entries use, and the ranker. */
export interface AnswerSources {
  kb: KnowledgeBase;
  index: SearchIndex;
  names: ReadonlySet<string>;
  model: RankerModel;
  /** The engine's remembering stemmer. */
  stem: StemFn;
  /**
   * Citations already read, by source (entries of one article share it), kept across questions by the engine: at
   * 10,000 entries, reading the citations of each question's twenty candidates again was a tenth of its time.
   */
  sourceProfiles?: Map<Source, SourceProfile>;
  /** Entries' figures already read, kept by the engine likewise (folding and parsing an entry's text each time was
   * a third of a question with a number). */
  entryFigures?: Map<Entry, EntryFigures>;
}

export interface Candidate {
  hit: EntryHit;
  evidence: Evidence;
  features: number[];
  /** 0..1: how likely this entry is the answer. */
  probability: number;
  /** The entry was weighed on one ask of several (see question-asks.ts): it leaves another unanswered. */
  oneAskOnly: boolean;
}

/** The candidates, most likely first. */
export function rankCandidates(
  { kb, index, names, model, stem, sourceProfiles, entryFigures: figureMemo }: AnswerSources,
  question: string,
): Candidate[] {
  const words = analyzeQuestion(question, stem);
  const weighed = weighQuestion(words, index, names, kb.entries.length, {
    askedKinds: kindsAskedFor(question),
    figures: figuresIn(question),
    sourceLangs: sourceLanguagesNamed(question),
    askedValues: askedValues(question),
    frame: frameWords(question),
  });
  const asks = questionAsks(question, words);
  const hits = index.find(words);
  const [best = 0, second = 0] = hits.map((h) => h.relevance).sort((a, b) => b - a);
  // Entries of one article share its citation: each is read once (per question when no engine keeps them).
  const profiles = sourceProfiles ?? new Map<Source, SourceProfile>();
  const profileOf = (hit: EntryHit) => {
    let profile = profiles.get(hit.entry.source);
    if (!profile)
      profiles.set(hit.entry.source, (profile = sourceProfile(hit.entry, index.vocabulary, stem)));
    return profile;
  };
  const figures = figureMemo ?? new Map<Entry, EntryFigures>();
  const figuresOf = (entry: Entry) => () => {
    let stated = figures.get(entry);
    if (!stated) figures.set(entry, (stated = entryFigures(entry)));
    return stated;
  };
  return hits
    .map((hit) => {
      const whole = evidenceFor(
        hit,
        weighed,
        { best, second },
        { source: profileOf(hit), figures: figuresOf(hit.entry) },
      );
      const onOneAsk = asks && evidenceOnOneAsk(hit, weighed, asks, whole);
      const evidence = onOneAsk ? { ...whole, ...onOneAsk } : whole;
      const features = featureVector(evidence);
      const probability = answerProbability(features, model);
      return { hit, evidence, features, probability, oneAskOnly: onOneAsk !== undefined };
    })
    .sort((a, b) => b.probability - a.probability);
}
