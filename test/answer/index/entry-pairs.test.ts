// Each entry's word pairs built with the index equal the pairs its own text analysis gives, on every kind of text.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateKnowledgeBase } from '../../../bench/generate-kb.js';
import { analyzeQuestion } from '../../../src/answer/analyze.js';
import { AnswerEngine } from '../../../src/answer/answer-engine.js';
import { buildIndexData } from '../../../src/answer/index/build-index-data.js';
import type { IndexData } from '../../../src/answer/index/index-data.js';
import { runEnd } from '../../../src/answer/index/pair-words-builder.js';
import { SearchIndex } from '../../../src/answer/search-index.js';
import { readEvalQuestions } from '../../../src/eval/questions-file.js';
import { KnowledgeBase } from '../../../src/kb/knowledge-base.js';
import type { Entry } from '../../../src/kb/schema.js';
import { minimalEntry, minimalTopic } from '../../fixtures/kb-fixtures.js';
import {
  referenceEntryPairs,
  referencePairKey,
  referencePairShare,
} from '../../helpers/reference-word-pairs.js';
import { loadShippedKb } from '../../fixtures/engines.js';

/** Entry e's pairs as the index holds them (neighbours within a run), written as the reference writes a pair. */
function indexedPairs(data: IndexData, e: number): Set<string> {
  const { terms, pairOnlyStems, pairWords, pairWordOffsets } = data;
  const end = runEnd(data);
  const name = (id: number) => (id < terms.length ? terms[id] : pairOnlyStems[id - terms.length]) as string;
  const pairs = new Set<string>();
  for (let k = pairWordOffsets[e]! + 1; k < pairWordOffsets[e + 1]!; k++) {
    const [a, b] = [pairWords[k - 1]!, pairWords[k]!];
    if (a !== end && b !== end) pairs.add(referencePairKey(name(a), name(b)));
  }
  return pairs;
}

function expectSamePairs(kb: KnowledgeBase): IndexData {
  const data = buildIndexData(kb.entries, kb.topics);
  kb.entries.forEach((entry, e) => {
    expect([...indexedPairs(data, e)].sort(), entry.id).toEqual([...referenceEntryPairs(entry)].sort());
  });
  return data;
}

describe('the word pairs built with the index', () => {
  let shipped: KnowledgeBase;
  beforeAll(async () => {
    shipped = await loadShippedKb();
  });

  it('are the pairs of each entry of the shipped knowledge base', () => {
    const data = expectSamePairs(shipped);
    expect(data.pairWords.length).toBeGreaterThan(shipped.entries.length * 50);
    expect(data.pairWords).toBeInstanceOf(Uint16Array);
    expect(data.pairOnlyStems).toEqual([]);
  });

  it('are the pairs of each entry of a generated knowledge base of 1,500 entries', () => {
    expectSamePairs(generateKnowledgeBase(shipped, 1500, 20240601));
  }, 60_000);

  it('give each candidate of every evaluation question the share the entry-by-entry analysis gives', async () => {
    const engine = new AnswerEngine(shipped);
    const reference = new Map(shipped.entries.map((entry) => [entry, referenceEntryPairs(entry)]));
    let shared = 0;
    for (const file of ['questions.json', 'sealed-r15.json', 'paraphrases.json']) {
      for (const { q } of await readEvalQuestions(`test/eval/${file}`)) {
        const words = analyzeQuestion(q);
        const stems = words.map((w) => w.stems);
        const weights = words.map((w, i) => (i % 5 === 3 ? 0 : 1));
        const hits = engine.index.find(words);
        const shares = engine.index.pairShares(
          hits.map((hit) => hit.position),
          stems,
          weights,
        );
        for (const [h, hit] of hits.entries()) {
          const share = shares[h]!;
          expect(share, `${q} / ${hit.entry.id}`).toBe(
            referencePairShare(reference.get(hit.entry)!, stems, weights),
          );
          if (share > 0) shared += 1;
        }
      }
    }
    expect(shared).toBeGreaterThan(100);
  });

  it('give a question of more than 32 words (read pair by pair) the share the reference gives', () => {
    const engine = new AnswerEngine(shipped);
    const entries = shipped.entries.slice(0, 40);
    // The stems of an entry's own English text, 40 words and more: many of its pairs, and others' too.
    for (const [e, entry] of entries.entries()) {
      const words = analyzeQuestion(`${entry.text.en ?? ''} ${entries[(e + 1) % 40]!.text.en ?? ''}`);
      const stems = [...words, ...words].map((w) => w.stems);
      if (stems.length <= 32) continue;
      const weights = stems.map((_, i) => (i % 7 === 2 ? 0 : 1));
      const positions = entries.map((_, p) => p);
      const shares = engine.index.pairShares(positions, stems, weights);
      expect(shares[e]).toBeGreaterThan(0);
      for (const p of positions)
        expect(shares[p]).toBe(referencePairShare(referenceEntryPairs(entries[p]!), stems, weights));
    }
  });
});

// Words, stop words, joiners and characters the analyser's scanner leaves to tokenize ('㎏', '<'), in three scripts.
const piece = fc.constantFrom(
  'refund ',
  'Client ',
  'the ',
  'ask ',
  'twice ',
  'zwrot ',
  'klienta ',
  'возврат ',
  'клиента ',
  '2,5 ',
  '. ',
  ', ',
  '㎏',
  '<',
  'é',
  '…',
);
const text = fc
  .array(piece, { minLength: 1, maxLength: 40 })
  .map((pieces) => pieces.join('').trim() || 'refund');
const phrasings = fc.array(text, { minLength: 1, maxLength: 6 });

function entryOf(
  id: string,
  texts: string[],
  asked: string[][],
  term: string | undefined,
  withRu: boolean,
): Entry {
  const entry: Entry = {
    ...minimalEntry(id),
    text: { en: texts[0]!, pl: texts[1]!, ...(withRu ? { ru: texts[2]! } : {}) },
    phrasings: { en: asked[0]!, pl: asked[1]!, ru: asked[2]! },
  };
  return term === undefined ? entry : { ...entry, kind: 'definition', term: { en: term, ru: term } };
}

describe('the word pairs of any text', () => {
  it('are those of the text, the term and each phrasing read on its own, whatever the analyser reads fast', () => {
    const entry = fc
      .tuple(
        fc.array(text, { minLength: 3, maxLength: 3 }),
        fc.array(phrasings, { minLength: 3, maxLength: 3 }),
        fc.option(text, { nil: undefined }),
        fc.boolean(),
      )
      .map(([texts, asked, term, withRu]) => ({ texts, asked, term, withRu }));
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 4 }), (made) => {
        const entries = made.map((m, i) => entryOf(`tip-${i}`, m.texts, m.asked, m.term, m.withRu));
        expectSamePairs(new KnowledgeBase([minimalTopic()], entries));
      }),
      { numRuns: 150 },
    );
  });

  it('keep the pairs of phrasings past what the index reads, with stems no index term has', () => {
    // 300 phrasings of 8 words: the index reads the first 2,000 words of a language's phrasings.
    const many = Array.from(
      { length: 300 },
      (_, i) => `customers ask about number ${i} today refunds zq${i}x`,
    );
    const entry: Entry = {
      ...minimalEntry('tip-many'),
      phrasings: { ...minimalEntry().phrasings, en: many },
    };
    const data = expectSamePairs(new KnowledgeBase([minimalTopic()], [entry]));
    expect(data.pairOnlyStems).toContain('zq299x');
    expect(data.terms).not.toContain('zq299x');
    const index = SearchIndex.fromData(new KnowledgeBase([minimalTopic()], [entry]), data);
    const words = analyzeQuestion('refunds zq299x');
    expect(
      index.pairShares(
        [0],
        words.map((w) => w.stems),
        [1, 1],
      ),
    ).toEqual([1]);
  });

  it('are read from the phrasings and term of a language the entry has no text in', () => {
    const entry = entryOf(
      'tip-no-ru-text',
      ['Refunds first.', 'Zwrot najpierw.'],
      [['a b'], ['c d'], ['возврат клиента сразу']],
      'быстрый возврат',
      false,
    );
    const data = expectSamePairs(new KnowledgeBase([minimalTopic()], [entry]));
    expect(indexedPairs(data, 0).size).toBeGreaterThan(0);
  });
});
