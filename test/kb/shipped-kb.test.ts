// The shipped knowledge base tested for its own properties, not for today's wording: valid, complete in three
// languages, every topic used, every one of the five source articles covered. Other tests use small fixtures.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { KINDS, LANGS } from '../../src/kb/schema.js';
import { SHIPPED_KB_DIR } from '../fixtures/kb-fixtures.js';

/** The five articles the knowledge base is built from (shared/seeds), by file-name prefix. */
const ARTICLES = ['000_', '001_', '002_', '003_', '004_'];

let kb: KnowledgeBase;

beforeAll(async () => {
  const loaded = await loadKnowledgeBase(SHIPPED_KB_DIR);
  if (!loaded.ok) throw new Error(`data/kb is invalid: ${loaded.problems.length} problems`);
  kb = loaded.kb;
});

describe('the shipped knowledge base (data/kb)', () => {
  it('gives every entry a text and at least one phrasing in Polish, English and Russian', () => {
    const gaps = kb.entries.flatMap((e) =>
      LANGS.filter((lang) => !e.text[lang].trim() || e.phrasings[lang].length === 0).map(
        (l) => `${e.id}.${l}`,
      ),
    );
    expect(gaps).toEqual([]);
  });

  it('names every topic in the three languages, and every topic has entries', () => {
    const unnamed = kb.topics.flatMap((t) =>
      LANGS.filter((l) => !t.names[l].trim()).map((l) => `${t.id}.${l}`),
    );
    expect(unnamed).toEqual([]);
    expect(kb.topics.filter((t) => kb.onTopic(t.id).length === 0).map((t) => t.id)).toEqual([]);
  });

  it('covers every one of the five source articles', () => {
    const seeds = new Set(kb.entries.flatMap((e) => e.source.seeds));
    expect(ARTICLES.filter((prefix) => ![...seeds].some((s) => s.startsWith(prefix)))).toEqual([]);
  });

  it('has tips for the daily tip, and entries of every kind the commands offer', () => {
    expect(kb.ofKind('tip').length).toBeGreaterThan(1);
    const offered = KINDS.filter((k) => ['tip', 'statistic', 'definition', 'quote'].includes(k));
    expect(offered.filter((k) => kb.ofKind(k).length === 0)).toEqual([]);
  });

  it('does not copy a text from one language into another', () => {
    const copies = kb.entries.filter((e) => new Set(LANGS.map((l) => e.text[l])).size < LANGS.length);
    expect(copies.map((e) => e.id)).toEqual([]);
  });
});
