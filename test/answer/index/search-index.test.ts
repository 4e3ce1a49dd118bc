// The search index on a small knowledge base: exact, prefix and typo matches, folding, ranking, and its data form.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeQuestion, type QueryWord } from '../../../src/answer/analyze.js';
import { buildIndexData } from '../../../src/answer/index/build-index-data.js';
import { DOCUMENTS_PER_ENTRY, indexDataTransferables } from '../../../src/answer/index/index-data.js';
import { SearchIndex, type EntryHit } from '../../../src/answer/search-index.js';
import { KnowledgeBase } from '../../../src/kb/knowledge-base.js';
import type { Entry } from '../../../src/kb/schema.js';
import { indexFixtureKb } from './index-fixtures.js';

const kb = indexFixtureKb();
const index = new SearchIndex(kb);

/** A question word searched as exactly the stems given (no stemming in between). */
const typed = (...stems: string[]): QueryWord[] => stems.map((s) => ({ word: s, stems: [s] }));
const ids = (hits: EntryHit[]) => hits.map((h) => h.entry.id);
const qualityIn = (hits: EntryHit[], id: string) => hits.find((h) => h.entry.id === id)?.matched;

describe('SearchIndex.find', () => {
  it('finds an entry by an exact word of its text with match quality 1', () => {
    const hits = index.find(typed('escalation'));
    expect(ids(hits)[0]).toBe('tip-escalation');
    expect(qualityIn(hits, 'tip-escalation')).toEqual([1]);
  });

  it("counts a word at its search weight: half of it gives half the entry's relevance (session 28)", () => {
    const whole = index.find(typed('escalation'))[0];
    const half = index.find([{ word: 'escalation', stems: ['escalation'], searchWeight: 0.5 }])[0];
    expect(half?.entry.id).toBe(whole?.entry.id);
    expect(half?.relevance).toBeCloseTo((whole?.relevance ?? 0) / 2, 6);
  });

  it('finds an entry by the beginning of a word with match quality 0.8', () => {
    const hits = index.find(typed('satisf'));
    expect(ids(hits)).toEqual(['tip-surveys']);
    expect(qualityIn(hits, 'tip-surveys')).toEqual([0.8]);
  });

  it.each([
    ['a letter inserted', 'escalattion'],
    ['a letter deleted', 'escalaton'],
    ['a letter replaced', 'escalasion'],
    ['two letters swapped', 'escalatoin'],
    ['two typos in a long word', 'esclaatoin'],
  ])('finds an entry despite %s (%s) with match quality 0.5', (_, word) => {
    const hits = index.find(typed(word));
    expect(ids(hits)[0]).toBe('tip-escalation');
    expect(qualityIn(hits, 'tip-escalation')).toEqual([0.5]);
  });

  it('counts two swapped letters as one typo, so a six-letter word still matches', () => {
    expect(ids(index.find(typed('rfeund')))).toEqual(['tip-refund']);
  });

  it('does not look for typos in words shorter than five letters', () => {
    expect(index.find(typed('rfnd'))).toEqual([]);
  });

  it('does not match a word two typos away when it has fewer than eight letters', () => {
    expect(index.find(typed('rfeudn'))).toEqual([]);
  });

  it('matches a Polish question typed without diacritics as with them', () => {
    const withMarks = index.find(analyzeQuestion('Każdą eskalację przekaż przełożonemu'));
    const without = index.find(analyzeQuestion('kazda eskalacje przekaz przelozonemu'));
    expect(ids(without)[0]).toBe('tip-escalation');
    expect(without).toEqual(withMarks);
  });

  it('gives per question word the quality of its best match, 0 for a word the entry lacks', () => {
    const hits = index.find(typed('refund', 'satisf', 'zebra'));
    expect(qualityIn(hits, 'tip-refund')).toEqual([1, 0, 0]);
    expect(qualityIn(hits, 'tip-surveys')).toEqual([0, 0.8, 0]);
  });

  it('ranks the entry matching more of the question first, and returns the best k in order', () => {
    const words = analyzeQuestion('customer refund twice');
    const all = index.find(words, 20);
    expect(ids(all)[0]).toBe('tip-refund');
    const relevances = all.map((h) => h.relevance);
    expect(relevances).toEqual([...relevances].sort((a, b) => b - a));
    expect(ids(index.find(words, 2))).toEqual(ids(all).slice(0, 2));
  });

  it('finds nothing for a question without words', () => {
    expect(index.find([])).toEqual([]);
  });
});

describe('SearchIndex.weight', () => {
  it('weighs a stem in every entry less than one in a single entry, and an unknown stem most', () => {
    const common = index.weight(['klient']);
    const rare = index.weight(['eskalacj']);
    const unknown = index.weight(['zebra']);
    expect(common).toBeLessThan(rare);
    expect(rare).toBeLessThan(unknown);
    expect(unknown).toBeCloseTo(Math.log(1 + kb.entries.length / 0.7));
  });
});

describe('the index as data (built in a worker, handed over)', () => {
  const questions = [
    'escalation to a supervisor',
    'ile klientow prosi o zwrot',
    'что такое NPS',
    'satisfaction survey lenght',
    'listen',
  ];
  const answers = (i: SearchIndex) => questions.map((q) => i.find(analyzeQuestion(q)));

  it('answers every question identically after a transfer through structured clone', () => {
    const data = buildIndexData(kb.entries, kb.topics);
    const moved = structuredClone(data, { transfer: indexDataTransferables(data) });
    expect(data.postingScores.byteLength).toBe(0);
    const fromData = SearchIndex.fromData(kb, moved);
    expect(answers(fromData)).toEqual(answers(index));
    expect(fromData.vocabulary.pl.has('klienta')).toBe(true);
  });

  it('refuses data built for entries the knowledge base does not have', () => {
    const data = buildIndexData(kb.entries, kb.topics);
    const other = new KnowledgeBase(kb.topics, kb.entries.slice(1));
    expect(() => SearchIndex.fromData(other, data)).toThrow(/tip-listen/);
  });
});

describe('entries in only some languages', () => {
  it('indexes the languages an entry has and ignores the missing ones', () => {
    const [first, ...rest] = kb.entries as Entry[];
    const englishOnly = {
      ...first,
      id: 'tip-english-only',
      text: { en: 'Mirror the speaker’s pace to calm an escalation.' },
      phrasings: { en: ['how to calm a speaker'] },
    } as unknown as Entry;
    const partial = new SearchIndex(new KnowledgeBase(kb.topics, [englishOnly, ...rest]));
    // (not "caller": a caller is a customer, whom the fixture's other entries name; see paraphrase-groups.ts)
    expect(ids(partial.find(analyzeQuestion('calm the speaker')))).toEqual(['tip-english-only']);
    expect(partial.vocabulary.pl.has('mirror')).toBe(false);
    expect(partial.vocabulary.en.has('mirror')).toBe(true);
  });
});

describe('working memory reused from question to question', () => {
  // Words of the fixture's texts, cut and misspelt, so that questions meet exact, prefix and typo matches.
  const words = [
    'escalation',
    'escalaton',
    'supervis',
    'refund',
    'rfeund',
    'klient',
    'klientow',
    'zwrot',
    'satisfaction',
    'surveys',
    'ankiety',
    'клиент',
    'опросы',
    'промоутер',
    'net',
    'promoter',
    'score',
    'zebra',
  ];

  it('gives every question the hits a freshly built index gives it, whatever was asked before', () => {
    const shared = new SearchIndex(kb);
    const data = buildIndexData(kb.entries, kb.topics);
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.integer({ min: 1, max: 5 }),
        (questions, limit) => {
          for (const question of questions) {
            const asked = analyzeQuestion(question.join(' '));
            expect(shared.find(asked, limit)).toEqual(SearchIndex.fromData(kb, data).find(asked, limit));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('widens a search that kept its sums to the hits a fresh find of more entries gives, starting with its own', () => {
    const shared = new SearchIndex(kb);
    const data = buildIndexData(kb.entries, kb.topics);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.boolean(),
        (question, other, limit, searchedBetween) => {
          const asked = analyzeQuestion(question.join(' '));
          const first = shared.find(asked, limit, true);
          // Another search in between spends the kept sums: the wider search is then a new find, as good.
          if (searchedBetween) shared.find(analyzeQuestion(other.join(' ')), limit, true);
          const wider = shared.findMore(asked, limit + 3);
          expect(wider).toEqual(SearchIndex.fromData(kb, data).find(asked, limit + 3));
          expect(wider.slice(0, first.length)).toEqual(first);
          // What was kept is cleared: the next question is answered as on a fresh index.
          const next = analyzeQuestion(other.join(' '));
          expect(shared.find(next, limit)).toEqual(SearchIndex.fromData(kb, data).find(next, limit));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('widens to only the hits from a rank on whose entry a filter keeps, as a fresh find of more entries filtered', () => {
    const shared = new SearchIndex(kb);
    const data = buildIndexData(kb.entries, kb.topics);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 5 }),
        fc.boolean(),
        (question, limit, from, kept) => {
          const asked = analyzeQuestion(question.join(' '));
          // The filter keeps every other entry of the base (or, with `kept` false, none past the first search).
          const keep = (entry: { id: string }) => kept && kb.entries.indexOf(entry as never) % 2 === 0;
          if (kept) shared.find(asked, limit, true);
          const wider = shared.findMore(asked, limit + 4, from, keep);
          const expected = SearchIndex.fromData(kb, data)
            .find(asked, limit + 4)
            .slice(from)
            .filter((hit) => keep(hit.entry));
          expect(wider).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the laid-out index data', () => {
  it('lists for each entry, ascending, exactly the terms whose postings name one of its documents', () => {
    const data = buildIndexData(kb.entries, kb.topics);
    const expected = kb.entries.map(() => new Set<number>());
    for (let t = 0; t < data.terms.length; t++)
      for (let p = data.postingOffsets[t]!; p < data.postingOffsets[t + 1]!; p++)
        expected[Math.floor(data.postingDocuments[p]! / DOCUMENTS_PER_ENTRY)]!.add(t);
    kb.entries.forEach((_, e) => {
      const listed = [...data.entryTerms.subarray(data.entryTermOffsets[e], data.entryTermOffsets[e + 1])];
      expect(listed).toEqual([...expected[e]!].sort((a, b) => a - b));
    });
    const counts = Array.from(data.termEntryCounts);
    expect(counts).toEqual(data.terms.map((_, t) => expected.filter((terms) => terms.has(t)).length));
  });
});

describe('runs of text that are not one word', () => {
  it('indexes each word of a run joined by a dot or comma, and none of a run too long to be a word', () => {
    const [first, ...rest] = kb.entries as Entry[];
    const joined = {
      ...first,
      id: 'tip-joined',
      text: { en: `Callers hate hold music.Apologise first,fix it. ${'x'.repeat(70)} 2,5G` },
      phrasings: { en: ['what callers hate'] },
    } as unknown as Entry;
    const partial = new SearchIndex(new KnowledgeBase(kb.topics, [joined, ...rest]));
    // Surface words as the text has them: "music.Apologise" and "first,fix" are runs of two words each.
    for (const word of ['music', 'apologise', 'fix', '2.5g'])
      expect(ids(partial.find(typed(word)))).toEqual(['tip-joined']);
    expect(partial.find(typed('x'.repeat(70)))).toEqual([]);
  });
});
