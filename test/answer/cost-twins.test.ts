// One fact told by two works with their own figures ("6× cheaper to keep" in a blog, "6–7× dearer to win" in a
// column): a question naming one figure prefers the entry stating exactly it (a range's one end is half a match),
// and whichever answers, the other is shown beside it. Small fixture entries.
import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import {
  entryFigures,
  FIGURE_HEADLINE_PART,
  FIGURE_IN_HEADLINE,
  figureEvidence,
} from '../../src/answer/figure-evidence.js';
import { figuresIn, meetsOneEndOnly } from '../../src/answer/figures.js';
import { twinEntries } from '../../src/answer/twin-entries.js';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalStatistic, minimalTopic } from '../fixtures/kb-fixtures.js';

function statistic(id: string, figure: string, title: string, en: string, topic = 'complaints'): Entry {
  return {
    ...minimalStatistic(id, topic),
    figure,
    text: { en },
    phrasings: { en: [en] },
    source: { title },
  };
}

const blog = statistic(
  'stat-keep-8x-cheaper',
  '8×',
  'A blog',
  'Keeping a subscriber is 8 times cheaper than signing up a new one.',
);
const column = statistic(
  'stat-new-8-9x-dearer',
  '8–9×',
  'A column',
  'Signing up a new subscriber costs 8-9 times more than keeping one.',
);
// The same number in the same work is no second telling; nor on another topic.
const sameWork = statistic('stat-8-percent-same-blog', '8%', 'A blog', 'Only 8% of subscribers ever call.');
const otherTopic = statistic(
  'stat-8-percent-burnout',
  '8%',
  'A guide',
  '8% of agents burn out within a year.',
  'burnout',
);
// A lone 1 ("1 in 40", "~$1 billion") makes no twins.
const oneIn40 = statistic(
  'stat-1-in-40-complain',
  '1 in 40',
  'A column',
  'Only 1 in 40 unhappy subscribers complain.',
);
const billion = statistic(
  'stat-1-billion-lost',
  '~$1 billion',
  'A guide',
  'One outage cost about $1 billion.',
);

const kb = new KnowledgeBase(
  [minimalTopic(), minimalTopic('burnout')],
  [blog, column, sameWork, otherTopic, oneIn40, billion],
);
const engine = new AnswerEngine(kb);

describe('twin entries', () => {
  it('are statistics of other works sharing a topic and a number of their headline figures', () => {
    expect(twinEntries(kb, blog)).toEqual([column]);
    expect(twinEntries(kb, column)).toEqual([blog]);
  });

  it('are none for a lone 1, the same work or another topic', () => {
    expect(twinEntries(kb, oneIn40)).toEqual([]);
    expect(twinEntries(kb, billion)).toEqual([]);
    expect(twinEntries(kb, sameWork)).toEqual([]);
    expect(twinEntries(kb, otherTopic)).toEqual([]);
  });
});

describe('a figure named against a range', () => {
  it('reads ranges written with a dash or a word', () => {
    expect(figuresIn('6–7×').ranges).toEqual([[6, 7]]);
    expect(figuresIn('od 5 do 20%').ranges).toEqual([[5, 20]]);
    expect(figuresIn('в 6-7 раз').ranges).toEqual([[6, 7]]);
    expect(figuresIn('6 times').ranges).toEqual([]);
  });

  it('meets one end only when either side states a range the other states one end of', () => {
    expect(meetsOneEndOnly(figuresIn('6–7×'), figuresIn('6 times'))).toBe(true);
    expect(meetsOneEndOnly(figuresIn('6×'), figuresIn('6-7 times'))).toBe(true);
    expect(meetsOneEndOnly(figuresIn('6–7×'), figuresIn('6-7 times'))).toBe(false);
    expect(meetsOneEndOnly(figuresIn('6×'), figuresIn('6 times'))).toBe(false);
  });

  it('is half a headline match', () => {
    const asked = figuresIn('is it 8 times?');
    expect(figureEvidence(entryFigures, blog, asked)).toBe(FIGURE_IN_HEADLINE);
    expect(figureEvidence(entryFigures, column, asked)).toBe(FIGURE_HEADLINE_PART);
    const range = figuresIn('is it 8-9 times?');
    expect(figureEvidence(entryFigures, column, range)).toBe(FIGURE_IN_HEADLINE);
    expect(figureEvidence(entryFigures, blog, range)).toBe(FIGURE_HEADLINE_PART);
  });
});

describe('an answer with a twin', () => {
  it('shows the other telling beside it, unless it is already among the answers', () => {
    const result = engine.answer({
      question: 'how much cheaper is keeping a subscriber than signing up a new one?',
    });
    expect(result.answered).toBe(true);
    const shown = [...result.answers, ...result.closest].map((r) => r.entry);
    expect([...shown, ...result.twins]).toEqual(expect.arrayContaining([blog, column]));
    for (const twin of result.twins) expect(shown).not.toContain(twin);
  });

  it('has no twins when declined or answered by an entry without one', () => {
    expect(engine.answer({ question: 'banana bread recipe?' }).twins).toEqual([]);
    const burnout = engine.answer({ question: 'how many agents burn out within a year?' });
    expect(burnout.answers[0]?.entry).toBe(otherTopic);
    expect(burnout.twins).toEqual([]);
  });
});
