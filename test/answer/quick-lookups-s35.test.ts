// What round 57 of the held-out sets (quick search-box lookups between calls) taught: a country named bare beside a
// figure asked is the population counted; "скок" is "сколько"; a bare "what is FCR" is not answered by a tip a taught
// phrasing linked to the abbreviation; what a person said on a subject names that subject. Fixture entries are made up.
import { describe, expect, it } from 'vitest';
import { asksChitChat } from '../../src/answer/chit-chat.js';
import { COUNTRIES } from '../../src/answer/countries.js';
import { asksForNorm } from '../../src/answer/norm-asks.js';
import { foldText } from '../../src/answer/normalize.js';
import { topicAskedWords } from '../../src/answer/topic-asks.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver, expectAnsweredFirst, withTexts } from '../fixtures/engines.js';

const countries = (question: string) =>
  COUNTRIES.filter((country) => country.asked.test(foldText(question))).map((country) => country.id);

describe('a country named bare in a quick lookup', () => {
  it('is the population asked when a figure is asked right after it, or it ends the question', () => {
    expect(countries('churn polska ile procent')).toEqual(['pl']);
    expect(countries('германия статистика')).toEqual(['de']);
    expect(countries('statystyki polska?')).toEqual(['pl']);
  });

  it("is not a work's origin or a language named elsewhere", () => {
    expect(countries('polska wersja artykułu')).toEqual([]);
    expect(countries('the blog from russia says what about complaints')).toEqual([]);
  });
});

describe("a tool's shortcut and a service-level target", () => {
  it('a shortcut is chit-chat no entry answers', () => {
    expect(asksChitChat(foldText('shortcut to transfer call to supervisor'))).toBe(true);
    expect(asksChitChat(foldText('skrót klawiszowy zamknięcie ticketu'))).toBe(true);
    expect(asksChitChat(foldText('горячие клавиши в хелпдеске'))).toBe(true);
    expect(asksChitChat(foldText('how do i swap shifts'))).toBe(true);
  });

  it('the hours or minutes of an SLA are a norm asked, not why an SLA matters', () => {
    expect(asksForNorm('sla for email tickets hours')).toBe(true);
    expect(asksForNorm('sla на ответ в чате сколько минут')).toBe(true);
    expect(asksForNorm('sla first response email target')).toBe(true);
    expect(asksForNorm('why does response time matter for our sla')).toBe(false);
  });
});

describe('what a person said on a subject', () => {
  it('names the subject, in either order', () => {
    const subject = (question: string) => [...topicAskedWords(foldText(question))];
    expect(subject('безос про prime что говорил')).toEqual(['prime']);
    expect(subject('what did Bezos say about Prime')).toEqual(['prime']);
    expect(subject('co Hooey mówił o lojalności')).toEqual(['lojalnosci']);
  });
});

const callTip: Entry = withTexts(
  minimalEntry('tip-fix-on-first-call'),
  {
    pl: 'Odbieraj szybko i rozwiązuj sprawę przy pierwszym telefonie.',
    en: 'Pick up fast and fix the issue on the first call.',
    ru: 'Отвечайте быстро и решайте вопрос с первого звонка.',
  },
  {
    pl: ['FCR: rozwiąż przy pierwszym telefonie'],
    en: ['FCR tip: pick up fast and fix it on the first call'],
    ru: ['FCR: решить с первого звонка'],
  },
);
const shopperPay: Entry = withTexts(
  { ...minimalStatistic('stat-shoppers-visit-monthly'), figure: '30%' },
  {
    pl: '30% sklepów odwiedza tajemniczy klient co miesiąc.',
    en: '30% of shops get a mystery shopper visit every month.',
    ru: '30% магазинов каждый месяц посещает тайный покупатель.',
  },
  {
    pl: ['jak często tajemniczy klient'],
    en: ['how often mystery shoppers visit'],
    ru: ['как часто тайный покупатель'],
  },
);

describe('quick lookups on fixture entries', () => {
  const engine = engineOver([callTip, shopperPay, minimalEntry()]);

  it('declines a bare abbreviation no entry text names, and a pay asked with "скок"', () => {
    for (const question of ['fcr co to', 'what is FCR', 'fcr что это', 'тайному покупателю скок платят'])
      expect(engine.answer({ question }).answered, question).toBe(false);
  });

  it('still answers the tip asked in its own words, beside the abbreviation', () => {
    expectAnsweredFirst(engine, [
      ['FCR tip: pick up fast and fix it on the first call', 'tip-fix-on-first-call'],
    ]);
  });
});
