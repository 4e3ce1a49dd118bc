// BM25+ term scoring, with the field boosts the answer engine has always used (a term > phrasings > text > topics).

/** The fields of an entry's document in one language, in the order the builder analyses them. */
export const FIELDS = ['term', 'phrasings', 'text', 'topics', 'words'] as const;
export type Field = (typeof FIELDS)[number];

/** How much a match in each field counts: the defined term most, the folded surface words (typo targets) least. */
export const FIELD_BOOST: Record<Field, number> = {
  term: 2.5,
  phrasings: 1.6,
  text: 1,
  topics: 0.8,
  words: 0.4,
};

// MiniSearch's BM25+ parameters, kept so that relevance means what it meant before the index was replaced.
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;

/**
 * K1 times BM25's length normalization of a field of `length` terms: the same for every term of the field, so the
 * build computes it once per field of a document rather than once per posting.
 */
export function lengthNormalization(length: number, averageLength: number): number {
  return K1 * (1 - B + (B * length) / (averageLength || 1));
}

/** The term-frequency part of BM25+ for a term seen `tf` times in a field whose lengthNormalization is `norm`. */
export function termFrequencyScore(tf: number, norm: number): number {
  return DELTA + (tf * (K1 + 1)) / (tf + norm);
}

/** Inverse document frequency of a term found in `df` of `n` entries. */
export function inverseDocumentFrequency(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}
