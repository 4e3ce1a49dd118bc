// The shipped knowledge base tested for its own properties, not for today's wording: valid, complete in three
// languages, every topic used, every one of the five source articles covered. Other tests use small fixtures.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import type { KbProblem } from '../../src/kb/problems.js';
import { KINDS, LANGS } from '../../src/kb/schema.js';
import { SHIPPED_KB_DIR } from '../fixtures/kb-fixtures.js';

/** The five articles the knowledge base is built from, by a title each cites (000 and 004 share the column). */
const ARTICLES = [
  'Słownik branżowy: 2,5G',
  'Как дорого обходится плохое обслуживание?',
  'Zła obsługa klienta',
  'Co to jest jakość obsługi klienta?',
  'Słownik branżowy: mystery shopper',
];

let kb: KnowledgeBase;
let warnings: KbProblem[];
let problems: KbProblem[];

beforeAll(async () => {
  const loaded = await loadKnowledgeBase(SHIPPED_KB_DIR);
  problems = loaded.ok ? [] : loaded.problems;
  if (!loaded.ok) return;
  kb = loaded.kb;
  warnings = loaded.warnings;
});

describe('the shipped knowledge base (data/kb)', () => {
  it('is valid: the loader finds no problem in any file or across files', () => {
    expect(problems).toEqual([]);
  });

  it('gives every entry a text and at least one phrasing in Polish, English and Russian', () => {
    const gaps = kb.entries.flatMap((e) =>
      LANGS.filter((lang) => !e.text[lang]?.trim() || !e.phrasings[lang]?.length).map((l) => `${e.id}.${l}`),
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

  it('loads without a missing-translation warning (entries may lack a language; the shipped ones do not)', () => {
    expect(warnings).toEqual([]);
  });

  it('covers every one of the five source articles, cited by title', () => {
    const titles = new Set(kb.entries.map((e) => e.source.title));
    expect(ARTICLES.filter((title) => !titles.has(title))).toEqual([]);
  });

  it('cites sources inside the repository only: no seed file names', () => {
    expect(kb.entries.filter((e) => /seeds|\.txt/.test(JSON.stringify(e.source))).map((e) => e.id)).toEqual(
      [],
    );
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
