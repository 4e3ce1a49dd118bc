// Caps on the work one question can cause in the search index, whatever its length or wording.

/** Question words searched; analyzeQuestion already stops at 24, this guards other callers. */
export const MAX_QUERY_WORDS = 32;
/** Stems searched per question word (its pl, en or ru stem and the word as typed). */
export const MAX_STEMS_PER_WORD = 4;
/** Distinct stems of one question at most: the relevance accumulator counts them in a byte per document. */
export const MAX_QUESTION_STEMS = MAX_QUERY_WORDS * MAX_STEMS_PER_WORD;
/** A prefix search only for stems this long or longer (shorter ones would match half the vocabulary). */
export const MIN_PREFIX_LENGTH = 4;
/** Terms read from the sorted vocabulary for one prefix, and how many of them (the shortest) are searched. */
export const MAX_PREFIX_SCAN = 2048;
export const MAX_PREFIX_EXPANSIONS = 32;
/** Typo search only for words up to this long: the deletion index holds no longer terms. */
export const MAX_FUZZY_TERM_LENGTH = 32;
/** Candidate terms checked with the edit distance for one stem, and how many of them (the closest) are searched. */
export const MAX_FUZZY_VERIFY = 512;
export const MAX_FUZZY_EXPANSIONS = 24;
/** Postings summed for one question; past it the remaining (weaker) expansions are skipped. */
export const MAX_POSTINGS_PER_QUERY = 4_000_000;

/** Edits allowed for a typo of a word of this length: none under 5 letters, 1 up to 7, then 2. */
export function maxTypoDistance(length: number): number {
  if (length > MAX_FUZZY_TERM_LENGTH) return 0;
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * Deletions indexed for a term of this length: enough for every question word that maxTypoDistance lets reach it
 * (a word of 5+ letters with one edit reaches terms of 4+, a word of 8+ letters with two edits reaches terms of 6+).
 */
export function indexedDeleteDistance(length: number): number {
  if (length > MAX_FUZZY_TERM_LENGTH) return 0;
  return length >= 6 ? 2 : length >= 4 ? 1 : 0;
}
