// No question crashes or stalls the answer engine: huge words, megabyte pastes and random Unicode.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/answer/analyze.js';
import { AnswerEngine, MAX_QUESTION_CHARS } from '../../src/answer/answer-engine.js';
import type { AnswerResult } from '../../src/answer/answer-question.js';
import { detectLanguage } from '../../src/answer/detect-language.js';
import { foldText, MAX_WORD_LENGTH, tokenize } from '../../src/answer/normalize.js';
import { LANGS } from '../../src/kb/schema.js';
import { shippedEngine } from '../fixtures/engines.js';

let engine: AnswerEngine;

beforeAll(async () => {
  engine = await shippedEngine();
});

function expectWellFormed(result: AnswerResult): void {
  expect(LANGS).toContain(result.lang);
  expect(result.confidence).toBeGreaterThanOrEqual(0);
  expect(result.confidence).toBeLessThanOrEqual(1);
  expect(result.answered).toBe(result.answers.length > 0);
  for (const answer of result.answers) expect(engine.kb.entry(answer.entry.id)).toBe(answer.entry);
}

/** Letters of the three languages, emoji, right-to-left text and marks, control characters and Discord markup. */
const nastyChars = fc.constantFrom(
  'a',
  'k',
  'l',
  'i',
  'e',
  'n',
  't',
  'ą',
  'ł',
  'ó',
  'к',
  'л',
  'и',
  'ё',
  '1',
  '%',
  '.',
  ',',
  ' ',
  ' ',
  '\n',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u200b',
  '\u200f',
  '\u202e',
  '\u0301',
  '\ufeff',
  '\ud800',
  '😀',
  '👨‍👩‍👧',
  '🏳️‍🌈',
  'مرحبا',
  'שלום',
  '漢字',
  '㎏',
  'ﬁ',
  '<@123>',
  '<:x:1>',
  '@everyone',
  'customer',
  'klientów',
  'жалоба',
);
const randomQuestion = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: nastyChars, maxLength: 80 }),
);

/**
 * Fragments of real asks (frames of a dispute or a quiz, figures, the knowledge base's words, sentence ends) put
 * together at random: the readers of frames and asks meet in orders no test set holds (a verdict alone as the first
 * of two asks once gave a NaN confidence).
 */
const askFragment = fc.constantFrom(
  'who is right?',
  'Kasia says',
  'I put 15,',
  'the key said 6',
  'why was I wrong?',
  'true or false:',
  'flash card:',
  'kto ma rację?',
  'a klucz mówi, że źle.',
  'кто прав?',
  'в ключе другая цифра.',
  'или нет?',
  '1 in 26',
  '15',
  '6',
  '72%',
  'how many people does a happy customer tell?',
  'unhappy customers complain',
  'ilu osobom powie zadowolony klient?',
  'сколько клиентов жалуется?',
  'according to Gartner',
  'wg Forrestera',
  'in 2016',
  'Delta outage numbers?',
  'what year?',
  '?',
  '.',
  '—',
);
const composedQuestion = fc
  .array(askFragment, { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(' '));

describe('questions no one would ask, answered without a crash', () => {
  it('returns a well-formed result, its confidence and scores numbers, for asks composed of real fragments', () => {
    fc.assert(
      fc.property(composedQuestion, (question) => {
        const result = engine.answer({ question });
        expectWellFormed(result);
        for (const answer of result.answers) expect(Number.isFinite(answer.score), question).toBe(true);
      }),
      { numRuns: 300, seed: 20261204 },
    );
  });

  it('declines a single word of 100,000 letters', () => {
    const result = engine.answer({ question: 'a'.repeat(100_000) });
    expectWellFormed(result);
    expect(result.answered).toBe(false);
  });

  it('still answers the real words before a 100,000-letter word', () => {
    const result = engine.answer({ question: `ile klientow narzeka ${'x'.repeat(100_000)}` });
    expectWellFormed(result);
    expect(result.answers[0]?.entry.kind).toBe('statistic');
  });

  it('answers a 1 MB question of real words, reading only its start', () => {
    const result = engine.answer({ question: 'how many customers complain '.repeat(40_000) });
    expectWellFormed(result);
    expect(result.query.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
  });

  it('answers a 1 MB question of random letters and spaces', () => {
    const chunk = 'qwx zvb ptk łóż ёжк 😀 ';
    const result = engine.answer({ question: chunk.repeat(Math.ceil(1_000_000 / chunk.length)) });
    expectWellFormed(result);
  });

  it('never throws and always returns a well-formed result for random strings', () => {
    fc.assert(
      fc.property(randomQuestion, fc.constantFrom(undefined, 'pl', 'en', 'ru'), (question, lang) => {
        expectWellFormed(engine.answer({ question, ...(lang ? { lang } : {}) }));
      }),
      { numRuns: 300 },
    );
  });
});

describe('text analysis on random strings', () => {
  it('folds, tokenizes and analyses any string into bounded, non-empty words', () => {
    fc.assert(
      fc.property(randomQuestion, fc.integer({ min: 0, max: 300 }), (text, limit) => {
        expect(typeof foldText(text)).toBe('string');
        const words = tokenize(text, limit);
        expect(words.length).toBeLessThanOrEqual(limit);
        for (const word of words) {
          expect(word.length).toBeGreaterThan(0);
          expect(word.length).toBeLessThanOrEqual(MAX_WORD_LENGTH);
        }
        expect(LANGS.concat([undefined as never])).toContain(detectLanguage(text));
        const asked = analyzeQuestion(text);
        expect(asked.length).toBeLessThanOrEqual(24);
        for (const word of asked) expect(word.stems.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('drops a word longer than 64 letters and keeps the words around it', () => {
    expect(tokenize(`churn ${'b'.repeat(65)} rate ${'c'.repeat(64)}`)).toEqual([
      'churn',
      'rate',
      'c'.repeat(64),
    ]);
  });
});
