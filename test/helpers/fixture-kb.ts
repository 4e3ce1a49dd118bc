// The small fixture knowledge base (test/fixtures/kb), loaded and checked once for the engine tests that ask it.
import type { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { FIXTURE_KB_DIR } from './temp-dir.js';

export async function loadFixtureKb(): Promise<KnowledgeBase> {
  const loaded = await loadKnowledgeBase(FIXTURE_KB_DIR);
  if (!loaded.ok) throw new Error('the fixture knowledge base is invalid');
  return loaded.kb;
}
