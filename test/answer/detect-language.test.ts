// Guessing a question's language: Cyrillic is Russian; Latin script is Polish or English by its words.
import { beforeAll, describe, expect, it } from 'vitest';
import { rankCandidates } from '../../src/answer/candidates.js';
import { detectLanguage, type Vocabulary } from '../../src/answer/detect-language.js';
import { shippedEngine } from '../fixtures/engines.js';

describe('detectLanguage without a vocabulary', () => {
  it('reads a Cyrillic question as Russian', () => {
    expect(detectLanguage('как часто клиенты жалуются')).toBe('ru');
  });

  it('reads a Russian question with a Latin term in it as Russian', () => {
    expect(detectLanguage('что такое CSAT')).toBe('ru');
  });

  it('reads a question with Polish diacritics as Polish', () => {
    expect(detectLanguage('Ile klientów się skarży?')).toBe('pl');
  });

  it('reads Polish typed without diacritics as Polish', () => {
    expect(detectLanguage('ile klientow narzeka?')).toBe('pl');
  });

  it('reads an English question as English', () => {
    expect(detectLanguage('how many customers complain')).toBe('en');
  });

  it('gives no language for a question of numbers only', () => {
    expect(detectLanguage('86%')).toBeUndefined();
  });

  it('gives no language for several numbers', () => {
    expect(detectLanguage('12 345, 2024')).toBeUndefined();
  });

  it('gives no language for punctuation and emoji only', () => {
    expect(detectLanguage('?!… 😀')).toBeUndefined();
  });

  it('gives no language for an empty question', () => {
    expect(detectLanguage('')).toBeUndefined();
  });
});

describe('detectLanguage with the shipped knowledge base as vocabulary', () => {
  let vocabulary: Vocabulary;

  beforeAll(async () => {
    vocabulary = (await shippedEngine()).index.vocabulary;
  });

  it('reads Polish words of the knowledge base typed without diacritics as Polish', () => {
    expect(detectLanguage('pomiar jakosci', vocabulary)).toBe('pl');
  });

  it('reads English words of the knowledge base, with no English stop word, as English', () => {
    expect(detectLanguage('customer satisfaction scores', vocabulary)).toBe('en');
  });

  it('still reads a Cyrillic question as Russian', () => {
    expect(detectLanguage('удовлетворенность клиентов', vocabulary)).toBe('ru');
  });

  it('still gives no language for numbers only', () => {
    expect(detectLanguage('86%', vocabulary)).toBeUndefined();
  });

  it('reads a Polish question with an English loanword as Polish', () => {
    expect(detectLanguage('churn klientow')).toBe('pl');
  });
});

describe('the question language handed to the ranking', () => {
  let engine: Awaited<ReturnType<typeof shippedEngine>>;
  beforeAll(async () => {
    engine = await shippedEngine();
  });

  it('is read once and used only for the text it was read from', () => {
    for (const question of [
      'ile klientow narzeka',
      'how many customers complain',
      'сколько клиентов жалуется',
    ]) {
      const own = detectLanguage(question, engine.index.vocabulary);
      expect(rankCandidates(engine, question, { text: question, lang: own })).toEqual(
        rankCandidates(engine, question),
      );
      // Read from another text (the question before its slang was dropped): the ranking reads its own.
      expect(rankCandidates(engine, question, { text: `${question}!`, lang: 'ru' })).toEqual(
        rankCandidates(engine, question),
      );
    }
  });
});
