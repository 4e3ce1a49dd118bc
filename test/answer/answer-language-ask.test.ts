// An instruction to answer in another language sets the answer's language and is not searched as the question.
import { beforeAll, describe, expect, it } from 'vitest';
import { readLanguageAsk } from '../../src/answer/answer-language-ask.js';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import { shippedEngine } from '../fixtures/engines.js';

describe('readLanguageAsk', () => {
  it.each([
    ['Reply in Russian: which channel do customers prefer?', 'ru', 'which channel do customers prefer?'],
    ['please answer in english - co to jest churn', 'en', 'co to jest churn'],
    ['Explain in Polish what a service level means', 'pl', 'what a service level means'],
    ['Odpowiedz po angielsku: ile kosztuje nowy klient?', 'en', 'ile kosztuje nowy klient?'],
    ['napisz w języku rosyjskim, czym jest lojalność', 'ru', 'czym jest lojalność'],
    ['Odpisz po polsku - how long do people wait on hold?', 'pl', 'how long do people wait on hold?'],
    ['Ответьте на польском языке: что такое удержание клиентов?', 'pl', 'что такое удержание клиентов?'],
    [
      'скажи по-английски, сколько клиентов уходит к конкурентам',
      'en',
      'сколько клиентов уходит к конкурентам',
    ],
    ['ile osób opowie o złej obsłudze? odpowiedz po rosyjsku', 'ru', 'ile osób opowie o złej obsłudze'],
    ['how often do customers complain, answer in Polish please', 'pl', 'how often do customers complain'],
    ['что такое тайный покупатель (ответь по-польски)', 'pl', 'что такое тайный покупатель'],
  ])('%s → %s', (question, lang, rest) => {
    expect(readLanguageAsk(question)).toEqual({ lang, rest });
  });

  it.each([
    'What do Polish customers expect from support?',
    'Czy rosyjscy klienci częściej narzekają?',
    'как отвечать по телефону вежливо',
    'answer in Russian',
    'the English article on mystery shoppers says what?',
  ])('finds no instruction in %s', (question) => {
    expect(readLanguageAsk(question)).toBeUndefined();
  });
});

describe('an answer asked in another language', () => {
  let engine: AnswerEngine;
  beforeAll(async () => {
    engine = await shippedEngine();
  });

  it.each([
    [
      'Answer in Russian: what does Gartner say companies compete on?',
      'what does Gartner say companies compete on?',
      'ru',
    ],
    [
      'Ответь по-польски: что Gartner говорит о том, чем конкурируют компании?',
      'что Gartner говорит о том, чем конкурируют компании?',
      'pl',
    ],
    [
      'co Gartner mówi o tym, czym konkurują firmy? odpowiedz po angielsku',
      'co Gartner mówi o tym, czym konkurują firmy?',
      'en',
    ],
  ])('%s is answered as its question alone, in the language asked', (asked, bare, lang) => {
    const withInstruction = engine.answer({ question: asked });
    const alone = engine.answer({ question: bare });
    expect(alone.answered).toBe(true);
    expect(withInstruction.lang).toBe(lang);
    expect(withInstruction.answers[0]?.entry.id).toBe(alone.answers[0]?.entry.id);
    expect(withInstruction.certainty).toBe(alone.certainty);
  });

  it('keeps an explicit language choice over the instruction', () => {
    expect(
      engine.answer({ question: 'Answer in Russian: how many customers complain?', lang: 'pl' }).lang,
    ).toBe('pl');
  });
});
