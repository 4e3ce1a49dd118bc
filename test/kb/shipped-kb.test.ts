// The knowledge base the product ships: valid, complete in Polish, English and Russian, citing its sources.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { SHIPPED_KB_DIR } from '../fixtures/kb-fixtures.js';

describe('the shipped knowledge base', () => {
  it('loads with no missing translation: every entry is written in pl, en and ru', async () => {
    const result = await loadKnowledgeBase(SHIPPED_KB_DIR);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('cites every entry by title, pointing nowhere outside the repository', async () => {
    const result = await loadKnowledgeBase(SHIPPED_KB_DIR);
    if (!result.ok) throw new Error('the shipped knowledge base did not load');
    for (const { source } of result.kb.entries) {
      expect(source.title.length).toBeGreaterThan(0);
      expect(JSON.stringify(source)).not.toMatch(/seeds|\.txt/);
    }
  });
});
