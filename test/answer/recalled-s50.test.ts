// What session 50 learned from round 105 (the situation told, the advice asked): the articles' own lists asked with
// "what are" ("what are the typical causes of…", "what are all the ways to measure…") ask no definition; "what does
// it actually mean" asks one, and a spec sheet that "says" quotes nobody; a review's rating in digits ("a 1 star
// google review") is no word asked about the name beside it; and the team's wordings for the guide's causes and
// consequences of bad service asked whole. And from round 106 (planning next year): the asker's own plan for a coming
// year ("we're thinking of hiring mystery shoppers next year", "w przyszłym roku chcemy…", "Planning note for 2025")
// asks no forecast and no later period of the articles' figures. And from round 107 (the look-alike facts): a figure
// the asker already has, restated before another figure is asked ("i have the 63% …, what was the other one?"), is
// no part of the ask.
import { describe, expect, it } from 'vitest';
import { detailsAsked } from '../../src/answer/detail-asks.js';
import { withoutOwnPlans } from '../../src/answer/own-plans.js';
import { restatedFigureClause } from '../../src/answer/follow-up-ask.js';
import { foldText } from '../../src/answer/normalize.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { expectAnsweredFirst, expectDeclined, shippedEngine } from '../fixtures/engines.js';

describe('the kind a question asks', () => {
  it('reads a list of the articles asked with "what are" as no definition asked', () => {
    for (const question of [
      'what are the typical causes of bad customer service? full list pls',
      'what are all the consequences of bad service?',
      'what are the main reasons for poor service?',
    ])
      expect(kindsAskedFor(question).has('definition'), question).toBe(false);
    // a term's plural still asks its definition
    expect(kindsAskedFor('what are mystery shoppers?').has('definition')).toBe(true);
  });

  it('reads "what does it actually mean" as a definition, and a spec sheet saying something as no quote', () => {
    expect(kindsAskedFor('what does it actually mean').has('definition')).toBe(true);
    expect(kindsAskedFor('what does that even mean?').has('definition')).toBe(true);
    expect(kindsAskedFor('the spec sheet says 2.5G, what does it mean').has('quote')).toBe(false);
    expect(kindsAskedFor('Bezos says what about angry customers?').has('quote')).toBe(true);
  });
});

describe('a situation told before the ask (round 105)', () => {
  it('answers the entry the ask is about', async () => {
    const engine = await shippedEngine();
    expectAnsweredFirst(engine, [
      [
        "the spec sheet for our couriers handheld terminals says they run on '2.5G', a guy told me its like 2G and a half lol. what does it actually mean",
        'def-2-5g-s000',
      ],
      [
        'someone left a 1 star google review saying our courier threw the bag at his door. do i reply to it or just leave it??',
        'tip-respond-to-online-reviews-s002b',
      ],
      [
        'writing a report on our helpdesk, what are all the ways you can measure the quality of customer service?',
        'tip-measure-service-quality-regularly-s003',
      ],
    ]);
  });

  it("meets the guide's lists asked whole with their first item, and still declines what they do not hold", async () => {
    const engine = await shippedEngine();
    expectAnsweredFirst(engine, [
      [
        'what are the typical causes of bad customer service? full list pls',
        'tip-train-communication-skills-s002a',
      ],
      [
        'robie prezentacje dla nowych na helpdesku: jakie sa wszystkie przyczyny slabej obslugi klienta wg bazy? wypiszcie prosze cala liste',
        'tip-train-communication-skills-s002a',
      ],
      [
        'what does bad service actually do to a business like ours (bank)? all the consequences pls',
        'stat-63-percent-would-switch-brand-s002a',
      ],
      // the consequences listed one to an entry: no list inside one entry is asked (round 106)
      [
        'чем плохой сервис бьет по самой компании? перечисли все последствия плз',
        'stat-63-percent-would-switch-brand-s002a',
      ],
    ]);
    expectDeclined(engine, [
      'Wypisz mi wszystkie pozycje z tego tekstu o typowych wpadkach w obsłudze, tej listy z okrągłą liczbą w tytule',
      'była jakaś teoria o zbitych szybach, że jak się olewa drobne niedociągnięcia to potem wszystko się sypie — i ktoś to przeniósł na obsługę klienta. kto to wymyślił?',
      // a year beside a name is still read: the data centre is a detail no entry gives
      'Which Delta data centre failed in 2016 — was it the one in Atlanta?',
    ]);
  });
});

describe("the asker's own plan for a coming year (round 106)", () => {
  it('is no forecast nor a later period asked', () => {
    for (const question of [
      "We're thinking of hiring mystery shoppers next year. What does a mystery shopper actually assess?",
      'Planning note for 2025 on the claims line: how many customers hate repeating themselves?',
      'w przyszłym roku chcemy wprowadzić tajemniczego klienta, co on ocenia?',
      'Co baza radzi w sprawie polityki zwrotów — co powinniśmy zmienić w przyszłym roku?',
      'В документ стратегии на следующий год нужно определение: что такое качество обслуживания клиентов?',
      'rebyat my na sleduyushchij god hotim cel po propushchennym zvonkam. skolko klientov reshayut posle odnogo zvonka?',
      'I want a target for calls answered on the first try in 2025. how many customers decide after one call?',
    ]) {
      const details = detailsAsked(question);
      expect(details?.newer ?? false, question).toBe(false);
      expect(details?.laterYear, question).toBeUndefined();
    }
    expect(withoutOwnPlans(foldText('budget fight for 2025: how many times more?'))).not.toContain('2025');
  });

  it('leaves a forecast or a later period asked of the figures', () => {
    expect(detailsAsked('what will the churn rate be next year?')?.newer).toBe(true);
    expect(detailsAsked('ile klientów odejdzie w przyszłym roku?')?.newer).toBe(true);
    expect(detailsAsked("what's the churn rate for 2025?")?.laterYear).toBe(2025);
    expect(detailsAsked('сколько клиентов уйдёт в следующем году?')?.newer).toBe(true);
    // a list inside one entry is still asked, but not of the consequences the guide tells one to an entry
    expect(detailsAsked('wymień te 10 błędów z artykułu')?.list).toBe(true);
    expect(detailsAsked('перечисли все последствия плохого сервиса')?.list ?? false).toBe(false);
  });

  it('answers what the plan asks', async () => {
    const engine = await shippedEngine();
    expectAnsweredFirst(engine, [
      [
        "We're thinking of hiring mystery shoppers for the showroom and the chat next year. What does a mystery shopper actually assess?",
        'tip-use-mystery-shoppers-s004',
      ],
      [
        'В документ стратегии на следующий год нужно определение: что такое качество обслуживания клиентов и какие взаимодействия оно охватывает?',
        'def-customer-service-quality-s003',
      ],
    ]);
    expectDeclined(engine, ['What will the average wait time in call centres be next year?']);
  });
});

describe('a figure the asker has, restated before its neighbour is asked (round 107)', () => {
  it('is a clause of its own, unless it is disputed or no other figure is asked', () => {
    const restated = restatedFigureClause(
      foldText(
        'про выгорание помню что на 63% чаще берут больничный. а во сколько раз чаще они ищут другую работу?',
      ),
      false,
    );
    expect(restated?.words.has('больничныи')).toBe(true);
    expect(restated?.rest).not.toContain('63');
    expect(
      restatedFigureClause(foldText('63% would switch — and what is that number actually about?'), false),
    ).toBe(undefined);
    expect(
      restatedFigureClause(foldText('63% would switch, but how many actually did? the key says 49'), true),
    ).toBe(undefined);
  });

  it('answers the neighbour asked, in three languages', async () => {
    const engine = await shippedEngine();
    expectAnsweredFirst(engine, [
      [
        'burnout stat: i have the 63% more likely to take a sick day. what was the other one, about looking for another job?',
        'stat-burnout-2-6x-job-search-s002b',
      ],
      [
        'przy wypaleniu bylo ze 63% czesciej biora L4 — a ile razy czesciej szukaja innej roboty?',
        'stat-burnout-2-6x-job-search-s002b',
      ],
      [
        'про выгорание помню что на 63% чаще берут больничный. а во сколько раз чаще они ищут другую работу?',
        'stat-burnout-2-6x-job-search-s002b',
      ],
      // "a second number" asked after the figure the asker knows (round 109)
      [
        'i know burnt out staff are 63% more likely to call in sick, but there was a second burnout number about quiting / job hunting, what was it?',
        'stat-burnout-2-6x-job-search-s002b',
      ],
    ]);
  });
});
