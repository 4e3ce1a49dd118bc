// A work named decides a near tie between a first of another work and a second of that work.
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../src/answer/evidence.js';
import { namedWorkFirst } from '../../src/answer/named-work-first.js';

const FITS = FEATURES.indexOf('sourceFits');
const CONFLICTS = FEATURES.indexOf('sourceConflicts');

function candidate(id: string, probability: number, source: 'fits' | 'conflicts' | 'none') {
  const features = FEATURES.map(() => 0);
  if (source === 'fits') features[FITS] = 1;
  if (source === 'conflicts') features[CONFLICTS] = 1;
  return { id, probability, features };
}
const lift = <C extends { probability: number }>(c: C, probability: number): C => ({ ...c, probability });

describe('namedWorkFirst', () => {
  it('puts a near-tied second of the work named before a first of another work, at the first’s probability', () => {
    const reordered = namedWorkFirst(
      [
        candidate('other-work', 0.284, 'conflicts'),
        candidate('named-work', 0.283, 'fits'),
        candidate('x', 0.1, 'none'),
      ],
      lift,
    );
    expect(reordered.map((c) => c.id)).toEqual(['named-work', 'other-work', 'x']);
    expect(reordered[0]?.probability).toBe(0.284);
  });

  it('leaves the order when the second is well behind, the first does not conflict, or the second does not fit', () => {
    const farBehind = [candidate('other-work', 0.8, 'conflicts'), candidate('named-work', 0.5, 'fits')];
    expect(namedWorkFirst(farBehind, lift)).toBe(farBehind);
    const noConflict = [candidate('a', 0.5, 'none'), candidate('named-work', 0.49, 'fits')];
    expect(namedWorkFirst(noConflict, lift)).toBe(noConflict);
    const noFit = [candidate('a', 0.5, 'conflicts'), candidate('b', 0.49, 'none')];
    expect(namedWorkFirst(noFit, lift)).toBe(noFit);
  });
});
