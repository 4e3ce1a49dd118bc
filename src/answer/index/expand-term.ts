// The index terms one question stem stands for: itself, the terms it begins (prefix), and its likely typos.
import {
  deleteHashesInto,
  MAX_DELETE_HASHES,
  MAX_FUZZY_TERMS,
  type DeletionLookup,
} from './deletion-index.js';
import { boundedEditDistance, EditDistanceRows } from './edit-distance.js';
import {
  MAX_FUZZY_EXPANSIONS,
  MAX_FUZZY_TERM_LENGTH,
  MAX_FUZZY_VERIFY,
  MAX_PREFIX_EXPANSIONS,
  MAX_PREFIX_SCAN,
  MAX_QUESTION_STEMS,
  MIN_PREFIX_LENGTH,
  maxTypoDistance,
} from './limits.js';
import type { TermPositions } from './term-positions.js';
import { isAt } from './sorted-strings.js';

/** How well a question word matched an entry's term: exact stem 1, prefix 0.8, typo 0.5. */
export const QUALITY = { exact: 1, prefix: 0.8, fuzzy: 0.5 } as const;

// Relevance weights of the weaker matches, as the engine used with MiniSearch.
const PREFIX_WEIGHT = 0.5;
const FUZZY_WEIGHT = 0.35;
/** Positions of the deletion index read for one stem (a short delete can be shared by many terms). */
const MAX_FUZZY_SCAN = 4 * MAX_FUZZY_VERIFY;

export interface TermLookup {
  terms: readonly string[];
  /** Where a stem falls among the terms (remembered: the question looks its stems up elsewhere too). */
  positions: TermPositions;
  deletes: DeletionLookup;
}

/**
 * The working memory of expandStem, reused from question to question (one per index; answering is synchronous):
 * the expansions found, as parallel typed arrays (an object per expansion was a tenth of a question's garbage), the
 * edit distance's rows, and a mark per term (a generation stamp, so nothing is cleared between stems).
 */
export class ExpansionScratch {
  readonly rows = new EditDistanceRows();
  /** Expansions [0, count): the term, how well it matches (QUALITY) and the weight of its BM25 scores. */
  terms = new Uint32Array(256);
  qualities = new Float64Array(256);
  weights = new Float64Array(256);
  count = 0;
  /** Where each question stem's expansions start (see SearchIndex.find), one more than the most stems a question has. */
  readonly stemStarts = new Uint32Array(MAX_QUESTION_STEMS + 1);
  /** The closest typo candidates of the current stem, as distance × 2^21 + term (ordering them orders by both). */
  private typos = new Float64Array(MAX_FUZZY_EXPANSIONS);
  /** The hashes of the current stem's deletes (see deleteHashesInto), and the hashes of its prefixes they start from. */
  readonly deleteHashes = new Uint32Array(MAX_DELETE_HASHES);
  readonly prefixHashes = new Int32Array(MAX_FUZZY_TERM_LENGTH + 1);
  private readonly marks: Uint32Array;
  private generation = 0;

  constructor(termCount: number) {
    this.marks = new Uint32Array(termCount);
  }

  /** Forgets every expansion (the start of a question). */
  reset(): void {
    this.count = 0;
  }

  push(term: number, quality: number, weight: number): void {
    if (this.count === this.terms.length) {
      const size = this.count * 2;
      this.terms = grow(this.terms, new Uint32Array(size));
      this.qualities = grow(this.qualities, new Float64Array(size));
      this.weights = grow(this.weights, new Float64Array(size));
    }
    this.terms[this.count] = term;
    this.qualities[this.count] = quality;
    this.weights[this.count] = weight;
    this.count += 1;
  }

  /** The typo candidates' buffer, exactly `size` long. */
  typoBuffer(size: number): Float64Array {
    if (this.typos.length !== size) this.typos = new Float64Array(size);
    return this.typos;
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

function grow<T extends Uint32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Appends to `scratch` every term the stem reaches, each once: exact first, then prefixes, then typos (closest
 * first); bounded by the caps in limits.ts. Returns the number appended.
 */
export function expandStem(index: TermLookup, stem: string, scratch: ExpansionScratch): number {
  const first = scratch.count;
  // The exact term, if any, is where the prefix range starts: one search finds both.
  const at = index.positions.lowerBound(stem);
  const exact = isAt(index.terms, at, stem) ? at : -1;
  if (exact >= 0) scratch.push(exact, QUALITY.exact, 1);
  const prefixed = prefixExtensions(index.terms, stem, at);
  for (const term of prefixed) {
    const length = (index.terms[term] as string).length;
    const weight = (PREFIX_WEIGHT * length) / (length + 0.3 * (length - stem.length));
    scratch.push(term, QUALITY.prefix, weight);
  }
  scratch.clear();
  if (exact >= 0) scratch.mark(exact);
  for (const term of prefixed) scratch.mark(term);
  typoNeighbours(index, stem, scratch);
  return scratch.count - first;
}

/**
 * Terms that begin with the stem and are longer, the shortest (closest) first when there are too many; `from` is
 * the stem's lower bound among the terms.
 */
function prefixExtensions(terms: readonly string[], stem: string, from: number): number[] {
  if (stem.length < MIN_PREFIX_LENGTH) return [];
  const found: number[] = [];
  const end = Math.min(terms.length, from + MAX_PREFIX_SCAN);
  for (let i = from; i < end; i++) {
    const term = terms[i] as string;
    if (!term.startsWith(stem)) break;
    if (term.length > stem.length) found.push(i);
  }
  if (found.length <= MAX_PREFIX_EXPANSIONS) return found;
  const length = (i: number) => (terms[i] as string).length;
  return found.sort((a, b) => length(a) - length(b) || a - b).slice(0, MAX_PREFIX_EXPANSIONS);
}

/** Appends the terms within the stem's typo distance (not already marked), closest first, then by term. */
function typoNeighbours(index: TermLookup, stem: string, scratch: ExpansionScratch): void {
  const maxDistance = maxTypoDistance(stem.length);
  if (maxDistance === 0) return;
  const { deletes, terms } = index;
  const { hashes, termIds } = deletes;
  // The closest MAX_FUZZY_EXPANSIONS candidates, kept sorted as they come (sorting a typed array copies it).
  const closest = scratch.typoBuffer(MAX_FUZZY_EXPANSIONS);
  let count = 0;
  let scanned = 0;
  let checked = 0;
  // Every delete's hash at once, each continued from the hash of the letters before it (maxTypoDistance allows no
  // typo past MAX_FUZZY_TERM_LENGTH letters): hashing each delete from its first letter, through a call per delete,
  // was ~7 % of a fresh question's CPU in profiles.
  const deleteCount = deleteHashesInto(stem, maxDistance, scratch.deleteHashes, scratch.prefixHashes);
  scan: for (let d = 0; d < deleteCount; d++) {
    const hash = scratch.deleteHashes[d] as number;
    const first = deletes.first(hash);
    if (first < 0) continue;
    for (let p = first; p < hashes.length && hashes[p] === hash; p++) {
      if (scanned >= MAX_FUZZY_SCAN || checked >= MAX_FUZZY_VERIFY) break scan;
      scanned += 1;
      const term = termIds[p] as number;
      if (!scratch.mark(term)) continue;
      checked += 1;
      const distance = boundedEditDistance(stem, terms[term] as string, maxDistance, scratch.rows);
      if (distance > 0 && distance <= maxDistance)
        count = insertSorted(closest, count, distance * MAX_FUZZY_TERMS + term);
    }
  }
  for (let i = 0; i < count; i++) {
    const key = closest[i] as number;
    const distance = Math.floor(key / MAX_FUZZY_TERMS);
    const term = key - distance * MAX_FUZZY_TERMS;
    const length = (terms[term] as string).length;
    scratch.push(term, QUALITY.fuzzy, (FUZZY_WEIGHT * length) / (length + distance));
  }
}

/**
 * Puts `key` into the ascending `keys[0 .. count)` holding at most keys.length (the largest falls out); returns the
 * new count. Keys are distinct, so this keeps what sorting all of them and taking the first would.
 */
function insertSorted(keys: Float64Array, count: number, key: number): number {
  const capacity = keys.length;
  if (count === capacity && key >= (keys[count - 1] as number)) return count;
  let at = count < capacity ? count : capacity - 1;
  for (; at > 0 && (keys[at - 1] as number) > key; at--) keys[at] = keys[at - 1] as number;
  keys[at] = key;
  return count < capacity ? count + 1 : count;
}
