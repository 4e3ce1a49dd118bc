import { describe, expect, it } from 'vitest';
import { ForwardIndex } from '../../../src/answer/index/forward-index.js';

/** Every (term, packed) pair of the index in order, read chunk by chunk as the layout reads them. */
function pairs(index: ForwardIndex): [number, number][] {
  const out: [number, number][] = [];
  for (let c = 0; c < index.termChunks.length; c++) {
    for (let i = 0; i < index.filled(c); i++)
      out.push([index.termChunks[c]?.[i] as number, index.packedChunks[c]?.[i] as number]);
  }
  return out;
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
