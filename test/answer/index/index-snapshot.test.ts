// The stored index: read back it is the index that was built; stored under another key, damaged or cut short it
// is refused (undefined), never thrown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../../src/answer/answer-engine.js';
import { buildIndexData } from '../../../src/answer/index/build-index-data.js';
import { decodeIndexSnapshot, encodeIndexSnapshot } from '../../../src/answer/index/index-snapshot.js';
import { namesOf } from '../../../src/answer/names.js';
import { SearchIndex } from '../../../src/answer/search-index.js';
import { indexFixtureKb } from './index-fixtures.js';

const KEY = 'a'.repeat(64);
const QUESTIONS = [
  'how do I escalate',
  'zwrot pieniędzy',
  'опрос удовлетворенности',
  'what is NPS',
  'refnud',
];

function snapshotOfFixture() {
  const kb = indexFixtureKb();
  const snapshot = { data: buildIndexData(kb.entries, kb.topics), names: [...namesOf(kb)] };
  return { kb, snapshot, bytes: encodeIndexSnapshot(snapshot, KEY) };
}

describe('an index snapshot', () => {
  it('reads back the very index data and names that were stored', () => {
    const { snapshot, bytes } = snapshotOfFixture();
    expect(decodeIndexSnapshot(bytes, KEY)).toEqual(snapshot);
  });

  it("reads back the entries' stem runs in either width (32 bits past 65,535 stems)", () => {
    const { snapshot } = snapshotOfFixture();
    expect(snapshot.data.pairWords).toBeInstanceOf(Uint16Array);
    const wide = {
      ...snapshot,
      data: { ...snapshot.data, pairWords: Uint32Array.from(snapshot.data.pairWords) },
    };
    const read = decodeIndexSnapshot(encodeIndexSnapshot(wide, KEY), KEY);
    expect(read?.data.pairWords).toBeInstanceOf(Uint32Array);
    expect(read).toEqual(wide);
  });

  it("reads back the term-id lists in either width (32 bits past 65,536 terms), and refuses a width that the vocabulary's size does not give", () => {
    const { snapshot } = snapshotOfFixture();
    const { data } = snapshot;
    expect(data.entryTerms).toBeInstanceOf(Uint16Array);
    expect(data.deleteTerms).toBeInstanceOf(Uint16Array);
    const widened = {
      entryTerms: Uint32Array.from(data.entryTerms),
      deleteTerms: Uint32Array.from(data.deleteTerms),
    };
    // Wide lists of a small vocabulary: not what a build gives.
    const mismatched = { ...snapshot, data: { ...data, ...widened } };
    expect(decodeIndexSnapshot(encodeIndexSnapshot(mismatched, KEY), KEY)).toBeUndefined();
    // The same vocabulary grown past 65,536 terms (terms without postings, sorting last): wide lists are its own.
    const extra = 65_537 - data.terms.length;
    const last = data.postingOffsets[data.postingOffsets.length - 1] as number;
    const grown = {
      ...snapshot,
      data: {
        ...data,
        ...widened,
        terms: [
          ...data.terms,
          ...Array.from({ length: extra }, (_, i) => `\uffff${String(i).padStart(6, '0')}`),
        ],
        postingOffsets: Uint32Array.from([...data.postingOffsets, ...new Array<number>(extra).fill(last)]),
        termEntryCounts: Uint32Array.from([...data.termEntryCounts, ...new Array<number>(extra).fill(0)]),
      },
    };
    const read = decodeIndexSnapshot(encodeIndexSnapshot(grown, KEY), KEY);
    expect(read?.data.entryTerms).toBeInstanceOf(Uint32Array);
    expect(read?.data.deleteTerms).toBeInstanceOf(Uint32Array);
    expect(read).toEqual(grown);
  });

  it('gives an engine that answers every question as the freshly built one does', () => {
    const { kb, bytes } = snapshotOfFixture();
    const read = decodeIndexSnapshot(bytes, KEY)!;
    const fromSnapshot = new AnswerEngine(kb, undefined, {
      index: SearchIndex.fromData(kb, read.data),
      names: new Set(read.names),
    });
    const built = new AnswerEngine(kb);
    for (const question of QUESTIONS)
      expect(fromSnapshot.answer({ question })).toEqual(built.answer({ question }));
  });

  it('is refused when stored under another key (other files or other engine code)', () => {
    const { bytes } = snapshotOfFixture();
    expect(decodeIndexSnapshot(bytes, 'b'.repeat(64))).toBeUndefined();
  });

  it('is refused when any byte is changed, or the file is cut short', () => {
    const { bytes } = snapshotOfFixture();
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 }), (at, flip) => {
        const damaged = Buffer.from(bytes);
        damaged[at] = (damaged[at] as number) ^ flip;
        return decodeIndexSnapshot(damaged, KEY) === undefined;
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(
        fc.nat(bytes.length - 1),
        (length) => decodeIndexSnapshot(bytes.subarray(0, length), KEY) === undefined,
      ),
      { numRuns: 100 },
    );
  });

  it('is refused, without an exception, for any bytes that are not a snapshot', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 2000 }),
        (bytes) => decodeIndexSnapshot(bytes, KEY) === undefined,
      ),
    );
  });
});
