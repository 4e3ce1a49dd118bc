// A question's chat filler (thanks, hedges, "lol", "ну ладно") and Discord habits are not content words to match.
import { describe, expect, it } from 'vitest';
import { analyzeQuestion, analyzeText } from '../../src/answer/analyze.js';

const wordsOf = (question: string) => analyzeQuestion(question).map((w) => w.word);

describe('chat filler in a question', () => {
  it('drops hedges and thanks in three languages', () => {
    expect(wordsOf('i totally blanked, thx')).toEqual(['blanked']);
    expect(wordsOf('dzięki, właśnie tego szukam: churn')).toEqual(['szukam', 'churn']);
    expect(wordsOf('ну ладно, хотя бы какие метрики того гайда')).toEqual(['метрики', 'гаида']);
    expect(wordsOf('чтото было про выгорание')).toEqual(['выгорание']);
    expect(wordsOf('jakosc obslugi czym jest dokladnie')).toEqual(['jakosc', 'obslugi']);
  });

  it('drops the past and modal forms of the auxiliary verbs, and the light verb of a loss', () => {
    expect(wordsOf('jakies linie miały awarię, które to były?')).toEqual(['linie', 'awarie']);
    expect(wordsOf('musieli odwołać loty, trzeba było przebukować')).toEqual([
      'odwolac',
      'loty',
      'przebukowac',
    ]);
    expect(wordsOf('какие убытки понесла компания и сколько рейсов пришлось отменить')).toEqual([
      'убытки',
      'компания',
      'реисов',
      'отменить',
    ]);
  });

  it('is dropped from questions only, so the knowledge base keeps its words', () => {
    expect(analyzeText('Ну ладно: totally new', 'en')).toHaveLength(4);
  });
});
