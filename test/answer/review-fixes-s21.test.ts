// Session 21's review of its own merges: readers that fired on ordinary questions, and patterns holding "й" that could
// never match text folded with й as и. Each case is a question a team writes every day.
import { describe, expect, it } from 'vitest';
import { detailsAsked } from '../../src/answer/detail-asks.js';
import { asksOfEvent } from '../../src/answer/event-asks.js';
import { entryListAsk } from '../../src/answer/list-asks.js';
import { foldText } from '../../src/answer/normalize.js';
import { isSegmentWord } from '../../src/answer/segment-words.js';
import { sourceLanguagesNamed } from '../../src/answer/source-cues.js';
import { asksTeamFigure } from '../../src/answer/team-figures.js';

describe('what an episode says is no other episode asked', () => {
  it.each([
    'Tell me more about podcasts on cold calling',
    'What other podcasts talk about chatbots?',
    'Jakie inne odcinki podcastu K2 mówią o botach?',
    'Что ещё в подкасте говорили о ботах?',
    'Расскажи ещё о подкасте K2 про холодные звонки',
    'Что говорит новый доклад о клиентском опыте?',
    'How do I make a more engaging presentation for customers?',
  ])('%s', (question) => {
    expect(asksOfEvent(question)).toBe(false);
  });

  it.each([
    'when is the next episode of the K2 podcast',
    'какие ещё доклады делал Колски',
    'kiedy następny odcinek podcastu K2',
  ])('still reads another episode asked: %s', (question) => {
    expect(asksOfEvent(question)).toBe(true);
  });
});

describe('a possible or published figure is not the team’s own', () => {
  it.each([
    'How many customers can we win back this year with good service?',
    'Ile procent klientów mamy szans odzyskać w tym roku?',
    'how many customers came in to complain last year according to research',
    'сколько клиентов мы можем вернуть в этом году по данным исследований?',
  ])('%s', (question) => {
    expect(asksTeamFigure(question)).toBe(false);
  });

  it.each([
    'what was our CSAT last week?',
    'ile zgłoszeń mieliśmy wczoraj',
    'сколько тикетов закрыл Андрей за месяц',
  ])('still reads the team’s own: %s', (question) => {
    expect(asksTeamFigure(question)).toBe(true);
  });
});

describe('a count of hours, years or a year is no list’s length', () => {
  it.each([
    'Do customers expect support all 24 hours?',
    'все 10 лет клиенты жалуются на одно и то же?',
    'na wszystkich 5 rynkach klienci narzekają?',
    'list the 2024 figures on complaints',
  ])('%s', (question) => {
    expect(detailsAsked(question)?.listCount).toBeUndefined();
  });

  it('still reads all ten mistakes', () => {
    expect(detailsAsked('list all ten mistakes')?.listCount).toBe(10);
  });
});

describe('patterns spelled with й match text folded with й as и', () => {
  it('reads a Russian or English source named in Russian', () => {
    expect(sourceLanguagesNamed('что говорится в российском исследовании?')).toContain('ru');
    expect(sourceLanguagesNamed('что сказано в английской статье?')).toContain('en');
  });

  it('reads фейсбук as a segment word and "дай все советы" as a list of tips asked', () => {
    expect(isSegmentWord(foldText('фейсбук'))).toBe(true);
    expect(entryListAsk(foldText('дай все советы про жалобы'))?.size).toBeGreaterThan(0);
  });
});
