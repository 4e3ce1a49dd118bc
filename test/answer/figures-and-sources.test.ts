// Figures and sources named in a question are evidence: "what does 26 refer to", "the Russian article", "the 2017 post".
import { describe, expect, it } from 'vitest';
import { rankCandidates } from '../../src/answer/candidates.js';
import { figuresIn, statesNumber } from '../../src/answer/figures.js';
import { isSourceTalk, sourceLanguagesNamed } from '../../src/answer/source-cues.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

describe('figures in a text', () => {
  it('reads a share however it is written, in three languages', () => {
    for (const text of [
      '86%',
      '86 %',
      '86 procent klientów',
      '86 percent of them',
      '86 процентов клиентов',
    ]) {
      expect(figuresIn(text).percents, text).toEqual([86]);
    }
  });

  it('reads ratios and multiples as their numbers', () => {
    for (const text of ['1 in 26', '1 na 26', '1 из 26'])
      expect(figuresIn(text).numbers, text).toEqual([1, 26]);
    for (const text of ['6-7x', '6–7 razy', 'в 6-7 раз', '6–7×'])
      expect(figuresIn(text).numbers, text).toEqual([6, 7]);
    expect(figuresIn('в 2,6 раза').numbers).toEqual([2.6]);
  });

  it('reads no figure in one unit something is priced by ("za 1 agenta", "per 1 seat"), and keeps "1 in 26"', () => {
    expect(figuresIn('liveagent ile kosztuje za 1 agenta').numbers).toEqual([]);
    expect(figuresIn('price per 1 seat').numbers).toEqual([]);
    expect(figuresIn('цена за 1 оператора').numbers).toEqual([]);
    expect(figuresIn('only 1 in 26 complain').numbers).toEqual([1, 26]);
    // a review's stars are its rating, no figure asked
    expect(figuresIn('someone left 1 star saying nobody answers').numbers).toEqual([]);
    expect(figuresIn('ktoś dał 1⭐ że nikt nie odbiera').numbers).toEqual([]);
    expect(figuresIn('клиент оставил 1 звезду в гугле').numbers).toEqual([]);
    expect(figuresIn('89% of customers').numbers).toEqual([89]);
  });

  it('reads no figure in the number of a slide or a page the asker is writing, but a share beside it is one', () => {
    expect(figuresIn('Piszę slajd nr 3 o skargach').numbers).toEqual([]);
    expect(figuresIn('пишу слайд номер 3 про метрики').numbers).toEqual([]);
    expect(figuresIn('one number for slide 2, pls').numbers).toEqual([]);
    expect(figuresIn('на 3-й слайд: сколько клиентов жалуются').numbers).toEqual([]);
    expect(figuresIn('on page 12 of the report').numbers).toEqual([]);
    expect(figuresIn('slide 5: 86% leave?').numbers).toEqual([86]);
    expect(figuresIn('на 3-й слайд 66%').percents).toEqual([66]);
  });

  it('tells years apart from figures', () => {
    expect(figuresIn('80% kontra 8% w artykule z 2017')).toEqual({
      numbers: [80, 8],
      years: [2017],
      percents: [80, 8],
      ranges: [],
      // the word after each number, none here ("%" is no word, the year ends the text)
      unitWords: [],
      yearUnits: [''],
    });
  });

  it('matches a share asked the other way round by its complement', () => {
    const fourPercent = figuresIn('~4%');
    expect(statesNumber(fourPercent, 4)).toBe(true);
    expect(statesNumber(fourPercent, 96)).toBe(true);
    expect(statesNumber(fourPercent, 95)).toBe(false);
    // A plain count has no complement.
    expect(statesNumber(figuresIn('15 people'), 85)).toBe(false);
  });
});

describe('source cues in a question', () => {
  it('knows the words that only say where a fact was read', () => {
    for (const word of [
      'column',
      'FAQ',
      'glossary',
      'felietonie',
      'słowniku',
      'глоссарию',
      'автор',
      'according',
    ]) {
      expect(isSourceTalk(word), word).toBe(true);
    }
    for (const word of ['customer', 'klientów', 'жалоба', 'complaint'])
      expect(isSourceTalk(word), word).toBe(false);
  });

  it('knows publication words and source languages in any inflection, not only the listed forms', () => {
    for (const word of [
      'poradnika',
      'poradnikiem',
      'artykułach',
      'гайда',
      'гайдах',
      'статьях',
      'польского',
      'русскоязычного',
      'polskiego',
      'angielskim',
    ])
      expect(isSourceTalk(word), word).toBe(true);
    for (const word of ['postawa', 'статус', 'blokada', 'poradzić'])
      expect(isSourceTalk(word), word).toBe(false);
  });

  it('reads the language of the source a question names', () => {
    expect(sourceLanguagesNamed('what does the Russian article say')).toEqual(['ru']);
    expect(sourceLanguagesNamed('w tym rosyjskim artykule')).toEqual(['ru']);
    expect(sourceLanguagesNamed('по мнению польской статьи')).toEqual(['pl']);
    expect(sourceLanguagesNamed('how many customers complain')).toEqual([]);
  });
});

function statistic(id: string, figure: string, text: Entry['text'], source: Entry['source']): Entry {
  return {
    ...minimalStatistic(id),
    figure,
    text,
    phrasings: { pl: ['ilu klientów'], en: ['how many customers'], ru: ['сколько клиентов'] },
    source,
  };
}

const fewComplain = statistic(
  'stat-1-in-26-complain',
  '1 in 26',
  {
    pl: 'Tylko jeden na 26 niezadowolonych klientów składa skargę.',
    en: 'Only one in 26 unhappy customers complains.',
    ru: 'Лишь один из 26 недовольных клиентов жалуется.',
  },
  { title: 'Dlaczego tak często obsługa klienta szwankuje?' },
);
const wantBetter = statistic(
  'stat-40-percent-want-better',
  '>40%',
  {
    pl: 'Ponad 40% klientów chce lepszej obsługi.',
    en: 'Over 40% of customers want better service.',
    ru: 'Более 40% клиентов хотят лучшего обслуживания.',
  },
  { title: 'Как дорого обходится плохое обслуживание?', year: 2017 },
);
const comcastCall: Entry = {
  ...minimalEntry('case-ryan-block-comcast'),
  kind: 'case',
  text: {
    pl: 'Ryan Block nagrał rozmowę z konsultantem Comcast, który nie chciał anulować mu usługi.',
    en: 'Ryan Block recorded a Comcast agent who would not let him cancel his service.',
    ru: 'Райан Блок записал разговор с оператором Comcast, который не давал ему отключить услугу.',
  },
  phrasings: { pl: ['anulowanie usługi'], en: ['cancel service'], ru: ['отключить услугу'] },
};
const engine = engineOver([fewComplain, wantBetter, comcastCall]);

function evidenceOf(question: string, id: string) {
  const candidate = rankCandidates(engine, question).find((c) => c.hit.entry.id === id);
  if (!candidate) throw new Error(`${id} is not a candidate for "${question}"`);
  return candidate.evidence;
}

describe('figure and source evidence', () => {
  it('marks the entry whose headline figure the question asks about, and the others as missing it', () => {
    const question = 'what does the number 26 mean for customers?';
    expect(evidenceOf(question, fewComplain.id)).toMatchObject({ figureHeadline: 1, figureMissing: 0 });
    expect(evidenceOf(question, wantBetter.id)).toMatchObject({ figureHeadline: 0, figureMissing: 1 });
  });

  it('says nothing of figures when the question states none', () => {
    expect(evidenceOf('how many customers complain', fewComplain.id)).toMatchObject({
      figureHeadline: 0,
      figureInText: 0,
      figureMissing: 0,
    });
  });

  it('fits a named source language and year to the entry cited from it, and conflicts with the others', () => {
    const question = 'In the 2017 Russian article, what do customers want?';
    expect(evidenceOf(question, wantBetter.id)).toMatchObject({ sourceFits: 1, sourceConflicts: 0 });
    expect(evidenceOf(question, fewComplain.id)).toMatchObject({ sourceConflicts: 1 });
  });

  it('does not count source talk against an entry: "in the column" weighs nothing', () => {
    const plain = evidenceOf('how many unhappy customers complain', fewComplain.id);
    const withSource = evidenceOf(
      'according to the column, how many unhappy customers complain',
      fewComplain.id,
    );
    expect(withSource.coverage).toBeCloseTo(plain.coverage, 5);
  });
});

describe('a case entry named by its people', () => {
  it('may answer a question asking for its story', () => {
    for (const question of [
      'Ryan Block i Comcast – o co poszło?',
      'Ryan Block and Comcast: what happened?',
    ]) {
      expect(evidenceOf(question, comcastCall.id).nameOnly, question).toBe(0);
    }
  });

  it('still cannot answer something else about them', () => {
    expect(
      evidenceOf('How long was the Comcast call, and what was Ryan Block paid?', comcastCall.id).nameOnly,
    ).toBe(1);
  });
});
