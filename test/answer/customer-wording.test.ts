// A customer's own word reported before the term asked ("customer keeps saying … meaning?") is where the asker met
// the term, not what is asked: the reporting words are dropped, so the definition is answered.
import { describe, expect, it } from 'vitest';
import { withoutCustomerWording } from '../../src/answer/customer-wording.js';
import { engineOver, expectAnsweredFirst } from '../fixtures/engines.js';
import { oneIn26, shopperDef, shopperTip, switchSurvey } from '../fixtures/story-entries.js';

const engine = engineOver([shopperDef, shopperTip, oneIn26, switchSurvey]);

describe("a customer's own wording reported", () => {
  it('is dropped in three languages, typed with or without diacritics', () => {
    for (const [q, left] of [
      ['customer keeps saying 2.5G... meaning?', '2.5G... meaning?'],
      ['the caller used the term NPS, what is it?', ', what is it?'],
      ['klient ciągle pisze o NPS, co to?', 'NPS, co to?'],
      ['klient ciagle pisze o NPS, co to?', 'NPS, co to?'],
      ['Клиент всё время твердит про NPS, что это?', 'NPS, что это?'],
      ['клиент употребил слово churn — что это?', 'churn — что это?'],
    ] as const)
      expect(withoutCustomerWording(q).trim(), q).toContain(left);
    expect(withoutCustomerWording('the caller used the term NPS, what is it?')).not.toMatch(
      /caller|used|term/,
    );
    // the term first, the customer after
    for (const q of [
      'co to w ogole jest to 2,5G o ktorym pisze klient?',
      'что такое 2.5G, о котором пишет клиент?',
      'what is the 2.5G that the customer keeps mentioning?',
    ])
      expect(withoutCustomerWording(q), q).not.toMatch(/klient|клиент|customer/);
  });

  it('leaves what customers in general say, which is a finding asked about', () => {
    for (const q of [
      'how many customers say they would switch after bad service?',
      'ilu klientów mówi, że odejdzie?',
      'сколько клиентов говорят, что уйдут?',
      'what does the term mystery shopper mean?',
      // a complaint quoted, not a wording reported: "he was talking about" names no word
      '> your agent had no idea what he was talking about\n\nwhat % of customers say polite operators are a must-have?',
    ])
      expect(withoutCustomerWording(q), q).toBe(q);
  });

  it('leaves the definition of the term answered', () => {
    expectAnsweredFirst(engine, [
      ['customer keeps saying "mystery shopper"... meaning?', shopperDef.id],
      ['klient ciagle powtarza tajemniczy klient, co to znaczy?', shopperDef.id],
      ['клиентка всё время твердит про тайного покупателя, что это?', shopperDef.id],
    ]);
  });
});
