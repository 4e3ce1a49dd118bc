// The search index over every entry in all three languages, built on MiniSearch (BM25 with fuzzy and prefix match).
import MiniSearch, { type SearchResult } from 'minisearch';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { entryLanguages, figureIn, type Entry, type Lang } from '../kb/schema.js';
import { analyzeText, surfaceWords, type QueryWord } from './analyze.js';
import { tokenize } from './normalize.js';
import type { Vocabulary } from './detect-language.js';

interface IndexedDoc {
  id: string;
  entryId: string;
  text: string;
  phrasings: string;
  term: string;
  topics: string;
  words: string;
}

/** How well one question word matched an entry: 1 exact stem, less for prefix and typo matches. */
export type MatchQuality = number;

export interface EntryHit {
  entry: Entry;
  /** BM25 relevance, only comparable within one search. */
  relevance: number;
  /** Per question word (same order as the query), the best match quality in this entry (0 = absent). */
  matched: MatchQuality[];
}

const QUALITY = { exact: 1, prefix: 0.8, fuzzy: 0.5 };

export class SearchIndex {
  readonly vocabulary: Vocabulary;
  private readonly search: MiniSearch<IndexedDoc>;
  private readonly entryCount: number;
  private readonly documentFrequency = new Map<string, number>();

  constructor(private readonly kb: KnowledgeBase) {
    this.search = new MiniSearch<IndexedDoc>({
      fields: ['text', 'phrasings', 'term', 'topics', 'words'],
      storeFields: ['entryId'],
      // Fields arrive already analyzed (folded, stemmed, space-separated), so tokenizing is a split.
      tokenize: (text) => text.split(' ').filter(Boolean),
      processTerm: (term) => term,
    });
    const docs: IndexedDoc[] = [];
    const vocabulary = { pl: new Set<string>(), en: new Set<string>() };
    for (const entry of kb.entries) {
      const entryStems = new Set<string>();
      // Only the languages the entry is written in: a Polish-only entry has no English document.
      for (const lang of entryLanguages(entry)) {
        const doc = documentFor(entry, lang, kb);
        docs.push(doc);
        for (const field of [doc.text, doc.phrasings, doc.term, doc.topics, doc.words]) {
          for (const stem of field.split(' ')) if (stem) entryStems.add(stem);
        }
        if (lang !== 'ru') {
          const words = tokenize(
            `${entry.text[lang] ?? ''} ${(entry.phrasings[lang] ?? []).join(' ')} ${entry.term?.[lang] ?? ''}`,
            2000,
          );
          for (const w of words) vocabulary[lang].add(w);
        }
      }
      for (const stem of entryStems)
        this.documentFrequency.set(stem, (this.documentFrequency.get(stem) ?? 0) + 1);
    }
    this.search.addAll(docs);
    this.entryCount = kb.entries.length;
    this.vocabulary = vocabulary;
  }

  /** Inverse document frequency of a stem over entries; an unknown stem weighs like a rare one. */
  weight(stems: string[]): number {
    const known = stems.map((s) => this.documentFrequency.get(s) ?? 0).filter((df) => df > 0);
    const df = known.length > 0 ? Math.min(...known) : 0.7;
    return Math.log(1 + this.entryCount / df);
  }

  /** Entries matching any question word, best first, with per-word match qualities. */
  find(words: QueryWord[], limit = 20): EntryHit[] {
    const stems = [...new Set(words.flatMap((w) => w.stems))];
    if (stems.length === 0) return [];
    const results = this.search.search(stems.join(' '), {
      boost: { term: 2.5, phrasings: 1.6, text: 1, topics: 0.8, words: 0.4 },
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 5 ? 1 : false),
      maxFuzzy: 2,
      weights: { prefix: 0.5, fuzzy: 0.35 },
    });
    const byEntry = new Map<string, EntryHit>();
    for (const result of results) {
      const entryId = result.entryId as string;
      let hit = byEntry.get(entryId);
      if (!hit) {
        const entry = this.kb.entry(entryId);
        if (!entry) continue;
        hit = { entry, relevance: 0, matched: words.map(() => 0) };
        byEntry.set(entryId, hit);
      }
      hit.relevance = Math.max(hit.relevance, result.score);
      words.forEach((word, i) => {
        hit.matched[i] = Math.max(hit.matched[i] ?? 0, matchQuality(word, result));
      });
    }
    return [...byEntry.values()].sort((a, b) => b.relevance - a.relevance).slice(0, limit);
  }
}

function matchQuality(word: QueryWord, result: SearchResult): MatchQuality {
  let best = 0;
  for (const stem of word.stems) {
    if (!result.queryTerms.includes(stem)) continue;
    if (result.terms.includes(stem)) return QUALITY.exact;
    const prefix = result.terms.some((t) => t.startsWith(stem));
    best = Math.max(best, prefix ? QUALITY.prefix : QUALITY.fuzzy);
  }
  return best;
}

function documentFor(entry: Entry, lang: Lang, kb: KnowledgeBase): IndexedDoc {
  const topicNames = entry.topics.map((t) => kb.topicName(t, lang)).join(' ');
  return {
    id: `${entry.id}|${lang}`,
    entryId: entry.id,
    text: analyzeText(
      `${entry.text[lang] ?? ''} ${figureIn(entry, lang) ?? ''} ${entry.source.attribution ?? ''}`,
      lang,
    ).join(' '),
    phrasings: analyzeText((entry.phrasings[lang] ?? []).join(' . '), lang).join(' '),
    term: analyzeText(entry.term?.[lang] ?? '', lang).join(' '),
    topics: analyzeText(topicNames, lang).join(' '),
    words: surfaceWords(
      `${entry.text[lang] ?? ''} ${(entry.phrasings[lang] ?? []).join(' ')} ${entry.term?.[lang] ?? ''}`,
    ).join(' '),
  };
}
