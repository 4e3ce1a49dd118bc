// The index terms one question stem stands for: itself, the terms it begins (prefix), and its likely typos.
import { forEachDeleteHash, type DeletionLookup } from './deletion-index.js';
import { boundedEditDistance, EditDistanceRows } from './edit-distance.js';
import {
  MAX_FUZZY_EXPANSIONS,
  MAX_FUZZY_VERIFY,
  MAX_PREFIX_EXPANSIONS,
  MAX_PREFIX_SCAN,
  MIN_PREFIX_LENGTH,
  maxTypoDistance,
} from './limits.js';
import { indexOfSorted, lowerBound } from './sorted-strings.js';

/** How well a question word matched an entry's term: exact stem 1, prefix 0.8, typo 0.5. */
export const QUALITY = { exact: 1, prefix: 0.8, fuzzy: 0.5 } as const;

// Relevance weights of the weaker matches, as the engine used with MiniSearch.
const PREFIX_WEIGHT = 0.5;
const FUZZY_WEIGHT = 0.35;
/** Positions of the deletion index read for one stem (a short delete can be shared by many terms). */
const MAX_FUZZY_SCAN = 4 * MAX_FUZZY_VERIFY;

export interface Expansion {
  term: number;
  quality: number;
  /** Multiplies the term's BM25 scores in the relevance sum. */
  weight: number;
}

export interface TermLookup {
  terms: readonly string[];
  deletes: DeletionLookup;
}

/**
 * The working memory of expandStem, reused from question to question (one per index; answering is synchronous):
 * the edit distance's rows and a mark per term (a generation stamp, so nothing is cleared between stems). Sets of
 * the terms taken and checked were much of a question's garbage.
 */
export class ExpansionScratch {
  readonly rows = new EditDistanceRows();
  private readonly marks: Uint32Array;
  private generation = 0;

  constructor(termCount: number) {
    this.marks = new Uint32Array(termCount);
  }

  /** Forgets every mark. */
  clear(): void {
    this.generation += 1;
    if (this.generation === 0xffffffff) {
      this.marks.fill(0);
      this.generation = 1;
    }
  }

  /** Marks the term; false when it was marked already. */
  mark(term: number): boolean {
    if (this.marks[term] === this.generation) return false;
    this.marks[term] = this.generation;
    return true;
  }
}

/** Every term the stem reaches, each once, exact first; bounded by the caps in limits.ts. */
export function expandStem(
  index: TermLookup,
  stem: string,
  scratch: ExpansionScratch = new ExpansionScratch(index.terms.length),
): Expansion[] {
  const expansions: Expansion[] = [];
  const exact = indexOfSorted(index.terms, stem);
  if (exact >= 0) expansions.push({ term: exact, quality: QUALITY.exact, weight: 1 });
  const prefixed = prefixExtensions(index.terms, stem);
  for (const term of prefixed) {
    const length = (index.terms[term] as string).length;
    const weight = (PREFIX_WEIGHT * length) / (length + 0.3 * (length - stem.length));
    expansions.push({ term, quality: QUALITY.prefix, weight });
  }
  scratch.clear();
  if (exact >= 0) scratch.mark(exact);
  for (const term of prefixed) scratch.mark(term);
  for (const { term, distance } of typoNeighbours(index, stem, scratch)) {
    const length = (index.terms[term] as string).length;
    expansions.push({ term, quality: QUALITY.fuzzy, weight: (FUZZY_WEIGHT * length) / (length + distance) });
  }
  return expansions;
}

/** Terms that begin with the stem and are longer, the shortest (closest) first when there are too many. */
function prefixExtensions(terms: readonly string[], stem: string): number[] {
  if (stem.length < MIN_PREFIX_LENGTH) return [];
  const found: number[] = [];
  const end = Math.min(terms.length, lowerBound(terms, stem) + MAX_PREFIX_SCAN);
  for (let i = lowerBound(terms, stem); i < end; i++) {
    const term = terms[i] as string;
    if (!term.startsWith(stem)) break;
    if (term.length > stem.length) found.push(i);
  }
  if (found.length <= MAX_PREFIX_EXPANSIONS) return found;
  const length = (i: number) => (terms[i] as string).length;
  return found.sort((a, b) => length(a) - length(b) || a - b).slice(0, MAX_PREFIX_EXPANSIONS);
}

/** Terms within the stem's typo distance (not already marked), closest first. */
function typoNeighbours(
  index: TermLookup,
  stem: string,
  scratch: ExpansionScratch,
): { term: number; distance: number }[] {
  const maxDistance = maxTypoDistance(stem.length);
  if (maxDistance === 0) return [];
  const { deletes, terms } = index;
  const { hashes, termIds } = deletes;
  const found: { term: number; distance: number }[] = [];
  let scanned = 0;
  let checked = 0;
  forEachDeleteHash(stem, maxDistance, (hash) => {
    const first = deletes.first(hash);
    if (first < 0) return true;
    for (let p = first; p < hashes.length && hashes[p] === hash; p++) {
      if (scanned >= MAX_FUZZY_SCAN || checked >= MAX_FUZZY_VERIFY) return false;
      scanned += 1;
      const term = termIds[p] as number;
      if (!scratch.mark(term)) continue;
      checked += 1;
      const distance = boundedEditDistance(stem, terms[term] as string, maxDistance, scratch.rows);
      if (distance > 0 && distance <= maxDistance) found.push({ term, distance });
    }
    return true;
  });
  found.sort((a, b) => a.distance - b.distance || a.term - b.term);
  return found.slice(0, MAX_FUZZY_EXPANSIONS);
}
