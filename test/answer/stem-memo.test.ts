import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import { StemMemo, stemWord } from '../../src/answer/stem.js';
import { loadFixtureKb } from '../fixtures/engines.js';

describe('StemMemo', () => {
  it('gives the same stems as the pure stemmer, in every language', () => {
    const memo = new StemMemo();
    const words: [string, 'pl' | 'en' | 'ru'][] = [
      ['klientow', 'pl'],
      ['complaints', 'en'],
      ['жалуются', 'ru'],
      ['2024', 'en'],
    ];
    for (const [word, lang] of words) {
      expect(memo.stem(word, lang)).toBe(stemWord(word, lang));
      // A second reading comes from memory and is the same.
      expect(memo.stem(word, lang)).toBe(stemWord(word, lang));
    }
  });

  it('keeps one word apart per language', () => {
    const memo = new StemMemo();
    expect(memo.stem('customers', 'en')).toBe(stemWord('customers', 'en'));
    expect(memo.stem('customers', 'pl')).toBe(stemWord('customers', 'pl'));
  });

  it('holds at most its character budget however many new words arrive', () => {
    const memo = new StemMemo(2_000);
    for (let i = 0; i < 5_000; i++) memo.stem(`slowo${i.toString(36)}x`, 'pl');
    expect(memo.chars).toBeLessThanOrEqual(2_000);
    expect(memo.chars).toBeGreaterThan(0);
    // One enormous word is stemmed but not kept.
    const huge = 'a'.repeat(5_000);
    expect(memo.stem(huge, 'en')).toBe(stemWord(huge, 'en'));
    expect(memo.chars).toBeLessThanOrEqual(2_000);
  });

  it('keeps the words in use through a turnover of generations', () => {
    const memo = new StemMemo(400);
    const kept = memo.stem('reklamacja', 'pl');
    for (let i = 0; i < 200; i++) {
      memo.stem(`w${i}`, 'pl');
      expect(memo.stem('reklamacja', 'pl')).toBe(kept);
    }
    expect(memo.chars).toBeLessThanOrEqual(400);
  });
});

describe('each engine stems with its own memory', () => {
  it('two engines do not share a memo, and answers do not depend on it', async () => {
    const kb = await loadFixtureKb();
    const first = new AnswerEngine(kb);
    const second = new AnswerEngine(kb);
    expect(first.stem).not.toBe(second.stem);
    const question = 'how many customers complain';
    const fromFirst = first.answer({ question });
    expect(fromFirst).toEqual(second.answer({ question }));
    // Asked again, the remembered stems give the same answer.
    expect(first.answer({ question })).toEqual(fromFirst);
  });
});
