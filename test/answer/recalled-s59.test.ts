// What session 59 learned from rounds 155 and 156 (the threat and Discord-native, second askers): a long story before
// a short ask drowned the ask, and the message was declined although the ask alone names its entry. The ask read
// alone after the story is the answer, never a sure one (ask-after-story.ts). And from round 157 (the pasted email):
// the agent's ask set off by dashes inside a pasted email is read alone, without the email around it; and from round
// 159 (the pasted email again): there its unsure answer is taken too, when fairly likely.
import { describe, expect, it } from 'vitest';
import { askAfterStory } from '../../src/answer/ask-after-story.js';
import { expectAnsweredFirst, expectDeclined, shippedEngine } from '../fixtures/engines.js';

const engine = await shippedEngine();

describe('the ask after a story (rounds 155-156)', () => {
  it('reads the message from its first asking sentence on, and only after a story of its own', () => {
    expect(
      askAfterStory(
        'Customer called about an oven, the first agent told him the part was not covered, he paid a repairman and now says he will tell his whole building. Is there a stat on this? He is waiting on hold.',
      ),
    ).toBe('Is there a stat on this? He is waiting on hold.');
    // A second ask after the first stays with it: both are asked.
    expect(
      askAfterStory(
        'We had the Comcast story in training today and the new hires loved it a lot. What happened after it? Did they fire the rep?',
      ),
    ).toBe('What happened after it? Did they fire the rep?');
    // A mention starts the ask after a pasted message.
    expect(
      askAfterStory(
        "> if nobody complains it means everyone's happy — our shift lead @cs-coach how many complain?",
      ),
    ).toBe('@cs-coach how many complain?');
    expect(askAfterStory('How many customers complain? Asking for the weekly report.')).toBeUndefined();
    // In a pasted email the dashes set the ask off, and the email's own lines after it are left out.
    expect(
      askAfterStory(
        "Dear Bookings, I came to your open day on Sunday and the hall wasn't tidy — what does a mystery shopper check? my boss wants one — I'm comparing three venues. Best, Olivia",
      ),
    ).toBe('what does a mystery shopper check?');
    // "you're", "from" and "best" in a chat line are no email's marks: its dash does not break.
    expect(
      askAfterStory(
        "you're right, the best figure from the articles — what do they say about churn? ok thanks a lot",
      ),
    ).toBeUndefined();
    // Without an email a dash does not break: the words before it may be the topic asked.
    expect(
      askAfterStory(
        'Delta CrowdStrike outage July 2024, the big one last summer — how many flights cancelled?',
      ),
    ).toBeUndefined();
    expect(
      askAfterStory('A long story with no question mark at all, told to the bot. Just that.'),
    ).toBeUndefined();
    expect(askAfterStory('Quick one. How many customers complain when they are unhappy?')).toBeUndefined();
  });

  it('answers the ask a story drowned, as unsure, with the entry the ask alone names', () => {
    const cases = [
      [
        "Customer called about an oven that stopped heating, and the first agent wrongly told him the part wasn't covered by warranty. He paid a local repairman, then found out it was covered, and now says he'll report us and tell his whole building. Is there a stat on how much an agent's knowledge affects how people see the brand? He's waiting on hold.",
        'stat-62-percent-rep-knowledge-brand-perception-s002a',
      ],
      [
        'Dzień dobry, sytuacja z dziś: klientka zamówiła sukienkę na wesele, przyszła w złym rozmiarze, wymiana nie dotarła na czas, a ja dostałam całą historię na czacie. Zapowiada, że od jutra kupuje tylko u konkurencji. Ilu konsumentów deklaruje zmianę marki przez złą obsługę i ilu naprawdę to zrobiło w ostatnim roku? Kierowniczka chce to wiedzieć przed rozmową z nią.',
        'stat-49-percent-switched-last-year-s002a',
      ],
      [
        "Dear Bookings, I came to your open day on Sunday and must say the greeting was cold, the hall wasn't tidy and nobody could tell me the catering prices — what does a mystery shopper actually check during a visit? my boss wants to hire one — I'm comparing three venues for June and yours was the weakest. Best, Olivia",
        'tip-use-mystery-shoppers-s004',
      ],
      [
        "> if nobody complains it means everyone's happy 🙂 — our bookshop shift lead, this morning @cs-coach how many customers actually speak up when they're unhappy?",
        'stat-about-4-percent-complain-s001',
      ],
    ] as const;
    for (const [question, id] of cases) {
      const result = engine.answer({ question });
      expect(result.answers[0]?.entry.id, question).toBe(id);
      expect(result.certainty, question).toBe('unsure');
      expect(result.query, question).toBe(question);
      expect(
        result.closest.map((c) => c.entry.id),
        question,
      ).not.toContain(id);
    }
  });

  it('keeps declining when the ask alone is not sure, or a second ask after it is one no entry answers', () => {
    const declined = [
      // The ask alone is the Comcast case; what became of the agent is told by no entry.
      'We retold the Comcast cancellation call at training today and everybody laughed a lot. Whatever happened after the Ryan Block call? Did Comcast fire the rep?',
      // The story is chit-chat, and the ask after it says nothing alone.
      'Sąsiad z góry od tygodnia wierci od rana, a ja mam jutro rozmowę na infolinii. Co mogę zrobić?',
      // The ask alone is off the subject.
      'Klientka grozi, że napisze do prasy, a szef każe mi się tym zająć do piątku. Ile kosztuje ogłoszenie w lokalnej gazecie?',
    ];
    for (const question of declined) expect(engine.answer({ question }).certainty, question).toBe('declined');
  });
});

describe("the asker's own life (round 158)", () => {
  it("declines a neighbour's noise and what to wear to an interview, in three languages", () => {
    expectDeclined(engine, [
      'My neighbour keeps drilling and hammering at 6am, I have an interview at the helpdesk tomorrow. Any way to make him stop?',
      'Sąsiad z góry od tygodnia wierci od rana, a ja mam jutro rozmowę na infolinii. Co mogę zrobić?',
      'Сосед сверлит с семи утра, а у меня завтра собеседование в поддержку. Как его остановить?',
      'What should I wear to an interview for a support desk job?',
      'Co założyć na rozmowę kwalifikacyjną na konsultanta?',
      'Что надеть на собеседование в колл-центр?',
    ]);
  });

  it('still answers an ask of the articles that names a neighbour or an interview', () => {
    expectAnsweredFirst(engine, [
      [
        'Interview tomorrow for a support job: what is a mystery shopper, in one sentence?',
        'def-mystery-shopper-s004',
      ],
    ]);
  });
});

describe('the ask in a pasted email (round 159)', () => {
  it("answers the asker's own ask after the email's sign-off, unsure, even when the ask alone is not sure", () => {
    const question =
      'Re: Re: reklamacja nr 2291/E — Szczerze mówiąc, Wasz rower niczym się nie różni od trzech innych marek w tej cenie, zostałem przy Was tylko przez serwis, a teraz i on zawodzi. Z poważaniem, Adam Wróbel — co mówił Gartner o tym, czym firmy dziś ze sobą konkurują?';
    const alone = engine.answer({ question: 'co mówił Gartner o tym, czym firmy dziś ze sobą konkurują?' });
    expect(alone.certainty).toBe('unsure');
    const result = engine.answer({ question });
    expect(result.answers[0]?.entry.id).toBe('stat-gartner-89-percent-compete-on-service-s000');
    expect(result.certainty).toBe('unsure');
  });

  it('keeps declining an off-topic email whose bare ask is only weakly matched', () => {
    expectDeclined(engine, [
      '-----Original Message----- From: OfficeSupplies Ltd Subject: Delivery of 12 ergonomic chairs > Your delivery slot is Tuesday 8-12. Regards, Dispatch — who on our floor should sign for this?',
    ]);
  });
});
