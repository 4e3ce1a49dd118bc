// What session 57 learned from rounds 143 (the case for a change) and 144 (voice messages): KPIs and CSAT as speech
// spells them ("kay pee eyes", "see sat"), an owner who wants something as the asker's client rather than a name asked,
// a checklist the asker must make as the purpose of the ask, and a figure asked for a country no entry counts (Norway,
// Sweden, Czechia, "na Ukrainie"), and the argument for a change ("what's the argument", "the case against", "the biz
// case") as no term to define and no story.
import { describe, expect, it } from 'vitest';
import { withSpeltAcronyms } from '../../src/answer/spelt-letters.js';
import { notFocusWords } from '../../src/answer/not-focus.js';
import { withoutAskerPurpose } from '../../src/answer/asker-purpose.js';
import { anyCountryAsked } from '../../src/answer/countries.js';
import { foldText } from '../../src/answer/normalize.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
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
  it('reads no attribute in "the bakery owners wants to hire one", "właściciel piekarni chce", "владелец сети просит"', () => {
    expect(notFocusWords('one of the bakery owners wants to hire one')).toContain('owners');
    expect(notFocusWords(foldText('właściciel piekarni chce zatrudnić'))).toContain('wlasciciel');
    expect(notFocusWords('владелец сети просит объяснить')).toContain('владелец');
    expect(notFocusWords('who is the owner of zappos')).not.toContain('owner');
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
  it('reads Norway, Sweden, Czechia, Spain and "na Ukrainie" as a country asked', () => {
    for (const question of [
      'the same number for Norway or Sweden',
      'ile procent klientów zmienia markę w Czechach',
      'какой процент в Испании',
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
