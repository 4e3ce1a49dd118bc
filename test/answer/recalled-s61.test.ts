// What session 61 learned from rounds 163-166 (the newcomer from another trade, the quality reviewer, the public
// reply): a meme told of in a story ruled out every entry as chit-chat; "what was it with X" with a pronoun between
// ("что у него с комкастом было") was no case asked; "…say 2.5G on the box" made "box" a subject every entry must
// hold; "how companies rate their own service and how customers rate it" asked only the companies' view; "щитают" was
// no word the bot knew.
import { describe, expect, it } from 'vitest';
import { asksChitChat } from '../../src/answer/chit-chat.js';
import { stanceAsked } from '../../src/answer/figure-stance.js';
import { asksWhatLawSays } from '../../src/answer/law-asks.js';
import { foldText } from '../../src/answer/normalize.js';
import { expectDeclined, shippedEngine } from '../fixtures/engines.js';

const engine = await shippedEngine();

function expectAnswered(cases: readonly (readonly [string, readonly string[]])[]): void {
  for (const [question, ids] of cases) {
    const result = engine.answer({ question });
    expect(result.answered, question).toBe(true);
    expect(ids, question).toContain(result.answers[0]?.entry.id);
  }
}

describe('a meme told of, not asked for (round 166)', () => {
  it('reads a meme in a sentence told before the ask as the story, and a meme asked for as chit-chat', () => {
    const told = 'a customer answered with the delta meme. how many flights did delta cancel?';
    expect(asksChitChat(foldText(told))).toBe(false);
    for (const ask of [
      'where does the this is fine dog meme come from?',
      'wrzuć jakiegoś mema o klientach 😂',
      'у кого есть тот мем с котом в гарнитуре?',
    ])
      expect(asksChitChat(foldText(ask)), ask).toBe(true);
  });

  it("answers the case's ask after a meme told of it", () => {
    expectAnswered([
      [
        'Somebody answered our post with the United meme, the man dragged down the aisle. What did the incident cost the airline?',
        ['case-united-airlines-passenger-removal-s002a', 'stat-united-airlines-1-billion-market-value-s002a'],
      ],
    ]);
  });

  it('still declines a meme asked for', () => {
    expectDeclined(engine, [
      'where does the this is fine dog meme come from? someone posted it under our delay notice',
    ]);
  });
});

describe('the story of a name asked with a pronoun between (round 165)', () => {
  it('answers the case of "что у него с … было" and "co u niego z … było"', () => {
    expectAnswered([
      ['кто такой райан блок и что у него с комкастом было', ['case-ryan-block-comcast-s002b']],
      ['kim jest Ryan Block i co u niego z Comcastem było?', ['case-ryan-block-comcast-s002b']],
    ]);
  });
});

describe('what a label says, no subject asked (round 165)', () => {
  it("answers the definition when the asker tells what a device's box says", () => {
    expectAnswered([
      ['what even is a 2.5G network, our old handheld scanners say 2.5G on the box', ['def-2-5g-s000']],
    ]);
  });
});

describe("the companies' view and the customers' view asked together (rounds 163 and 165)", () => {
  const gap = [
    'stat-80-percent-companies-rate-own-service-high-s001',
    'stat-8-percent-customers-agree-service-great-s001',
  ];

  it("reads no single stance where customers' view follows the companies' belief", () => {
    expect(
      stanceAsked(foldText('how do companies rate their own service and how do customers rate it?')),
    ).toBe(undefined);
    expect(stanceAsked(foldText('what share of companies think they deliver great service?'))).toBe('self');
  });

  it('answers the gap, "rate" as the verb, and "щитают" as "считают"', () => {
    expectAnswered([
      ['what is the gap between how companies rate their own service and how customers rate it?', gap],
      ['скока компаний щитают, что у них крутой сервис, а скока клиентов согласны?', gap],
    ]);
  });
});

describe('what the articles say, no speaker named (round 164)', () => {
  it('reads "co artykuły mówią o…" as what is known on the topic, not a speaker asked of it', () => {
    expectAnswered([
      [
        'co artykuły mówią o jakości przekazywanych informacji jako elemencie jakości obsługi?',
        ['metric-information-quality-s003'],
      ],
    ]);
  });
});

describe('the labour code, a team outing and a film night (rounds 163-164, 168)', () => {
  it('reads the labour code as the law asked, in three languages', () => {
    for (const ask of [
      'may we listen to agents calls without consent under UK employment law?',
      'ile przerw daje kodeks pracy konsultantom na słuchawkach?',
      'по трудовому кодексу сколько перерывов положено операторам?',
    ])
      expect(asksWhatLawSays(foldText(ask)), ask).toBe(true);
  });

  it('declines a labour-code ask and a team outing planned', () => {
    expectDeclined(engine, [
      'jaki film puścić na wieczór zespołu? coś lekkiego o pracy na infolinii',
      'which movie should we put on for the support team night?',
      'An agent asked me today: may we record her calls without written consent under Polish labour law?',
      'Według kodeksu pracy: ile przerw przysługuje konsultantom na ośmiogodzinnej zmianie?',
      'Сколько перерывов положено операторам колл-центра по Трудовому кодексу?',
      'Who is up for go-karting with the support team next Friday? I need a headcount by Monday.',
      'Organising a team hike after the quarterly review, any easy trail near the office?',
    ]);
  });
});

describe("the asker's studies, and a year typed short (round 167)", () => {
  it("declines an exam timetable, a citation style and a library's hours", () => {
    expectDeclined(engine, [
      'when is the retake exam for the customer service module? the timetable is not online',
      'how should I reference a blog post without a date in APA 7th?',
      'do której jest dziś czynna biblioteka na wydziale? oddaję książki do pracy o obsłudze klienta',
      'когда расписание пересдачи по сервис-менеджменту?',
    ]);
  });

  it('still answers which source a figure can be cited from', () => {
    expectAnswered([
      [
        'for my thesis: which source should I cite for the share who break off relations after bad service?',
        ['stat-86-percent-break-relations-s001', 'stat-86-percent-leave-after-bad-experiences-s002a'],
      ],
    ]);
  });

  it('reads "yr" as a year asked, which the United case does not tell', () => {
    expectDeclined(engine, [
      'the man dragged off a United Airlines plane - what yr was that and which airport? for my case study',
    ]);
  });
});

describe('a named study (round 167)', () => {
  it('reads "a named study" as a credit asked, not a name', () => {
    expectAnswered([
      [
        'is there a named survey giving the share of dissatisfied customers who tell fifteen or more people about it?',
        ['stat-13-percent-tell-15-people-s002a'],
      ],
    ]);
  });
});

describe('one measure named by its own term (rounds 163-164)', () => {
  it('answers the measure named, not the tip listing them all nor a neighbour whose text names the same wait', () => {
    expectAnswered([
      [
        'waiting time - is it really one of the biggest things in service quality, or only one of many?',
        ['metric-waiting-time-s003'],
      ],
      [
        'Klientka czekała na maila 6 dni. Co materiały mówią o czasie oczekiwania na odpowiedź jako mierniku jakości obsługi?',
        ['metric-waiting-time-s003'],
      ],
      [
        'A caller sat on hold for nine minutes and nobody checked on him. What do the articles say about waiting time as a quality factor?',
        ['metric-waiting-time-s003'],
      ],
    ]);
  });

  it('keeps the list for measures asked in the plural, or for the rest asked after one', () => {
    expectAnswered([
      [
        'which measures of service quality does the article list?',
        ['tip-measure-service-quality-regularly-s003'],
      ],
      [
        'какими метриками меряют качество обслуживания? время ожидания и что ещё?',
        ['tip-measure-service-quality-regularly-s003'],
      ],
    ]);
  });
});

describe('"fair enough" as a filler (round 166)', () => {
  it('answers the ask after "fair enough" as surely as the ask alone', () => {
    const alone = engine.answer({ question: 'how do the articles define customer service quality?' });
    const filled = engine.answer({
      question: 'Fair enough, but how do the articles define customer service quality?',
    });
    expect(filled.answers[0]?.entry.id).toBe('def-customer-service-quality-s003');
    expect(filled.certainty).toBe(alone.certainty);
    expect(filled.certainty).toBe('sure');
  });
});

describe('how fast word spreads or the team answers (round 168)', () => {
  it('reads "how fast" of spreading or of the team as no speed asked of a thing', () => {
    expectAnswered([
      [
        'I need a quote to close the session on how fast word spreads online, wasn’t there a Jeff Bezos line?',
        ['quote-bezos-6-friends-6000-s002b'],
      ],
      [
        "The score sheet says: 'quality = how fast we answer the phone.' Too narrow? What ways of measuring service quality does the article list?",
        ['tip-measure-service-quality-regularly-s003'],
      ],
    ]);
    expectDeclined(engine, ['how fast is a 2.5G network in megabits?']);
  });
});

describe('"a real case" in Polish (round 168)', () => {
  it('reads "jakiś prawdziwy przypadek" as a case asked, not "w przypadku"', () => {
    expectAnswered([
      [
        'Scenka: klientka chce wypowiedzieć umowę na magazyn, a konsultant w kółko proponuje rabaty i nie przyjmuje rezygnacji. Jest w artykułach jakiś prawdziwy przypadek takiej sytuacji, który mogę przytoczyć?',
        ['case-ryan-block-comcast-s002b'],
      ],
    ]);
  });
});

describe("what a company automated after its story, and the office's own matters (round 169)", () => {
  it('declines what a named company automated after the case an entry tells', () => {
    expectDeclined(engine, [
      'What did Delta automate in customer service after the 2016 outage?',
      'Co United zautomatyzowało w obsłudze po aferze z pasażerem?',
      'Что Comcast автоматизировал в поддержке после истории с Райаном Блоком?',
    ]);
  });

  it("declines the asker's laptop, a colleague's birthday card and a parking spot", () => {
    expectDeclined(engine, [
      'my work laptop is frozen on the update screen, what do I do before calling IT?',
      'Mój laptop służbowy nie chce się uruchomić, co zrobić przed zgłoszeniem do IT?',
      'рабочий ноут не включается после обновления, что делать?',
      'what do we write in the birthday card for Tom from the support team?',
      'who do I ask about getting a parking space at the office?',
    ]);
  });

  it("still answers a customer's laptop or parking permit story", () => {
    expectAnswered([
      [
        'we gave out wrong info about parking permit fees three times this year. what does the article on service quality say about the quality of information?',
        ['metric-information-quality-s003'],
      ],
    ]);
  });
});
