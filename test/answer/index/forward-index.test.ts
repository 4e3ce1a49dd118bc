import { describe, expect, it } from 'vitest';
import {
  ForwardIndex,
  fromShortForm,
  LONG_FORM,
  shortForm,
} from '../../../src/answer/index/forward-index.js';
import { MAX_PACKED_TF, TF_BITS } from '../../../src/answer/index/term-scratch.js';

/** Every (term, packed) pair of the index in order, read chunk by chunk as the layout reads them. */
function pairs(index: ForwardIndex): [number, number][] {
  const out: [number, number][] = [];
  let long = 0;
  for (let c = 0; c < index.termChunks.length; c++) {
    for (let i = 0; i < index.filled(c); i++) {
      const short = index.packedChunks[c]?.[i] as number;
      const packed = short === LONG_FORM ? index.long.get(long++) : fromShortForm(short);
      out.push([index.termChunks[c]?.[i] as number, packed]);
    }
  }
  return out;
}

/** A packed frequency word of five fields' frequencies. */
function packedOf(tfs: number[]): number {
  return tfs.reduce((word, tf, f) => (word | (tf << (f * TF_BITS))) >>> 0, 0);
}

describe('ForwardIndex', () => {
  it('keeps term ids in 16 bits while they fit', () => {
    const index = new ForwardIndex();
    index.append(7, 1);
    index.append(0xffff, 0xffffffff);
    expect(index.termChunks[0]).toBeInstanceOf(Uint16Array);
    expect(pairs(index)).toEqual([
      [7, 1],
      [0xffff, 0xffffffff],
    ]);
  });

  it('keeps a frequency word in 15 bits when every field counts under 8, else whole', () => {
    const values = [0, 1, 2, 5, 7, 8, 9, 31, MAX_PACKED_TF];
    for (const tf of values) {
      for (let f = 0; f < 5; f++) {
        for (const other of [0, 1, 7]) {
          const tfs = [other, other, other, other, other];
          tfs[f] = tf;
          const packed = packedOf(tfs);
          const short = shortForm(packed);
          if (tfs.every((n) => n < 8)) {
            expect(short).toBeLessThan(1 << 15);
            expect(fromShortForm(short)).toBe(packed);
          } else expect(short).toBe(LONG_FORM);
        }
      }
    }
  });

  it('reads frequency words with and without a short form back in their order', () => {
    const index = new ForwardIndex();
    const expected: [number, number][] = [];
    for (let i = 0; i < 70_000; i++) {
      const pair: [number, number] = [i % 1000, packedOf([i % 9, (i >> 3) % 11, i % 2, 0, (i >> 5) % 64])];
      index.append(...pair);
      expected.push(pair);
    }
    expect(index.long.length).toBeGreaterThan(0);
    expect(pairs(index)).toEqual(expected);
  });

  it('widens every chunk to 32 bits at the first term id past 16, keeping the pairs before it', () => {
    const index = new ForwardIndex();
    const expected: [number, number][] = [];
    // Past one chunk (2^16 pairs), so that a full chunk and the one being filled are both widened.
    for (let i = 0; i < 70_000; i++) {
      const pair: [number, number] = [i % 60_000, i * 3];
      index.append(...pair);
      expected.push(pair);
    }
    index.append(70_000, 5);
    index.append(3, 6);
    expected.push([70_000, 5], [3, 6]);
    expect(index.termChunks.every((chunk) => chunk instanceof Uint32Array)).toBe(true);
    expect(pairs(index)).toEqual(expected);
    // Chunks added after the widening are wide too.
    for (let i = 0; i < 70_000; i++) index.append(100_000 + i, i);
    expect(index.termChunks.every((chunk) => chunk instanceof Uint32Array)).toBe(true);
    expect(pairs(index).at(-1)).toEqual([169_999, 69_999]);
  });
});
