// Quiz questions: answerable only by their entry, plausible wrong options, repeatable with a seed.
import { describe, expect, it } from 'vitest';
import { parseFigure } from '../../src/figures/parse-figure.js';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { buildQuestion, pickQuestion } from '../../src/quiz/build-question.js';
import { figuresConflict } from '../../src/quiz/figure-conflict.js';
import { normalizedText, type QuizQuestion } from '../../src/quiz/quiz-question.js';
import { seededRandom } from '../../src/tips/seeded-random.js';
import { fixtureKb, stat } from './quiz-fixtures.js';

const kb = fixtureKb();
const question = (id: string, seed = 1) => buildQuestion(kb, kb.entry(id)!, seededRandom(seed));
const wrongOf = (q: QuizQuestion) => q.options.filter((_, i) => i !== q.answerIndex);

describe('questions on statistics', () => {
  it('offers the entry’s own figure as the right option, in every language', () => {
    const q = question('stat-1-in-26')!;
    expect(q.kind).toBe('figure');
    expect(q.entryId).toBe('stat-1-in-26');
    expect(q.options).toHaveLength(4);
    expect(q.options[q.answerIndex]).toEqual({ pl: '1 na 26', en: '1 in 26', ru: '1 из 26' });
  });

  it('offers shares against shares and never the same share written with a space ("86 %")', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const q = question('stat-86', seed)!;
      for (const wrong of wrongOf(q)) {
        expect(parseFigure(wrong.en).shape).toBe('percent');
        expect(normalizedText(wrong.en)).not.toBe('86%');
        expect(figuresConflict(parseFigure(wrong.en), parseFigure('86%'))).toBe(false);
      }
    }
  });

  it('never offers a share too close to the right one (84% beside 86%) or a range containing it', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const values = wrongOf(question('stat-86', seed)!).map((o) => o.en);
      expect(values).not.toContain('84%');
      const withInside = fixtureKb([stat('stat-65', '65%')]);
      const range = buildQuestion(withInside, withInside.entry('stat-60-70')!, seededRandom(seed))!;
      expect(range.options.map((o) => o.en)).not.toContain('65%');
    }
  });

  it('offers multiples against multiples, keeping the decimal comma in Polish and Russian', () => {
    const q = question('stat-6x')!;
    for (const option of q.options) expect(parseFigure(option.en).shape).toBe('multiple');
    expect(q.options.map((o) => o.pl)).toContain('2,6×');
  });

  it('makes wrong options from the right figure when the knowledge base has too few of its kind', () => {
    const q = question('stat-15-people')!;
    for (const wrong of wrongOf(q)) {
      expect(wrong.en).toMatch(/^\d+ people$/u);
      expect(wrong.pl).toMatch(/^\d+ osób$/u);
      expect(wrong.ru).toMatch(/^\d+ человек$/u);
      expect(wrong.en).not.toBe('15 people');
    }
    const ratio = question('stat-1-in-26')!;
    for (const wrong of wrongOf(ratio)) expect(wrong.ru).toMatch(/^1 из \d+$/u);
  });

  it('asks with a phrasing of the entry that does not give the figure away', () => {
    const entry = fixtureKb([]).entry('stat-86')!;
    const withNumbers = {
      ...entry,
      phrasings: { ...entry.phrasings, en: ['86 percent leave?', 'how many leave?'] },
    };
    const q = buildQuestion(fixtureKb([withNumbers]), withNumbers, seededRandom(1))!;
    expect(q.clue.en).toBe('how many leave?');
  });

  it('makes no question from a figure it cannot compare (a duration)', () => {
    expect(question('stat-duration')).toBeUndefined();
  });
});

describe('questions on definitions and quotes', () => {
  it('asks for a term by its definition with the term hidden, offering other terms', () => {
    const q = question('def-nps')!;
    expect(q.kind).toBe('term');
    expect(q.options[q.answerIndex]!.en).toBe('net promoter score');
    expect(q.clue.en).toBe('___ is something.');
    expect(q.clue.pl).not.toContain('net promoter score pl');
  });

  it('never offers a term too like the right one ("waiting time for a response" for "response time")', () => {
    for (let seed = 1; seed <= 20; seed++) {
      expect(question('metric-response', seed)!.options.map((o) => o.en)).not.toContain(
        'waiting time for a response',
      );
    }
  });

  it('asks who said a quote by its words only, offering other authors', () => {
    const q = question('quote-hooey')!;
    expect(q.kind).toBe('author');
    expect(q.clue).toEqual({
      pl: '„Your competitor will pl”',
      en: '“Your competitor will”',
      ru: '«Your competitor will ru»',
    });
    expect(q.options[q.answerIndex]).toEqual({ pl: 'Bob Hooey', en: 'Bob Hooey', ru: 'Bob Hooey' });
    expect(new Set(q.options.map((o) => o.en)).size).toBe(4);
  });

  it('makes no term question when the knowledge base has too few other terms', () => {
    const small = fixtureKb().entries.filter((e) => e.id === 'def-nps' || e.id === 'def-fcr');
    const tiny = new KnowledgeBase(kb.topics, small);
    expect(buildQuestion(tiny, tiny.entry('def-nps')!, seededRandom(1))).toBeUndefined();
  });
});

describe('repeatable and picked by topic', () => {
  it('builds the same question from the same seed', () => {
    expect(question('stat-86', 42)).toEqual(question('stat-86', 42));
  });

  it('picks a question on the asked topic only, and none for a topic without one', () => {
    for (let seed = 1; seed <= 10; seed++) {
      expect(pickQuestion(kb, seededRandom(seed), { topic: 'quotes' })?.kind).toBe('author');
    }
    expect(pickQuestion(kb, seededRandom(1), { topic: 'nothing-here' })).toBeUndefined();
  });

  it('skips recently asked entries while others remain', () => {
    const quotes = ['quote-bezos', 'quote-hooey', 'quote-lombardi'];
    for (let seed = 1; seed <= 10; seed++) {
      expect(pickQuestion(kb, seededRandom(seed), { topic: 'quotes', recentEntryIds: quotes })?.entryId).toBe(
        'quote-walton',
      );
    }
  });
});
