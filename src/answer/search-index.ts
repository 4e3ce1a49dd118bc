// The search index over every entry in all its languages: BM25 over precomputed typed arrays, with prefix and
// typo matching (see src/answer/index/ for the parts and index-data.ts for the layout).
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Entry } from '../kb/schema.js';
import type { QueryWord } from './analyze.js';
import type { Vocabulary } from './detect-language.js';
import { buildIndexData } from './index/build-index-data.js';
import { DeletionLookup } from './index/deletion-index.js';
import { expandStem, ExpansionScratch, type TermLookup } from './index/expand-term.js';
import { DOCUMENTS_PER_ENTRY, INDEX_DATA_VERSION, type IndexData } from './index/index-data.js';
import { PairScanner } from './index/pair-scan.js';
import { MAX_POSTINGS_PER_QUERY, MAX_QUERY_WORDS, MAX_STEMS_PER_WORD } from './index/limits.js';
import { RelevanceAccumulator } from './index/relevance-accumulator.js';
import { SortedWordSet } from './index/sorted-strings.js';
import { TermPositions } from './index/term-positions.js';

/** How well one question word matched an entry: 1 exact stem, 0.8 prefix, 0.5 typo, 0 absent. */
export type MatchQuality = number;

export interface EntryHit {
  entry: Entry;
  /** The entry's number in the index (its position in the index data). */
  position: number;
  /** BM25 relevance, only comparable within one search. */
  relevance: number;
  /** Per question word (same order as the query), the best match quality in this entry (0 = absent). */
  matched: MatchQuality[];
}

export class SearchIndex {
  readonly vocabulary: Vocabulary;
  private readonly entries: Entry[];
  private readonly accumulator: RelevanceAccumulator;
  private readonly lookup: TermLookup;
  /** The term expansion's working memory, reused (answering is synchronous: questions never interleave). */
  private readonly scratch: ExpansionScratch;
  /** The word-pair scan with its working memory, likewise. */
  private readonly pairs: PairScanner;
  /** The last find's words and their stems' numbers, when it kept its sums for a findMore. */
  private kept: { words: QueryWord[]; perWord: number[][] } | undefined;

  /** Builds the index from the knowledge base, or takes data built elsewhere (a worker) for the same entries. */
  constructor(
    kb: KnowledgeBase,
    private readonly data: IndexData = buildIndexData(kb.entries, kb.topics),
  ) {
    if (data.version !== INDEX_DATA_VERSION)
      throw new Error(`index data version ${String(data.version)} is not ${INDEX_DATA_VERSION}`);
    this.entries = data.entryIds.map((id, i) => {
      const entry = kb.entries[i]?.id === id ? kb.entries[i] : kb.entry(id);
      if (!entry) throw new Error(`index data names entry "${id}", which the knowledge base does not have`);
      return entry;
    });
    this.vocabulary = {
      pl: new SortedWordSet(data.vocabulary.pl),
      en: new SortedWordSet(data.vocabulary.en),
    };
    this.accumulator = new RelevanceAccumulator(this.entries.length * DOCUMENTS_PER_ENTRY);
    const positions = new TermPositions(data.terms);
    this.lookup = {
      terms: data.terms,
      positions,
      deletes: new DeletionLookup(data.deleteHashes, data.deleteTerms),
    };
    this.scratch = new ExpansionScratch(data.terms.length);
    this.pairs = new PairScanner(data, positions);
  }

  /** Wraps index data built by buildIndexData for this knowledge base: no analysis, no copies of the arrays. */
  static fromData(kb: KnowledgeBase, data: IndexData): SearchIndex {
    return new SearchIndex(kb, data);
  }

  /** Inverse document frequency of a stem over entries; an unknown stem weighs like a rare one. */
  weight(stems: string[]): number {
    let df = Infinity;
    for (const stem of stems) {
      const t = this.lookup.positions.indexOf(stem);
      const count = t < 0 ? 0 : (this.data.termEntryCounts[t] as number);
      if (count > 0 && count < df) df = count;
    }
    return Math.log(1 + this.entries.length / (df === Infinity ? 0.7 : df));
  }

  /**
   * Per entry (by position), the share of the question's neighbouring word pairs (both words weighing something)
   * that stand side by side in its text, term or a phrasing too, in either order (see index/pair-scan.ts). Near
   * twins (the tip and the definition of one term, two figures of one study) share most words of a question; the
   * one the question is about tends to share its phrases too ("definition of customer service quality").
   */
  pairShares(
    positions: readonly number[],
    stems: readonly (readonly string[])[],
    weights: readonly number[],
  ) {
    return this.pairs.shares(positions, stems, weights);
  }

  /**
   * Entries matching any question word, best first, with per-word match qualities. `keep`: the sums stay for a
   * findMore of these words right after (see RelevanceAccumulator.best).
   */
  find(words: QueryWord[], limit = 20, keep = false): EntryHit[] {
    this.kept = undefined;
    // The question's distinct stems, and per asked word the numbers of its stems among them.
    const stems: string[] = [];
    // Per stem, the most its words count in the search (1 unless only the story around the ask holds them).
    const stemWeights: number[] = [];
    const numbered = new Map<string, number>();
    const perWord: number[][] = [];
    for (let w = 0; w < Math.min(words.length, MAX_QUERY_WORDS); w++) {
      const word = words[w] as QueryWord;
      const wordStems = word.stems;
      const weight = word.searchWeight ?? 1;
      const numbers: number[] = [];
      for (let k = 0; k < Math.min(wordStems.length, MAX_STEMS_PER_WORD); k++) {
        const stem = wordStems[k] as string;
        let s = numbered.get(stem);
        if (s === undefined) {
          numbered.set(stem, (s = stems.push(stem) - 1));
          stemWeights.push(weight);
        } else if (weight > (stemWeights[s] as number)) stemWeights[s] = weight;
        numbers.push(s);
      }
      perWord.push(numbers);
    }
    if (stems.length === 0 || limit <= 0) return [];
    // Stem s's expansions are the scratch's positions starts[s] .. starts[s + 1] - 1.
    const { scratch } = this;
    scratch.reset();
    const starts = scratch.stemStarts;
    for (let s = 0; s < stems.length; s++) {
      expandStem(this.lookup, stems[s] as string, scratch);
      starts[s + 1] = scratch.count;
    }
    const { postingOffsets, postingDocuments, postingScores } = this.data;
    this.accumulator.begin();
    let budget = MAX_POSTINGS_PER_QUERY;
    for (let s = 0; s < stems.length; s++) {
      for (let x = starts[s] as number; x < (starts[s + 1] as number); x++) {
        const term = scratch.terms[x] as number;
        const start = postingOffsets[term] as number;
        const end = postingOffsets[term + 1] as number;
        if (end - start > budget) continue;
        budget -= end - start;
        this.accumulator.add(
          s,
          (scratch.weights[x] as number) * (stemWeights[s] as number),
          postingDocuments,
          postingScores,
          start,
          end,
        );
      }
    }
    const hits = this.hits(this.accumulator.best(limit, keep), words.length, perWord);
    if (keep) this.kept = { words, perWord };
    return hits;
  }

  /**
   * The last find of these words again, for more entries: when it kept its sums (and nothing was searched since),
   * they are ranked again and no posting is summed a second time; otherwise a new find. The first hits are those the
   * find gave: the ranking orders equal scores by entry, so a longer list starts with the shorter one.
   * `from` and `keep`: only the hits from that rank on whose entry `keep` accepts (the figure-led search wants a few
   * of 200; their match qualities are read only for those).
   */
  findMore(
    words: QueryWord[],
    limit: number,
    from = 0,
    keep: (entry: Entry) => boolean = () => true,
  ): EntryHit[] {
    const kept = this.kept;
    this.kept = undefined;
    if (kept?.words !== words)
      return this.find(words, limit)
        .slice(from)
        .filter((hit) => keep(hit.entry));
    return this.hits(this.accumulator.best(limit), words.length, kept.perWord, from, keep);
  }

  /**
   * The `found` best entries of the accumulator's last ranking as hits (the scratch holds the search's expansions),
   * from rank `from` on, those whose entry `keep` accepts.
   */
  private hits(
    found: number,
    wordCount: number,
    perWord: number[][],
    from = 0,
    keep?: (entry: Entry) => boolean,
  ): EntryHit[] {
    const { accumulator } = this;
    const starts = this.scratch.stemStarts;
    const hits: EntryHit[] = [];
    for (let i = from; i < found; i++) {
      const entry = accumulator.entry(i);
      const kept = this.entries[entry] as Entry;
      if (keep && !keep(kept)) continue;
      const matched: MatchQuality[] = new Array<MatchQuality>(wordCount).fill(0);
      for (let w = 0; w < perWord.length; w++)
        matched[w] = this.bestQuality(entry, perWord[w] as number[], starts);
      hits.push({
        entry: kept,
        position: entry,
        relevance: accumulator.relevance(i),
        matched,
      });
    }
    return hits;
  }

  /**
   * The best quality among a word's expansions (those of each of its stems, `starts` as in find) that the entry
   * contains (binary search in its sorted terms). A maximum, so the stems' lists need no merging.
   */
  private bestQuality(entry: number, wordStems: number[], starts: Uint32Array): MatchQuality {
    const { entryTermOffsets, entryTerms } = this.data;
    const { terms, qualities } = this.scratch;
    const start = entryTermOffsets[entry] as number;
    const end = entryTermOffsets[entry + 1] as number;
    let best = 0;
    for (const s of wordStems) {
      for (let x = starts[s] as number; x < (starts[s + 1] as number); x++) {
        const quality = qualities[x] as number;
        if (quality <= best) continue;
        const term = terms[x] as number;
        let lo = start;
        let hi = end;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if ((entryTerms[mid] as number) < term) lo = mid + 1;
          else hi = mid;
        }
        if (lo < end && entryTerms[lo] === term) best = quality;
      }
    }
    return best;
  }
}
