// Numbers said in words that session 17 reads: a range's first end before its second's figure ("cztery do pięciu
// razy"), both terms of a ratio ("one in five"), a year ("w dwa tysiące dziewiętnastym"); and a figure named of a fact
// two works tell with their own figures puts the work stating it whole first. Small fixture entries.
import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import { FEATURES } from '../../src/answer/evidence.js';
import { exactTwinFirst, type TwinCandidate } from '../../src/answer/exact-twin-first.js';
import { figuresIn } from '../../src/answer/figures.js';
import { foldText } from '../../src/answer/normalize.js';
import { withSpelledNumbers } from '../../src/answer/number-words.js';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalStatistic, minimalTopic } from '../fixtures/kb-fixtures.js';

const read = (text: string) => withSpelledNumbers(foldText(text));

describe('a range said in words', () => {
  it('reads its first end too, in three languages', () => {
    expect(read('cztery do pięciu razy drożej')).toBe('4 do 5 razy drozej');
    expect(read('three to four times pricier')).toBe('3 to 4 times pricier');
    expect(read('в три-четыре раза дороже')).toBe('в 3-4 раза дороже');
    expect(read('od dwóch do dziewięciu procent')).toBe('od 2 do 9 procent');
    expect(figuresIn('от трёх до пяти процентов').ranges).toEqual([[3, 5]]);
  });

  it('leaves words that state no figure as they are', () => {
    expect(read('two to three questions')).toBe('two to three questions');
    expect(read('cztery do pięciu')).toBe('cztery do pieciu');
  });
});

describe('a ratio said in words', () => {
  it('reads both terms', () => {
    expect(read('one in five callers')).toBe('1 in 5 callers');
    expect(read('dwóch na trzech klientów')).toBe('2 na 3 klientow');
    expect(read('один из семи звонящих')).toBe('1 из 7 звонящих');
    expect(figuresIn('jeden na dwudziestu ośmiu').numbers).toEqual([1, 28]);
  });

  it('does not read "one of the best" as a figure', () => {
    expect(read('один из лучших операторов')).toBe('один из лучших операторов');
  });
});

describe('a year said in words', () => {
  it('reads cardinals and ordinals in three languages', () => {
    expect(figuresIn('awaria w dwa tysiące dziewiętnastym roku').years).toEqual([2019]);
    expect(figuresIn('the outage of two thousand and eleven').years).toEqual([2011]);
    expect(figuresIn('в две тысячи двадцать первом году').years).toEqual([2021]);
    expect(figuresIn('w dwa tysiące dwudziestym drugim').years).toEqual([2022]);
  });

  it('does not read two thousand of something as a year', () => {
    expect(figuresIn('dwa tysiące złotych').years).toEqual([]);
    expect(figuresIn('two thousand callers').years).toEqual([]);
  });
});

function statistic(id: string, figure: string, title: string, en: string, pl: string, ru: string): Entry {
  return { ...minimalStatistic(id), figure, text: { en, pl, ru }, phrasings: {}, source: { title } };
}

// One fact in two works: the newsletter's 3× and the report's 3–4×, whose text holds more of the asking words.
const newsletter = statistic(
  'stat-renewing-3x-cheaper',
  '3×',
  'A newsletter',
  'Renewing a member is 3 times cheaper than enrolling a new one.',
  'Przedłużenie członkostwa jest 3 razy tańsze niż zapisanie nowego członka.',
  'Продлить членство в 3 раза дешевле, чем записать нового участника.',
);
const report = statistic(
  'stat-enrolling-3-4x-dearer',
  '3–4×',
  'A report',
  'Enrolling a new member costs 3-4 times more than renewing a member; renewing a member is much cheaper.',
  'Zapisanie nowego członka kosztuje 3–4 razy więcej niż przedłużenie członkostwa; przedłużenie jest tańsze.',
  'Записать нового участника в 3–4 раза дороже, чем продлить членство; продлить членство дешевле.',
);
const kb = new KnowledgeBase([minimalTopic()], [newsletter, report]);
const FIGURE_HEADLINE = FEATURES.indexOf('figureHeadline');

function candidate(entry: Entry, headline: number, probability: number): TwinCandidate {
  const features = FEATURES.map(() => 0);
  features[FIGURE_HEADLINE] = headline;
  return { hit: { entry }, features, probability };
}
const lift = (c: TwinCandidate, probability: number) => ({ ...c, probability });

describe('a figure named of a fact two works tell', () => {
  it('puts the twin stating it whole before one stating one end of it, at the first probability', () => {
    const ranked = exactTwinFirst([candidate(report, 0.5, 0.9), candidate(newsletter, 1, 0.8)], kb, lift);
    expect(ranked.map((c) => [c.hit.entry.id, c.probability])).toEqual([
      [newsletter.id, 0.9],
      [report.id, 0.9],
    ]);
  });

  it('keeps the order when the first states the figure whole or the other is no twin', () => {
    const whole = [candidate(newsletter, 1, 0.9), candidate(report, 0.5, 0.8)];
    expect(exactTwinFirst(whole, kb, lift)).toBe(whole);
    const lone = new KnowledgeBase([minimalTopic()], [report]);
    const noTwin = [candidate(report, 0.5, 0.9), candidate(newsletter, 1, 0.8)];
    expect(exactTwinFirst(noTwin, lone, lift)).toBe(noTwin);
  });

  it('answers the work whose figure is named, in three languages', () => {
    const engine = new AnswerEngine(kb);
    for (const question of [
      'is renewing a member really three times cheaper than enrolling a new one?',
      'czy przedłużenie członkostwa jest 3 razy tańsze niż zapisanie nowego?',
      'правда, что продлить членство в три раза дешевле?',
    ])
      expect(engine.answer({ question }).answers[0]?.entry.id, question).toBe(newsletter.id);
    expect(
      engine.answer({ question: 'czy zapisanie nowego członka kosztuje trzy do czterech razy więcej?' })
        .answers[0]?.entry.id,
    ).toBe(report.id);
  });
});
