// What session 46 learned from round 87: a quote the asker means to cite ("a do/don't I can quote in feedback") asks
// for no quote, and "czy w ogóle powinniśmy…" asks whether to act, as "should we" does.
import { describe, expect, it } from 'vitest';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { expectAnsweredFirst, shippedEngine } from '../fixtures/engines.js';

describe('the asker quoting something', () => {
  it('asks no quote when the asker will quote the answer', () => {
    expect(kindsAskedFor('Did the guide have a do/don’t I can quote in feedback?')).not.toContain('quote');
    expect(kindsAskedFor('something to quote at the team meeting about callbacks')).not.toContain('quote');
    // a quote asked is still one
    expect(kindsAskedFor('is there a quote about losing customers?')).toContain('quote');
  });

  it('answers the guide’s rule on logging callbacks asked for a quotable do/don’t', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        "QA reviewer: I keep flagging agents who don't write anything down after a callback. Did the guide have a do/don't on that I can quote in feedback?",
        'tip-document-follow-up-interactions-s002b',
      ],
    ]);
  });
});

describe('a Polish "should we"', () => {
  it('reads "czy powinniśmy" as a tip asked', () => {
    expect(kindsAskedFor('czy w ogole powinnismy go mierzyc')).toContain('tip');
    expect(kindsAskedFor('Czy naprawdę powinniśmy oddzwaniać do każdego klienta?')).toContain('tip');
  });

  it('answers whether NPS is worth measuring', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'czy w bazie jest cos o NPS? czy w ogole powinnismy go mierzyc',
        'tip-measure-nps-with-a-purpose-s000',
      ],
    ]);
  });
});
