// A message with two asks of which the knowledge base answers one: the asks are split apart, the entry answering one
// is given (never as sure), while a one-ask near miss is still declined.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/answer/analyze.js';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import { questionAsks } from '../../src/answer/question-asks.js';
import { loadFixtureKb } from '../fixtures/engines.js';

/** The words of each ask of a question, or undefined when it has one ask. */
function asksOf(question: string): string[][] | undefined {
  const words = analyzeQuestion(question);
  return questionAsks(question, words)?.words.map((mask) =>
    words.filter((_, i) => mask[i]).map((w) => w.word),
  );
}

describe('splitting a question into its asks', () => {
  it('splits a second ask joined by a comma or a conjunction, in three languages', () => {
    expect(asksOf('Which helpdesk tool does the guide recommend, and what is its price per seat?')).toEqual([
      ['helpdesk', 'tool', 'recommend'],
      ['price', 'seat'],
    ]);
    expect(asksOf('Ile klientow w USA zmienilo marke przez zly CX, a ile w Polsce?')).toEqual([
      ['klientow', 'usa', 'zmienilo', 'marke', 'zly', 'cx'],
      ['polsce'],
    ]);
    expect(asksOf('Кто такой Давид Вуйцицкий и сколько ботов внедрил Voicetel?')).toEqual([
      ['давид', 'вуицицкии'],
      ['ботов', 'внедрил', 'voicetel'],
    ]);
  });

  it('splits asks ending in question marks, but not a sentence that asks nothing', () => {
    expect(asksOf('Jakie KPI poradnik proponuje? jest tam AHT?')).toEqual([['kpi', 'proponuje'], ['aht']]);
    expect(asksOf('какая сейчас инфляция в Польше? в колонке что-то про инфляцию было')).toBeUndefined();
  });

  it('leaves a question with one ask whole', () => {
    for (const q of [
      'Which NFL team did Vince Lombardi coach?',
      'Jaki odsetek Polaków zmienił markę przez złą obsługę w zeszłym roku?',
      'Какие результаты показал опрос Кароля Бартковского в LinkedIn?',
      'what is a mystery shopper and a secret shopper',
    ])
      expect(asksOf(q), q).toBeUndefined();
  });
});

describe('two asks, one answered by the knowledge base', () => {
  let engine: AnswerEngine;
  beforeAll(async () => {
    engine = new AnswerEngine(await loadFixtureKb());
  });

  it('answers the ask it holds (never surely) in three languages', () => {
    for (const q of [
      'What is a mystery shopper, and what is its price?',
      'Kim jest tajemniczy klient, a ile kosztuje?',
      'Кто такой тайный покупатель и какая у него цена?',
    ]) {
      const result = engine.answer({ question: q });
      expect(result.answered, q).toBe(true);
      expect(result.certainty, q).not.toBe('sure');
      expect(result.answers[0]?.entry.id, q).toBe('def-mystery-shopper');
    }
  });

  it('while the one-ask near miss is still declined in three languages', () => {
    for (const q of [
      'what is the price of a mystery shopper',
      'ile kosztuje tajemniczy klient',
      'какая цена у тайного покупателя',
    ])
      expect(engine.answer({ question: q }).certainty, q).toBe('declined');
  });
});
