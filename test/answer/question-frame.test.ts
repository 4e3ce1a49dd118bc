// The story around an explicit question weighs less than the question itself, in three languages.
import { describe, expect, it } from 'vitest';
import { rankCandidates } from '../../src/answer/candidates.js';
import { frameWords } from '../../src/answer/question-frame.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

describe('the words of the story around a question', () => {
  it('are those only the sentences without a question mark hold', () => {
    const frame = frameWords(
      'My manager wants to cut the training budget. Why does training frontline staff matter?',
    );
    expect([...frame].sort()).toEqual(['budget', 'cut', 'manager', 'my', 'the', 'to', 'wants']);
    expect(frameWords('Szefowa chce szkolenia. Po co szkolenie z różnic kulturowych?').has('szefowa')).toBe(
      true,
    );
    expect(frameWords('У нас недобор людей. Что делать с нехваткой персонала?').has('недобор')).toBe(true);
  });

  it('are none when the text is one sentence, asks nothing explicitly, or only asks', () => {
    expect(frameWords('what is a 2.5G network? ').size).toBe(0);
    expect(frameWords('what is a 2.5G network').size).toBe(0);
    expect(frameWords('Our site is old. It matters.').size).toBe(0);
    expect(frameWords('Is it old? Does it matter?').size).toBe(0);
  });

  it('hold what someone in the story says or does before a dash, not any lead-in before one', () => {
    const told = frameWords('Client threatening to switch provider — is retaining him really cheaper?');
    expect([...told].sort()).toEqual(['client', 'provider', 'switch', 'threatening', 'to']);
    expect(frameWords('Klientka pisze, że to trzeci raz — ile osób odchodzi?').has('trzeci')).toBe(true);
    expect(frameWords('Клиент требует вернуть деньги за заказ — как его успокоить?').has('деньги')).toBe(
      true,
    );
    expect(
      frameWords('„Konsultantka podała mi złe info o taryfie” – jaka była ta statystyka?').has('taryfie'),
    ).toBe(true);
    // the topic asked, not a story: "Delta compensation…" is what is asked about
    expect(
      frameWords('Delta compensation after the 2016 outage — how much did each passenger get?').size,
    ).toBe(0);
    // a dash before no ask
    expect(frameWords('Client says he will leave — and I agree with him?').size).toBe(0);
  });

  it('does not end a sentence inside a decimal figure', () => {
    expect([...frameWords('What is 2.5G? thanks.')]).toEqual(['thanks']);
  });
});

describe('weighing a question with a story around it', () => {
  const training = {
    ...minimalEntry('tip-train-staff'),
    text: {
      pl: 'Szkol cały personel pierwszej linii.',
      en: 'Train all frontline staff.',
      ru: 'Обучайте весь персонал первой линии.',
    },
  };
  const budget = {
    ...minimalEntry('tip-plan-budget'),
    text: { pl: 'Planuj budżet zespołu.', en: 'Plan the team budget.', ru: 'Планируйте бюджет команды.' },
  };
  const engine = engineOver([training, budget]);
  const coverageOf = (question: string) =>
    rankCandidates(engine, question).find((c) => c.hit.entry.id === training.id)?.evidence.coverage ?? 0;

  it('lets the asked sentence count for more than the story', () => {
    const story = 'My manager wants to cut the budget. Why train frontline staff?';
    const flat = 'My manager wants to cut the budget, why train frontline staff';
    expect(coverageOf(story)).toBeGreaterThan(coverageOf(flat));
  });
});
