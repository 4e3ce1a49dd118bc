// The postings' layout (two passes through buckets of terms, entries' term lists from a bit per term) against the
// plain definition: per term, sorted, its documents ascending with their scores; per entry, its distinct terms.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELDS, termFrequencyScore } from '../../../src/answer/index/bm25.js';
import { DOCUMENTS_PER_ENTRY } from '../../../src/answer/index/index-data.js';
import { layOutPostings } from '../../../src/answer/index/lay-out-postings.js';
import { TermScratch, unpackTf } from '../../../src/answer/index/term-scratch.js';

/** Per document, per field, the term ids (provisional, as interned) it holds, with repeats. */
type Documents = number[][][];

function laidOut(termCount: number, documents: Documents) {
  const scratch = new TermScratch();
  const names = Array.from({ length: termCount }, (_, t) => `t${String(t).padStart(5, '0')}`);
  // Interned in reverse, so that provisional and final ids differ.
  for (let t = termCount - 1; t >= 0; t--) scratch.intern(names[t] as string);
  const provisional = names.map((name) => scratch.intern(name));
  const documentOffsets = new Uint32Array(documents.length + 1);
  const ids = new Int32Array(64);
  documents.forEach((fields, d) => {
    fields.forEach((terms, f) => {
      terms.forEach((t, k) => (ids[k] = provisional[t] as number));
      scratch.countField(ids, terms.length, f);
    });
    scratch.endDocument();
    documentOffsets[d + 1] = scratch.postings;
  });
  // Scores from tables of distinct values, so that a posting scored with the wrong term or document shows.
  const boostIdf = Float64Array.from({ length: termCount * FIELDS.length }, (_, i) => 1 + i / 7);
  const norms = Float64Array.from({ length: documents.length * FIELDS.length }, (_, i) => 0.5 + i / 11);
  const data = layOutPostings(
    scratch.strings(),
    {
      documentOffsets,
      index: scratch.forward(),
      documentCount: (t) => scratch.documentCount(t),
    },
    { boostIdf, norms },
  );
  return { data, provisional, boostIdf, norms };
}

/** The layout by its definition, term by term and document by document. */
function expected(
  termCount: number,
  documents: Documents,
  provisional: number[],
  boostIdf: Float64Array,
  norms: Float64Array,
) {
  const postingOffsets = [0];
  const postingDocuments: number[] = [];
  const postingScores: number[] = [];
  const termEntryCounts: number[] = [];
  for (let t = 0; t < termCount; t++) {
    const entries = new Set<number>();
    documents.forEach((fields, d) => {
      let score = 0;
      let found = false;
      fields.forEach((terms, f) => {
        const tf = Math.min(63, terms.filter((x) => x === t).length);
        if (tf === 0) return;
        found = true;
        score +=
          (boostIdf[(provisional[t] as number) * FIELDS.length + f] as number) *
          termFrequencyScore(unpackTf(tf << (f * 6), f), norms[d * FIELDS.length + f] as number);
      });
      if (!found) return;
      postingDocuments.push(d);
      postingScores.push(Math.fround(score));
      entries.add(Math.floor(d / DOCUMENTS_PER_ENTRY));
    });
    postingOffsets.push(postingDocuments.length);
    termEntryCounts.push(entries.size);
  }
  const entryTerms: number[] = [];
  const entryTermOffsets = [0];
  for (let e = 0; e < documents.length / DOCUMENTS_PER_ENTRY; e++) {
    const terms = new Set(documents.slice(e * DOCUMENTS_PER_ENTRY, (e + 1) * DOCUMENTS_PER_ENTRY).flat(2));
    entryTerms.push(...[...terms].sort((a, b) => a - b));
    entryTermOffsets.push(entryTerms.length);
  }
  return { postingOffsets, postingDocuments, postingScores, termEntryCounts, entryTermOffsets, entryTerms };
}

function check(termCount: number, documents: Documents): void {
  const { data, provisional, boostIdf, norms } = laidOut(termCount, documents);
  const want = expected(termCount, documents, provisional, boostIdf, norms);
  expect(Array.from(data.postingOffsets)).toEqual(want.postingOffsets);
  expect(Array.from(data.postingDocuments)).toEqual(want.postingDocuments);
  expect(Array.from(data.postingScores)).toEqual(want.postingScores);
  expect(Array.from(data.termEntryCounts)).toEqual(want.termEntryCounts);
  expect(Array.from(data.entryTermOffsets)).toEqual(want.entryTermOffsets);
  expect(Array.from(data.entryTerms)).toEqual(want.entryTerms);
  expect(Array.from(provisional, (p) => data.finalId[p])).toEqual(provisional.map((_, t) => t));
}

/** Documents of whole entries over `termCount` terms; `perField` terms at most in each field. */
const documentsOf = (termCount: number, perField: number) =>
  fc.integer({ min: 1, max: 12 }).chain((entries) =>
    fc.array(
      fc.array(fc.array(fc.integer({ min: 0, max: termCount - 1 }), { maxLength: perField }), {
        minLength: FIELDS.length,
        maxLength: FIELDS.length,
      }),
      { minLength: entries * DOCUMENTS_PER_ENTRY, maxLength: entries * DOCUMENTS_PER_ENTRY },
    ),
  );

describe('layOutPostings', () => {
  it('lays out many terms (several buckets; entries with few terms, whose lists are sorted)', () => {
    fc.assert(
      fc.property(documentsOf(700, 6), (documents) => check(700, documents)),
      { numRuns: 40 },
    );
  });

  it('lays out few terms (one bucket; entries read off their bits), repeats past the short form included', () => {
    fc.assert(
      fc.property(documentsOf(20, 40), (documents) => check(20, documents)),
      { numRuns: 40 },
    );
  });

  it("keeps the entries' term lists in 16 bits up to 65,536 terms and in 32 past that, the same ids", () => {
    const documents: Documents = [
      [[1, 2], [], [0], [], [2]],
      [[], [], [], [], []],
      [[3], [], [], [], []],
    ];
    expect(laidOut(4, documents).data.entryTerms).toBeInstanceOf(Uint16Array);
    expect(laidOut(65_536, documents).data.entryTerms).toBeInstanceOf(Uint16Array);
    // Terms past the 16-bit range in an entry's list, where a narrow array would wrap them.
    const far: Documents = [
      [[70_000, 65_536, 1], [], [69_999], [], []],
      [[], [], [], [], []],
      [[2], [], [], [], []],
    ];
    const { data } = laidOut(70_001, far);
    expect(data.entryTerms).toBeInstanceOf(Uint32Array);
    check(70_001, far);
  });

  it('gives a language without text no postings and an entry without text no terms', () => {
    const empty = [[], [], [], [], []];
    check(5, [[[1, 1], [], [3], [], [4]], empty, [[0], [], [], [], [4, 4]], empty, empty, empty]);
  });
});
