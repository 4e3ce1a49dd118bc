// Builds the search index's data from entries: analyses every language of every entry once, scores each
// (term, document) pair with BM25+ (a document is one language of an entry), and lays the result out in flat typed arrays (see index-data.ts).
import { LANGS, type Entry, type Lang, type Topic } from '../../kb/schema.js';
import { FIELD_BOOST, FIELDS, inverseDocumentFrequency, termFrequencyScore, type Field } from './bm25.js';
import { buildDeletionIndex } from './deletion-index.js';
import { entryFields, entryLanguageParts, vocabularyWords, type EntryFields } from './entry-fields.js';
import { GrowableArray } from './growable-array.js';
import { DOCUMENTS_PER_ENTRY, INDEX_DATA_VERSION, type IndexData } from './index-data.js';
import { TermScratch } from './term-scratch.js';
import { layOutPostings } from './lay-out-postings.js';
import { compareCodeUnits } from './sorted-strings.js';

/** Entries read up front for the average field lengths BM25 normalizes by (spread evenly over the base). */
const LENGTH_SAMPLE = 1000;

export function buildIndexData(entries: readonly Entry[], topics: readonly Topic[]): IndexData {
  const topicNames = topicNamer(topics);
  const averages = averageFieldLengths(entries, topicNames);
  const terms = new TermScratch();
  const documentOffsets = new GrowableArray('u32', entries.length * DOCUMENTS_PER_ENTRY + 1);
  const forward = {
    terms: new GrowableArray('u32', entries.length * 64),
    scores: new GrowableArray('f32', entries.length * 64),
  };
  const vocabulary = { pl: new Set<string>(), en: new Set<string>() };
  documentOffsets.push(0);
  for (const entry of entries) {
    // One document per language, empty when the entry lacks it, so that document ids stay entry × 3 + language.
    for (const lang of LANGS) {
      const parts = entryLanguageParts(entry, lang);
      if (parts) {
        if (lang !== 'ru') for (const w of vocabularyWords(parts)) vocabulary[lang].add(w);
        const fields = entryFields(parts, topicNames(entry, lang), lang);
        for (const field of FIELDS) {
          const average = averages[field];
          terms.countField(
            fields[field],
            (tf, distinct) => FIELD_BOOST[field] * termFrequencyScore(tf, distinct, average),
          );
        }
      }
      terms.endDocument((term, score) => {
        forward.terms.push(term);
        forward.scores.push(score);
      });
      documentOffsets.push(forward.terms.length);
    }
  }
  const laidOut = layOutPostings(terms.strings(), { ...forward, documentOffsets: documentOffsets.toArray() });
  // idf is known only once every document is read: scale each term's postings now.
  const { postingOffsets, postingScores } = laidOut;
  for (let t = 0; t + 1 < postingOffsets.length; t++) {
    const start = postingOffsets[t] as number;
    const end = postingOffsets[t + 1] as number;
    const idf = inverseDocumentFrequency(end - start, terms.documentCount);
    for (let p = start; p < end; p++) postingScores[p] = (postingScores[p] as number) * idf;
  }
  const deletes = buildDeletionIndex(laidOut.terms);
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
    vocabulary: {
      pl: [...vocabulary.pl].sort(compareCodeUnits),
      en: [...vocabulary.en].sort(compareCodeUnits),
    },
  };
}

type TopicNamer = (entry: Entry, lang: Lang) => string;

/** The names of an entry's topics in a language, joined (a topic without that language falls back to its id). */
function topicNamer(topics: readonly Topic[]): TopicNamer {
  const names = new Map(topics.map((t) => [t.id, t.names as Partial<Record<Lang, string>>]));
  return (entry, lang) => entry.topics.map((id) => names.get(id)?.[lang] ?? id).join(' ');
}

/**
 * Average length of each field (in distinct terms, as MiniSearch measured it) over a sample of entries. Reading them all first would mean analysing the base
 * twice or holding every field's words at once; an even sample of a thousand gives the same averages closely.
 */
function averageFieldLengths(entries: readonly Entry[], topicNames: TopicNamer): Record<Field, number> {
  const step = Math.max(1, Math.floor(entries.length / LENGTH_SAMPLE));
  const sums: Record<Field, number> = { term: 0, phrasings: 0, text: 0, topics: 0, words: 0 };
  let documents = 0;
  for (let i = 0; i < entries.length; i += step) {
    const entry = entries[i] as Entry;
    for (const lang of LANGS) {
      const parts = entryLanguageParts(entry, lang);
      if (!parts) continue;
      const fields: EntryFields = entryFields(parts, topicNames(entry, lang), lang);
      for (const field of FIELDS) sums[field] += new Set(fields[field]).size;
      documents += 1;
    }
  }
  const average = (field: Field) => (documents === 0 ? 1 : sums[field] / documents);
  return {
    term: average('term'),
    phrasings: average('phrasings'),
    text: average('text'),
    topics: average('topics'),
    words: average('words'),
  };
}
