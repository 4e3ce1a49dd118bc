// Builds the search index's data from entries: analyses every language of every entry once, scores each
// (term, document) pair with BM25+ exactly as MiniSearch did (per-field idf and length; a document is one language
// of an entry), and lays the result out in flat typed arrays (see index-data.ts).
import { LANGS, type Entry, type Lang, type Topic } from '../../kb/schema.js';
import { FIELD_BOOST, FIELDS, inverseDocumentFrequency, lengthNormalization } from './bm25.js';
import { buildDeletionIndex } from './build-deletion-index.js';
import { DocumentAnalyzer, type FieldVisitor } from './document-analyzer.js';
import { PairWordsBuilder } from './pair-words-builder.js';
import { DOCUMENTS_PER_ENTRY, INDEX_DATA_VERSION, type IndexData } from './index-data.js';
import { TermScratch } from './term-scratch.js';
import { layOutPostings } from './lay-out-postings.js';
import { compareCodeUnits } from './sorted-strings.js';

/** Told the name of each part of the build as it ends (bench/build-phases.ts times them). */
export type PhaseListener = (phase: string) => void;

export function buildIndexData(
  entries: readonly Entry[],
  topics: readonly Topic[],
  phaseEnded: PhaseListener = () => {},
): IndexData {
  const topicNames = topicNamer(topics);
  const terms = new TermScratch();
  const analyzer = new DocumentAnalyzer(terms);
  const pairs = new PairWordsBuilder(terms.strings().ids, entries.length);
  const documentCount = entries.length * DOCUMENTS_PER_ENTRY;
  // Per document and field, its length in distinct terms (as MiniSearch measured it); totals for the averages.
  const fieldLengths = new Uint16Array(documentCount * FIELDS.length);
  const totalLengths = new Float64Array(FIELDS.length);
  let presentDocuments = 0;
  const documentOffsets = new Uint32Array(documentCount + 1);
  let d = 0;
  // One visitor for every document (it reads the current d), not a closure made per document.
  const countField: FieldVisitor = (f, ids, count) => {
    const length = terms.countField(ids, count, f);
    fieldLengths[d * FIELDS.length + f] = length;
    totalLengths[f] = (totalLengths[f] as number) + length;
  };
  for (const entry of entries) {
    // One document per language, empty when the entry lacks it, so that document ids stay entry × 3 + language.
    for (const lang of LANGS) {
      const present = analyzer.fields(entry, lang, topicNames(entry, lang), countField, pairs);
      if (present) presentDocuments += 1;
      terms.endDocument();
      d += 1;
      documentOffsets[d] = terms.postings;
    }
    pairs.endEntry();
  }
  phaseEnded('analysis');
  // Only now are every field's average length and every term's document frequency per field known: score.
  const averages = Array.from(totalLengths, (total) =>
    presentDocuments === 0 ? 1 : total / presentDocuments,
  );
  // Per (term, field) boost × idf and per (document, field) length normalization, computed once rather than per
  // posting (2.9 million at 10,000 entries).
  const termCount = terms.strings().list.length;
  const boostIdf = new Float64Array(termCount * FIELDS.length);
  const boosts = FIELDS.map((field) => FIELD_BOOST[field]);
  for (let t = 0; t < termCount; t++) {
    for (let f = 0; f < FIELDS.length; f++) {
      const df = terms.documentFrequency(t, f);
      if (df > 0)
        boostIdf[t * FIELDS.length + f] =
          (boosts[f] as number) * inverseDocumentFrequency(df, presentDocuments);
    }
  }
  const norms = new Float64Array(documentCount * FIELDS.length);
  for (let at = 0; at < norms.length; at++) {
    norms[at] = lengthNormalization(fieldLengths[at] as number, averages[at % FIELDS.length] as number);
  }
  phaseEnded('scores');
  const laidOut = layOutPostings(
    terms.strings(),
    {
      documentOffsets,
      index: terms.forward(),
      documentCount: (t) => terms.documentCount(t),
    },
    { boostIdf, norms },
  );
  const { postingOffsets, postingScores } = laidOut;
  phaseEnded('layout');
  const deletes = buildDeletionIndex(laidOut.terms);
  phaseEnded('deletion index');
  const pairWords = pairs.finish(laidOut.finalId, laidOut.terms.length);
  phaseEnded('pair words');
  const vocabulary = {
    pl: analyzer.vocabulary('pl').sort(compareCodeUnits),
    en: analyzer.vocabulary('en').sort(compareCodeUnits),
  };
  phaseEnded('vocabulary');
  return {
    version: INDEX_DATA_VERSION,
    entryIds: entries.map((e) => e.id),
    terms: laidOut.terms,
    postingOffsets,
    postingDocuments: laidOut.postingDocuments,
    postingScores,
    termEntryCounts: laidOut.termEntryCounts,
    entryTermOffsets: laidOut.entryTermOffsets,
    entryTerms: laidOut.entryTerms,
    deleteHashes: deletes.hashes,
    deleteTerms: deletes.termIds,
    ...pairWords,
    vocabulary,
  };
}

type TopicNamer = (entry: Entry, lang: Lang) => string;

/**
 * The names of an entry's topics in a language, joined (a topic without that language falls back to its id); no new
 * string for an entry of one topic (most), which is the topic's name itself.
 */
function topicNamer(topics: readonly Topic[]): TopicNamer {
  const names = new Map(topics.map((t) => [t.id, t.names as Partial<Record<Lang, string>>]));
  const nameOf = (id: string, lang: Lang) => names.get(id)?.[lang] ?? id;
  return (entry, lang) =>
    entry.topics.length === 1
      ? nameOf(entry.topics[0] as string, lang)
      : entry.topics.map((id) => nameOf(id, lang)).join(' ');
}
