// A definition asked in so many words comes before a tip of its term ranked just above it.
import { describe, expect, it } from 'vitest';
import { definitionFirst } from '../../src/answer/definition-first.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import type { Kind } from '../../src/kb/schema.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';

const candidate = (id: string, kind: Kind, probability: number) => ({
  hit: { entry: { ...minimalEntry(id), kind } },
  probability,
});
const lift = <C extends { probability: number }>(c: C, probability: number): C => ({ ...c, probability });
const ids = (cs: { hit: { entry: { id: string } } }[]) => cs.map((c) => c.hit.entry.id);

describe('a definition asked in so many words', () => {
  const ranked = [
    candidate('tip-measure-quality', 'tip', 0.67),
    candidate('def-service-quality', 'definition', 0.52),
    candidate('tip-other', 'tip', 0.2),
  ];

  it("puts the close definition first, at the first one's probability, in three languages", () => {
    for (const q of [
      'jaka jest definicja jakości obsługi?',
      'какое определение качества обслуживания?',
      'definition of service quality?',
    ]) {
      const kinds = kindsAskedFor(q);
      expect([...kinds], q).toEqual(['definition']);
      const reordered = definitionFirst(ranked, kinds, lift);
      expect(ids(reordered), q).toEqual(['def-service-quality', 'tip-measure-quality', 'tip-other']);
      expect(reordered[0]?.probability).toBe(0.67);
    }
  });

  it('leaves the order when no definition is asked, or the definition is far behind', () => {
    expect(ids(definitionFirst(ranked, kindsAskedFor('how do we measure service quality?'), lift))).toEqual(
      ids(ranked),
    );
    const far = [candidate('tip-a', 'tip', 0.9), candidate('def-b', 'definition', 0.3)];
    expect(ids(definitionFirst(far, new Set<Kind>(['definition']), lift))).toEqual(['tip-a', 'def-b']);
  });
});
