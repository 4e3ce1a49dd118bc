// What session 56 learned from round 138 (decisions, a fourth time): a value asked with "what is … worth" read as a
// term to define, and an airline called by its other Russian name ("авиаперевозчик").
import { describe, expect, it } from 'vitest';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { expectAnsweredFirst, shippedEngine } from '../fixtures/engines.js';

describe('"what is … worth" asks a value, not a definition', () => {
  it('reads no definition asked in "whats worth more" and "what is a loyal customer worth", and one in "what is a mystery shopper"', () => {
    expect(kindsAskedFor('whats worth more: a new customer or a loyal one?').has('definition')).toBe(false);
    expect(kindsAskedFor('what is a loyal customer worth').has('definition')).toBe(false);
    expect(kindsAskedFor('what is a mystery shopper').has('definition')).toBe(true);
  });

  it('answers the first basket weighed against a loyal customer with what a loyal customer is worth', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        "whats worth more: a new customer's first basket or one loyal customer over time? need a multiplier for the budget deck",
        'stat-loyal-customer-worth-10x-s001',
      ],
      ['what is a loyal customer worth', 'stat-loyal-customer-worth-10x-s001'],
    ]);
  });
});

describe('"авиаперевозчик" is an airline', () => {
  it('answers an outage at an air carrier with the Delta case', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      ['был пример со сбоем у авиаперевозчика?', 'case-delta-airlines-2016-outage-s002a'],
      [
        'что обойдется дороже — менять систему продажи ски-пассов сейчас, до сезона, или дотянуть на старой, пока не ляжет? был пример со сбоем у авиаперевозчика',
        'case-delta-airlines-2016-outage-s002a',
      ],
    ]);
  });
});
