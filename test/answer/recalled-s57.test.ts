// What session 57 learned from rounds 143 (the case for a change) and 144 (voice messages): KPIs and CSAT as speech
// spells them ("kay pee eyes", "see sat"), an owner who wants something as who the answer is for (asker-words.ts), a
// checklist the asker must make as the purpose of the ask, a figure asked for the Nordics or "na Ukrainie", and the
// argument for a change ("what's the argument", "the case against", "the biz case") as no term and no story; and from
// round 145 (the doubter): a year the asker checks ("that was 2018 right?") as a misremembered date, and "sounds made
// up to me" as a doubt, no sequel asked; who wrote a line as a quote asked; "pharmacy line here" as the asker's own
// trade; a sequel claimed ("Comcast fired the agent") as one asked; and from round 146 (the search box): a company's
// share price as a finding no entry but United's holds, and a job search as looking for another job; and from round
// 147 (our own numbers): the figure of the period before as one no entry gives, "going by the articles" as "by", the
// asker's own sum as no formula asked, and a channel beside the asker's own numbers as theirs; and from round 148 (the
// quiz builder): the right answer asked with wrong ones as a quiz's wrapping, and "który to był rok" as the year asked;
// and from round 149: "Is 2018 the right year?" as a year checked, and where a quoted line comes from as its source.
import { describe, expect, it } from 'vitest';
import { withSpeltAcronyms } from '../../src/answer/spelt-letters.js';
import { askerWords } from '../../src/answer/asker-words.js';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { withoutQuizWrapping } from '../../src/answer/quiz-frame.js';
import { notFocusWords } from '../../src/answer/not-focus.js';
import { statesOwnQuantity } from '../../src/answer/own-quantities.js';
import { withoutAskerPurpose } from '../../src/answer/asker-purpose.js';
import { anyCountryAsked } from '../../src/answer/countries.js';
import { foldText } from '../../src/answer/normalize.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { checksYear } from '../../src/answer/misdated-episode.js';
import { detailsAsked } from '../../src/answer/detail-asks.js';
import { expectAnsweredFirst, expectDeclined, shippedEngine } from '../fixtures/engines.js';

describe('acronyms spelt with a plural or a syllable', () => {
  it('reads "kay pee eyes" as KPIs and "see sat" as CSAT, and leaves ordinary words alone', () => {
    expect(withSpeltAcronyms('what kay pee eyes should we track, see sat?', new Set(['kpi']))).toBe(
      'what KPIs should we track, CSAT?',
    );
    expect(withSpeltAcronyms('си сат это что', new Set())).toBe('CSAT это что');
    expect(withSpeltAcronyms('i see eyes everywhere', new Set(['kpi']))).toBe('i see eyes everywhere');
    expect(withSpeltAcronyms('we sat down', new Set())).toBe('we sat down');
  });

  it('answers a dictated question about KPIs with the tip on which service metrics to review', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'what kay pee eyes should we track for service is it like response time and see sat and what else',
        'tip-define-review-service-metrics-s002b',
      ],
    ]);
  });
});

describe('an owner who wants or asks something is who the answer is for', () => {
  it('reads the owner in "the bakery owners wants to hire one", "właściciel piekarni chce", "владелец сети просит" as the asker', () => {
    expect(askerWords('one of the bakery owners wants to hire one')).toContain('owners');
    expect(askerWords('wlasciciel piekarni chce zatrudnic')).toContain('wlasciciel');
    expect(askerWords('владелец сети просит объяснить')).toContain('владелец');
    expect(askerWords('who is the owner of zappos')).not.toContain('owner');
  });

  it('answers what a mystery shopper is when an owner wants one, and still declines who owns Zappos', async () => {
    const engine = await shippedEngine();
    expectAnsweredFirst(engine, [
      [
        'whats a mystery shopper exactly um one of the bakery owners wants to hire one',
        'def-mystery-shopper-s004',
      ],
    ]);
    expectDeclined(engine, ['who is the owner of zappos', 'who founded zappos, my boss asks']);
  });
});

describe('a checklist to make is the purpose of the ask', () => {
  it('drops "нам для пекарен франшизы надо чек лист составить" and "we need to make a checklist for the bakeries"', () => {
    expect(
      withoutAskerPurpose(
        'что оценивает тайный покупатель, нам для пекарен франшизы надо чек лист составить',
      ),
    ).not.toMatch(/пекарен|чек/u);
    expect(
      withoutAskerPurpose('what does a mystery shopper look at, we need to make a checklist'),
    ).not.toMatch(/checklist/u);
  });

  it('answers what a mystery shopper rates asked for a checklist with the mystery-shopping tip', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'что именно оценивает тайный покупатель когда приходит в точку ну по пунктам нам для пекарен Франшизы надо чек лист составить',
        'tip-use-mystery-shoppers-s004',
      ],
    ]);
  });
});

describe('a figure asked for a country no entry counts', () => {
  it('reads Norway, Sweden, Denmark and "na Ukrainie" as a country asked', () => {
    for (const question of [
      'the same number for Norway or Sweden',
      'ile procent klientów zmienia markę w Norwegii',
      'какой процент в Дании',
      'ile to wynosi na Ukrainie',
    ])
      expect(anyCountryAsked(foldText(question)), question).toBe(true);
    expect(anyCountryAsked(foldText('what share of customers switch after bad service'))).toBe(false);
  });

  it('declines the switching figures asked for the Nordics or Ukraine, and answers them asked plainly', async () => {
    const engine = await shippedEngine();
    expectDeclined(engine, [
      "the 63% who'd switch brands stat is US and UK right? do we have the same number for Norway or Sweden",
      'Te 66% co przechodzi do konkurencji – ile to wynosi na Ukrainie?',
      'ile procent klientów zmienia markę w Czechach',
    ]);
    expectAnsweredFirst(engine, [
      ['what % of customers switch brand after bad service', 'stat-63-percent-would-switch-brand-s002a'],
    ]);
  });
});

describe('the argument for a change is no term and no story', () => {
  it('reads no definition and no case in "what\'s the argument", "whats the case against?", "what\'s the biz case?"', () => {
    for (const question of [
      "what's the argument",
      'whats the case against?',
      "what's the biz case?",
      'whats the strongest argument??',
    ]) {
      const kinds = kindsAskedFor(question);
      expect(kinds.has('definition'), question).toBe(false);
      expect(kinds.has('case'), question).toBe(false);
    }
    expect(kindsAskedFor('what is the comcast case').has('case')).toBe(true);
    expect(kindsAskedFor('what is churn').has('definition')).toBe(true);
  });

  it('answers a change argued for with the fact that backs it', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        "I want to make returning a rented sofa way simpler, one form, no arguing about pickup fees. what's the biz case?",
        'tip-make-returns-easy-s002b',
      ],
      [
        'regional boss wants to park all retention stuff this quarter and put the whole budget into new-customer promos. whats the counterargument',
        'stat-retention-6x-cheaper-s001',
      ],
    ]);
  });
});

describe('a claim doubted (round 145)', () => {
  it('reads a year the asker checks, near or far, but not a year asked for', () => {
    expect(checksYear('the Ryan Block call, that was 2018 right?')).toBe(true);
    expect(checksYear("Delta's outage, was it 2019?")).toBe(true);
    expect(checksYear('Czy to był na pewno 2019?')).toBe(true);
    expect(checksYear('это точно было в 2018?')).toBe(true);
    expect(checksYear('how many switched brand in 2019?')).toBe(false);
    expect(checksYear('that was right')).toBe(false);
  });

  it('answers an episode misdated by a few years when the year is checked, and declines another episode', async () => {
    const engine = await shippedEngine();
    expectAnsweredFirst(engine, [
      [
        "gym membership support: the Ryan Block call where Comcast wouldn't let him cancel, that was 2018 right?",
        'case-ryan-block-comcast-s002b',
      ],
    ]);
    // the outage's case or its cancelled flights, both of 2016, correct the year
    const delta = engine.answer({
      question:
        'Trener od CX mówił, że awaria systemu w Delta Airlines w 2019 roku odwołała tysiące lotów. Czy to był na pewno 2019?',
    });
    expect(delta.answered).toBe(true);
    expect([
      'case-delta-airlines-2016-outage-s002a',
      'stat-delta-2016-2300-flights-cancelled-s002a',
    ]).toContain(delta.answers[0]?.entry.id);
    expectDeclined(engine, ['the delta outage was in 2024, right?', 'Delta 2024 outage, what happened']);
  });

  it('reads "sounds made up to me" as a doubt, no sequel asked', async () => {
    expect(
      detailsAsked('prove it: half of customers decide after one call? sounds made up to me')?.aftermath,
    ).not.toBe(true);
    expect(detailsAsked('comcast made it up to him later, right?')?.aftermath).toBe(true);
    expectAnsweredFirst(await shippedEngine(), [
      [
        'prove it: more than half of customers decide whether to buy after a single attempt to get through to support by phone? sounds made up to me',
        'stat-half-decide-after-one-call-s001',
      ],
    ]);
  });

  it('reads who wrote a line as a quote asked, and who ran a study as no quote', () => {
    expect(kindsAskedFor('Kto jest autorem tekstu "jak ty nie zadbasz o klienta"?').has('quote')).toBe(true);
    expect(kindsAskedFor('кто автор фразы про конкурентов').has('quote')).toBe(true);
    expect(kindsAskedFor('Kierownik przypisuje to Jobsowi').has('quote')).toBe(true);
    expect(kindsAskedFor("who's the author of the 4.7 trillion study").has('quote')).toBe(false);
    expect(kindsAskedFor('jakie straty przypisuje się słabej obsłudze').has('quote')).toBe(false);
  });

  it('answers a line put down to the wrong man with its speaker, and a team naming itself "here" with the figure', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'Kto jest autorem tekstu "jak ty nie zadbasz o klienta, to zadba o niego konkurencja"? Kierownik przypisuje to Steve\'owi Jobsowi, mam wątpliwości.',
        'quote-bob-hooey-competitor-will-s002b',
      ],
      [
        'pharmacy line here - is it true around 76% of customers treat polite, competent phone staff as a must-have?',
        'stat-76-percent-want-polite-competent-staff-s001',
      ],
    ]);
  });

  it('declines a sequel claimed ("heard Comcast fired the agent…, is that true?"), which no entry tells', async () => {
    expectDeclined(await shippedEngine(), [
      "heard Comcast fired the agent who wouldn't let Ryan Block cancel his subscription. is that true?",
    ]);
  });
});

describe('the search box (round 146)', () => {
  it("declines a company's share price, which no entry but United's fall in market value tells", async () => {
    const engine = await shippedEngine();
    expectDeclined(engine, ['comcast kurs akcji', 'market capitalisation of zappos']);
    expectAnsweredFirst(engine, [
      [
        'o ile spadł kurs akcji United po aferze z pasażerem',
        'stat-united-airlines-1-billion-market-value-s002a',
      ],
    ]);
  });

  it('reads a job search as looking for another job ("поиск другой работы", "poszukiwanie innej pracy")', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      ['burnout операторов поиск другой работы', 'stat-burnout-2-6x-job-search-s002b'],
      ['wypalenie poszukiwanie innej pracy', 'stat-burnout-2-6x-job-search-s002b'],
    ]);
  });
});

describe('our own numbers (round 147)', () => {
  it('declines the figure of the period before ("the year before", "a rok wcześniej?", "а годом ранее?")', async () => {
    const engine = await shippedEngine();
    expectDeclined(engine, [
      'The guide says 49% switched brand in the past year — what was that figure the year before? We want to set it against our 7% churn.',
      'ile procent zmieniło markę, a rok wcześniej?',
      'сколько процентов сменили бренд, а годом ранее?',
    ]);
    expectAnsweredFirst(engine, [
      ['what % switched brand in the past year', 'stat-49-percent-switched-last-year-s002a'],
    ]);
  });

  it('reads "going by the articles" as "by the articles": no word of the ask', async () => {
    const engine = await shippedEngine();
    const plain = engine.answer({
      question: 'angry guests, how many people will they tell, by the figure in the articles?',
    });
    const going = engine.answer({
      question: 'angry guests, how many people will they tell, going by the figure in the articles?',
    });
    expect(going.answers[0]?.entry.id).toBe('stat-unhappy-customers-tell-15-s000');
    expect(going.confidence).toBeCloseTo(plain.confidence ?? 0, 3);
  });

  it("reads the asker's own sum as no formula asked, and a channel beside the asker's own numbers as theirs", async () => {
    expect(notFocusWords('Policzyłem: 26 osób × 15 = 390. Czy dobrze rozumiem moje obliczenie?')).toContain(
      'policzylem',
    );
    expect(notFocusWords('Я посчитал: вернутся примерно 440 человек')).toContain('посчитал');
    expect(notFocusWords('how is the churn rate calculated?').size).toBe(0);
    expect(statesOwnQuantity(foldText('В чате за месяц 900 покупателей получили подбор корма'))).toBe(true);
    expect(statesOwnQuantity(foldText('Na czacie mieliśmy w październiku ok. 150 klientów'))).toBe(true);
    expect(statesOwnQuantity(foldText('what % of chat customers complain'))).toBe(false);
    const engine = await shippedEngine();
    expectAnsweredFirst(engine, [
      [
        'В чате за месяц 900 покупателей получили персональный подбор корма под породу. Я посчитал: раз 44% склонны стать повторными покупателями после персонализированного опыта, вернутся примерно 440 человек. Проверьте, пожалуйста.',
        'stat-44-percent-repeat-buyers-personalisation-s002a',
      ],
    ]);
    expectDeclined(engine, ['we have 300 customers in Germany, what % of German customers complain?']);
  });
});

describe('the quiz builder (round 148)', () => {
  it('drops "the right answer and two wrong ones" asked for a quiz in three languages', () => {
    expect(
      withoutQuizWrapping(
        'how long was the Zappos call? Give me the right answer and two wrong ones that sound believable.',
      ),
    ).not.toMatch(/wrong|believable/u);
    expect(
      withoutQuizWrapping('Podaj poprawną odpowiedź i dwie błędne, ale wiarygodne: ile trwała rozmowa?'),
    ).not.toMatch(/błędne/u);
    expect(
      withoutQuizWrapping('Подскажите правильный вариант и два убедительных неверных к вопросу'),
    ).not.toMatch(/неверных/u);
    expect(withoutQuizWrapping("what's the right answer to this one")).toBe(
      "what's the right answer to this one",
    );
  });

  it('answers the quiz question asked with its wrong options wanted, and declines a year the entry does not give', async () => {
    const engine = await shippedEngine();
    expectAnsweredFirst(engine, [
      [
        'Building a quiz for the concert hall box office: how long was the record Zappos customer service call? Give me the right answer and two wrong ones that sound believable.',
        'stat-zappos-call-10-hours-43-minutes-s002a',
      ],
      ['какой это был год, когда у Delta упала система?', 'case-delta-airlines-2016-outage-s002a'],
    ]);
    expectDeclined(engine, [
      'ktory to byl rok ten incydent united airlines z wyciaganiem pasazera z samolotu? 2015 czy 2017?',
    ]);
  });
});

describe('the doubter again (round 149)', () => {
  it('reads "Is 2018 the right year?" and "was it 2018 or…" as a year checked, and a quoted line\'s origin as no place', async () => {
    expect(checksYear('Is 2018 the right year?')).toBe(true);
    expect(checksYear('Was it 2018 or is she mixing up the year?')).toBe(true);
    expect(
      askedValues(
        "Where does the line 'it takes months to find a customer and seconds to lose one' come from?",
      ),
    ).not.toContain('place');
    expect(askedValues('where was the passenger dragged off the plane?')).toContain('place');
    const engine = await shippedEngine();
    expectAnsweredFirst(engine, [
      [
        'Our baggage supervisor says the Delta systems meltdown in 2018 cancelled about 2,300 flights. Is 2018 the right year?',
        'stat-delta-2016-2300-flights-cancelled-s002a',
      ],
      [
        "Where does the line 'it takes months to find a customer and seconds to lose one' come from? Someone stuck it on the break room wall with no name.",
        'quote-lombardi-months-to-find-seconds-to-lose-s002b',
      ],
    ]);
    expectDeclined(engine, ['Delta 2024 outage, was it 2024 or 2025?']);
  });
});
