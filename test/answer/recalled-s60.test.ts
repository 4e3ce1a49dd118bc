// What session 60 learned from rounds 160-162 (the job interview and the pasted email, third askers): an ask told
// before a pasted message or a story ("what does Gartner say…? the client wrote: …"), and an ask without a question
// mark in the middle of a story ("I'd like to quote what share of…"), were drowned by the words around them; and an
// asker's workplace named with a possessive ("the hotel group's interviewer asked me") or as the place of a job
// interview was read as a trade whose figure is asked. And a mystery shopper's use, asked indirectly, got its definition.
import { describe, expect, it } from 'vitest';
import { askAfterStory } from '../../src/answer/ask-after-story.js';
import { foldText } from '../../src/answer/normalize.js';
import { WHAT_IT_CHECKS } from '../../src/answer/purpose-cues.js';
import { expectDeclined, shippedEngine } from '../fixtures/engines.js';

const engine = await shippedEngine();

describe('the ask before a story, and the ask without a question mark', () => {
  it('reads the asking sentences alone when a story of their own follows them', () => {
    expect(
      askAfterStory(
        'what does Gartner say about what companies now compete on? the client wrote: honestly your scooters are no better than the other three brands',
      ),
    ).toBe('what does Gartner say about what companies now compete on?');
    // A second ask after the first stays with it, with or without its mark.
    expect(
      askAfterStory(
        'how did the Comcast cancellation call end? fired the agent or not, we are arguing about it in the team all week',
      ),
    ).toBeUndefined();
    // A short remainder is more of the ask, not a story.
    expect(
      askAfterStory('is there a Polish figure for the 63% who would switch? like for 2024, or Europe'),
    ).toBe(undefined);
    // No question mark: the last sentence holding an asking word, alone.
    expect(
      askAfterStory(
        'My new boss hinted they lose many regulars without a word. I want to quote what share of unhappy customers go to a rival. I will also bring notes on refunds.',
      ),
    ).toBe('I want to quote what share of unhappy customers go to a rival.');
    expect(
      askAfterStory('A long story with no ask in it at all, told to the bot. Just that, nothing more.'),
    ).toBeUndefined();
  });

  it('answers such an ask, as unsure, where the whole message was declined', () => {
    const cases = [
      [
        'what does Gartner say about what companies now compete on? the client wrote: honestly your scooters are no better than the other three brands, I only stayed because of your support team and now even that has gone downhill',
        ['stat-gartner-89-percent-compete-on-service-s000'],
      ],
      [
        "I start at the bike rental desk next week and the hiring manager already hinted they lose a lot of regulars without ever hearing why, mostly after late repairs and rude phone calls. I'd like to quote what share of disappointed customers quietly move to a competitor. I'll also bring a few notes on refunds and follow-up calls.",
        ['stat-66-percent-switch-to-competitor-s000'],
      ],
    ] as const;
    for (const [question, ids] of cases) {
      const result = engine.answer({ question });
      expect(ids, question).toContain(result.answers[0]?.entry.id);
      expect(result.certainty, question).toBe('unsure');
    }
  });

  it('keeps declining a detail no entry tells, asked after the first ask without a mark', () => {
    expectDeclined(engine, [
      'how did the Comcast cancellation call end? fired the agent or not, we are arguing about it in the team all week',
      'is there a Polish figure for the 63% who would switch brands? like for 2024, or at least Europe',
    ]);
  });
});

describe("the asker's workplace", () => {
  it("reads a trade named with a possessive, or as a job interview's place, as the asker's own", () => {
    const complain = [
      'stat-only-1-in-26-complain-s000',
      'stat-1-in-26-complain-s002a',
      'stat-about-4-percent-complain-s001',
    ];
    const cases = [
      [
        "The hotel chain's recruiter asked me: 'Out of how many unhappy guests does only one speak up?' What was the right answer?",
        complain,
      ],
      [
        'Tomorrow I have my interview at the pharmacy chain, what share of customers switch brands after bad service?',
        ['stat-63-percent-would-switch-brand-s002a', 'stat-49-percent-switched-last-year-s002a'],
      ],
    ] as const;
    for (const [question, ids] of cases) {
      const result = engine.answer({ question });
      expect(result.answered, question).toBe(true);
      expect(ids, question).toContain(result.answers[0]?.entry.id);
    }
  });

  it("still declines a figure asked for a trade's own customers", () => {
    expectDeclined(engine, [
      "What % of the hotel group's guests complain?",
      'What share of hotel guests complain after a bad stay?',
    ]);
  });
});

describe('what a mystery shopper is used for (rounds 160-161)', () => {
  it("reads an indirect ask of what a practice checks, or what it is used for, as the tip's ask", () => {
    const asks = [
      'I want to ask candidates what a mystery shopper would check in our store',
      'are mystery shoppers used for anything besides checking our own staff?',
      'do czego firmy w ogóle wykorzystują tajemniczego klienta?',
      'какие стороны обслуживания тайный покупатель обычно оценивает?',
      // what the company gets out of it (round 163)
      'и что компания с этого получает?',
    ];
    for (const ask of asks) expect(WHAT_IT_CHECKS.test(foldText(ask)), ask).toBe(true);
    for (const ask of [
      'what is a mystery shopper?',
      'kim jest tajemniczy klient?',
      'кто такой тайный покупатель?',
    ])
      expect(WHAT_IT_CHECKS.test(foldText(ask)), ask).toBe(false);
  });

  it('answers the tip for its use and the definition for what it is', () => {
    const cases = [
      ['what is a mystery shopper?', 'def-mystery-shopper-s004'],
      ['kim jest tajemniczy klient?', 'def-mystery-shopper-s004'],
      [
        'какие стороны работы магазина тайный покупатель чаще всего оценивает?',
        'tip-use-mystery-shoppers-s004',
      ],
      [
        'are mystery shoppers used for anything besides checking our own staff?',
        'tip-use-mystery-shoppers-s004',
      ],
    ] as const;
    for (const [question, id] of cases)
      expect(engine.answer({ question }).answers[0]?.entry.id, question).toBe(id);
  });
});

describe('advertising the usual way (round 164)', () => {
  it('reads normal, ordinary or conventional ads as the traditional advertising the tip names, in three languages', () => {
    const tip = 'tip-earn-recommendations-s003';
    const cases = [
      ['What do the articles say about recommendations compared with normal advertising?', tip],
      ['co artykuły mówią o poleceniach w porównaniu ze zwykłą reklamą?', tip],
      ['что в статьях про рекомендации по сравнению с обычной рекламой?', tip],
      // an ordinary customer is still the one a mystery shopper poses as
      ['someone who acts like a normal customer and checks the shop', 'def-mystery-shopper-s004'],
    ] as const;
    for (const [question, id] of cases) {
      const result = engine.answer({ question });
      expect(result.answered, question).toBe(true);
      expect(result.answers[0]?.entry.id, question).toBe(id);
    }
  });
});
