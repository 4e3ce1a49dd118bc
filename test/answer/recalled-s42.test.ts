// What session 42 learned from rounds 63 to 71's declines: a norm's line asked as a number (the longest acceptable
// wait, the score of a promoter, the ring to pick up by), the size of fines, the system or supplier behind a story,
// what a conversation was about, and an idea's name asked after the idea is told. An entry without such a value or
// name cannot answer; lookalikes (a quote about losing a customer "in seconds", "czego dotyczyła ta statystyka", a
// podcast borrowing "the Uber idea") still ask nothing of the kind. From round 72 and earlier answerable misses: an
// episode's subject told by what it does, a tip's why, customers counted after "сколько", "kto go wysyła", "co to
// rozpisywał", a guide's advice "after a follow-up contact" and what "they wrote there" no longer rule the right entry
// out; a manager to be convinced ("kierowniczkę", "начальство") is the asker's story.
// Fixture entries are made up; the shipped base is read where the question is about its facts.
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { AFTERMATH_ASKED } from '../../src/answer/aftermath-asks.js';
import { askedTerms } from '../../src/answer/asked-term.js';
import { askerPurposeWords } from '../../src/answer/asker-purpose.js';
import { asksChitChat } from '../../src/answer/chit-chat.js';
import { asksEffectName } from '../../src/answer/effect-name-asks.js';
import { episodeSubjectWords } from '../../src/answer/named-episode.js';
import { asksIndustryAverage } from '../../src/answer/norm-asks.js';
import { saidTopicWords } from '../../src/answer/said-topic.js';
import { foldText } from '../../src/answer/normalize.js';
import { StatedValues, statesValue } from '../../src/answer/stated-values.js';
import { detailsAsked } from '../../src/answer/detail-asks.js';
import { asksForVendor } from '../../src/answer/vendor-asks.js';
import { expectAnsweredFirst, expectDeclined, loadShippedKb, shippedEngine } from '../fixtures/engines.js';

const asks = (question: string) => askedValues(question);

describe('a norm asked as a number', () => {
  it('the longest acceptable wait or reply is a duration asked', () => {
    expect(asks('what max hold time is still acceptable for callers, roughly?')).toContain('duration');
    expect(asks('jaki maksymalny czas oczekiwania na infolinii jest ok?')).toContain('duration');
    expect(asks('ile max minut może wisieć klient na linii?')).toContain('duration');
    expect(asks('какое допустимое время ответа на письмо клиента?')).toContain('duration');
    expect(asks('what should our first reply target be — in minutes?')).toContain('duration');
    expect(asks('jaki czas odpowiedzi na czacie uważa się za przyzwoity?')).toContain('duration');
    expect(asks('what is the average handle time target?')).toContain('duration');
    expect(asks('SLA na pierwszą odpowiedź na maile — ile?')).toContain('duration');
    expect(asks('what is an SLA?')).not.toContain('duration');
  });

  it('a unit inside a quote or a plain "what is response time" asks no duration', () => {
    expect(asks('the quote about losing a customer in seconds')).not.toContain('duration');
    expect(asks('what is response time?')).not.toContain('duration');
  });

  it('the score of a group or the ring to answer by is a count asked', () => {
    expect(asks('in NPS, what score counts as a detractor?')).toContain('count');
    expect(asks('od ilu punktów klient jest promotorem?')).toContain('count');
    expect(asks('с какого балла клиента считают критиком?')).toContain('count');
    expect(asks('до какого гудка надо снять трубку?')).toContain('count');
    expect(asks('by which ring should we answer?')).toContain('count');
  });

  it('"from which point to which point" of a journey asks no count', () => {
    expect(
      asks('what does service quality cover, from which point to which point of the journey?'),
    ).not.toContain('count');
  });
});

describe('the size of fines', () => {
  it('is an amount of money asked, in each language', () => {
    expect(asks('the regulated-industries tip: how steep were the penalties?')).toContain('money');
    expect(asks('jak wysokie były te kary dla banków?')).toContain('money');
    expect(asks('какого размера были штрафы для банков?')).toContain('money');
    expect(asks('ile dostaje tajemniczy klient za jedną wizytę?')).toContain('money');
    expect(asks('ile skarg dostaje konsultant w tygodniu?')).not.toContain('money');
  });

  it('fines asked of as a risk ask no amount', () => {
    expect(asks('can bad service get a bank fined?')).not.toContain('money');
  });
});

describe('the system, supplier or subject behind a story', () => {
  it('a system that failed or a supplier is a vendor asked', () => {
    expect(asksForVendor('which system crashed at the airline, and who was the vendor?')).toBe(true);
    expect(asksForVendor('jaki system im wtedy padł?')).toBe(true);
    expect(asksForVendor('какую программу использовала авиакомпания?')).toBe(true);
    expect(asksForVendor('which system should agents log follow-ups in?')).toBe(false);
    expect(asksForVendor('jaki system motywacji wprowadzić?')).toBe(false);
  });

  it("a talk's subject told at length before the ask is asked; what a figure is about or what the asker said is not", () => {
    const talk = (question: string) => detailsAsked(question)?.talk === true;
    expect(talk('what were the zappos rep and the caller actually talking about for 10+ hours?')).toBe(true);
    expect(talk('what was the customer on that very long call actually ringing about?')).toBe(true);
    expect(talk('o czym oni tyle godzin rozmawiali?')).toBe(true);
    expect(talk('о чём вообще можно трепаться с клиентом почти сутки?')).toBe(true);
    expect(talk('Gartner i 89% – czego dotyczyło?')).toBe(false);
    expect(talk('to o czym mówiłem szefowi — klient czeka, gdy tniemy etaty')).toBe(false);
  });
});

describe("an idea's name", () => {
  it('is asked when the idea is told and its name asked', () => {
    expect(
      asksEffectName(
        foldText('there was this idea that a fixed complaint makes people loyal — what is it called?'),
      ),
    ).toBe(true);
    expect(
      asksEffectName(foldText('była taka idea, że klient pamięta koniec rozmowy. jak to się nazywa?')),
    ).toBe(true);
  });

  it('a podcast borrowing "the Uber idea" is named, not an idea', () => {
    expect(
      asksEffectName(
        foldText('a podcast borrowing the Airbnb/Uber idea for phone staffing. What was it called?'),
      ),
    ).toBe(false);
  });
});

describe('on the shipped base', () => {
  it('declines what no entry states; lookalikes keep their answers', async () => {
    const engine = await shippedEngine();
    expectDeclined(engine, [
      'the finance compliance tip — how large were the fines those banks paid?',
      'какую систему использовала Delta, когда всё упало?',
      'what were the Zappos rep and the caller talking about all that time?',
      'in the NPS teaser, from what score is someone a promoter?',
      'the waiting-time measure: what max hold time is acceptable, like in seconds?',
    ]);
    expectAnsweredFirst(engine, [
      [
        'Lombardi quote about losing a customer in seconds',
        'quote-lombardi-months-to-find-seconds-to-lose-s002b',
      ],
      ['Delta 2016 — ile lotów odwołano?', 'stat-delta-2016-2300-flights-cancelled-s002a'],
      ['how long did the Zappos call last?', 'stat-zappos-call-10-hours-43-minutes-s002a'],
    ]);
  });
});

// From round 72's misses (after its first run) and the answerable misses of rounds 20–70 set aside by a rule.
describe('answers no rule should have set aside', () => {
  it("an episode's subject told by what it does is no half-ask; one named by its subject still is", () => {
    expect(
      episodeSubjectWords(foldText('a podcast about getting people who want a few hours on the phones')).size,
    ).toBe(0);
    expect(episodeSubjectWords(foldText('audycja o tym, skąd wziąć ludzi na telefony')).size).toBe(0);
    expect([...episodeSubjectWords(foldText('odcinek K2 Podcast o sharing economy w obsłudze'))]).toContain(
      'sharing',
    );
  });

  it('a tip states the why of its advice; a case states a cause only in words of one', async () => {
    const kb = await loadShippedKb();
    const entry = (id: string) => kb.entries.find((e) => e.id === id)!;
    expect(new StatedValues(entry('tip-earn-recommendations-s003')).has('cause')).toBe(true);
    expect(new StatedValues(entry('case-delta-airlines-2016-outage-s002a')).has('cause')).toBe(false);
  });

  it('customers counted after "сколько" are no money; a present tense "wysyła" is no past "who did"', () => {
    expect(asks('сколько клиентов нам стоит один плохо обслуженный?')).not.toContain('money');
    expect(asks('сколько стоит визит тайного покупателя?')).toContain('money');
    expect(asks('mystery shopper - kto go wysyła?')).not.toContain('person');
    expect(asks('kto wysłał ten list?')).toContain('person');
  });

  it('"co to rozpisywał" asks no term; "co to NPS" does', () => {
    expect(askedTerms('był tekst, co to rozpisywał od pierwszego kontaktu')).toBeUndefined();
    expect(askedTerms('co to NPS?')).toBeDefined();
  });

  it("what a guide says to do after a contact is its advice, not a story's sequel", () => {
    expect(
      AFTERMATH_ASKED.test(
        foldText('what did that guide say we should always record after a follow up contact?'),
      ),
    ).toBe(false);
    expect(AFTERMATH_ASKED.test(foldText('what did Comcast do after the call went viral?'))).toBe(true);
  });

  it("the articles' unnamed writers are no named speaker; a named one still is", () => {
    expect(saidTopicWords(foldText('co tam pisali o tym, jak trudne zwroty wpływają na zakupy?')).size).toBe(
      0,
    );
    expect(saidTopicWords(foldText('что там писали про сложные возвраты?')).size).toBe(0);
    expect([...saidTopicWords(foldText('co Bezos mówił o pracy zdalnej?'))]).toContain('pracy');
  });

  it("a manager to be won over is the asker's story in either gender", () => {
    expect([...askerPurposeWords('chcę przekonać kierowniczkę, że procedura jest za zawiła')]).toContain(
      'kierowniczke',
    );
    expect([...askerPurposeWords('хочу убедить начальство, что возврат слишком сложный')]).toContain(
      'начальство',
    );
  });

  it('an average across contact centres is an industry average', () => {
    expect(
      asksIndustryAverage(foldText('какая в среднем годовая текучка операторов в контакт-центрах?')),
    ).toBe(true);
    expect(asksIndustryAverage(foldText('what is the average agent turnover in call centers?'))).toBe(true);
    expect(asksIndustryAverage(foldText('jaka jest średnia rotacja konsultantów w contact center?'))).toBe(
      true,
    );
    expect(asksIndustryAverage(foldText('how do contact centers measure quality?'))).toBe(false);
  });

  it('answers them on the shipped base', async () => {
    const engine = await shippedEngine();
    expectAnsweredFirst(engine, [
      [
        'a podcast about finding people who only want a few hours of phone work — what was the idea?',
        'tip-sharing-economy-for-phone-staffing-s000',
      ],
      ['why do referrals from happy customers beat paid ads?', 'tip-earn-recommendations-s003'],
      ['tajemniczy klient — kto go wysyła i co ocenia?', 'tip-use-mystery-shoppers-s004'],
      [
        'the guide: what should we always record after a follow-up contact?',
        'tip-document-follow-up-interactions-s002b',
      ],
    ]);
  });
});

describe("the team's day, the weather and sums", () => {
  it('are chit-chat in three languages; the idiom "погоды не делает" and sick days as a finding are not', () => {
    for (const question of [
      'who is working today?',
      'kto dziś ma zmianę?',
      'can I take a day off tomorrow?',
      'можно мне взять отгул в пятницу?',
      'jaka będzie pogoda jutro?',
      'какая завтра погода',
      'what is 2+2',
      'где очередь обращений?',
      'кто сегодня на телефоне',
      'is there a meeting today',
      'ile osób jest w zespole?',
      'who is the new hire?',
      'how long is my break?',
      'co dziś na lunch',
      'how was your day',
    ])
      expect(asksChitChat(foldText(question)), question).toBe(true);
    expect(asksChitChat(foldText('один недовольный погоды не делает — скольким он расскажет?'))).toBe(false);
    expect(asksChitChat(foldText('how many more sick days do burnt-out agents take?'))).toBe(false);
    // a longer question around today tells a story; a newcomer or a lunch-and-learn is no roster or lunch asked
    expect(
      asksChitChat(
        foldText('a customer called today furious about a refund, how should I answer the complaint?'),
      ),
    ).toBe(false);
    expect(asksChitChat(foldText('я новенький, что такое 2.5G?'))).toBe(false);
    expect(asksChitChat(foldText('opening line for my lunch-and-learn on bots'))).toBe(false);
    expect(
      asksChitChat(foldText('a poster in the break room: who said it takes ages to win a customer?')),
    ).toBe(false);
  });

  it('are declined by the shipped base, which still answers the burnout figure', async () => {
    const engine = await shippedEngine();
    expectDeclined(engine, [
      'who is working today',
      'can I take a day off tomorrow',
      'what is 2+2',
      'какая завтра погода',
    ]);
    expect(
      engine.answer({ question: 'how much more often do burnt-out agents take sick days?' }).answers[0]?.entry
        .id,
    ).toBe('stat-burnout-63-percent-sick-days-s002b');
  });
});

describe('a study sample, percentages in the plural and a year that counts nothing', () => {
  it("the firms a study checked are its sample; 'jakie procenty' and 'какие проценты' ask shares", () => {
    expect(asks('the mystery shopper study: how many companies did they check?')).toContain('sample');
    expect(asks('ile firm sprawdzili ci podstawieni klienci?')).toContain('sample');
    expect(asks('jakie dokładnie procenty podał Gallup?')).toContain('share');
    expect(asks('какие там конкретно проценты по компаниям?')).toContain('share');
  });

  it('a year is no count an entry states; another number is', () => {
    expect(statesValue('In 2014 Ryan Block tried to cancel his subscription.', 'count')).toBe(false);
    expect(statesValue('In 2016 about 2,300 flights were cancelled.', 'count')).toBe(true);
  });

  it('declines how many customers the 2014 case lost, and still answers the flights Delta cancelled', async () => {
    const engine = await shippedEngine();
    expect(
      engine.answer({ question: 'ile klientów stracił Comcast po aferze z Ryanem Blockiem?' }).certainty,
    ).toBe('declined');
    expect(
      engine.answer({ question: 'how many flights did Delta cancel in 2016?' }).answers[0]?.entry.id,
    ).toBe('stat-delta-2016-2300-flights-cancelled-s002a');
  });
});

// From round 73's misses, after its first run.
describe('"jak firma" asks how, not which firm; an episode borrowing people is told by what it does', () => {
  it('reads no role in "jak firma ma to ogarniać", and still reads one in "w jakiej firmie pracuje"', () => {
    expect(
      detailsAsked('pracuję na czacie, ktoś pisze po ukraińsku. jak firma ma to ogarniać?')?.role ?? false,
    ).toBe(false);
    expect(detailsAsked('Esteban Kolsky — w jakiej firmie pracuje?')?.role).toBe(true);
  });

  it('answers both on the shipped base', async () => {
    const engine = await shippedEngine();
    expectAnsweredFirst(engine, [
      [
        'pracuję tylko na czacie i ktoś pisze po niemiecku. było coś w materiałach, jak firma ma to ogarniać?',
        'tip-language-teams-or-translation-s002b',
      ],
      [
        'a teaser for some episode about borrowing people for the queue who want no full-time job — the gist?',
        'tip-sharing-economy-for-phone-staffing-s000',
      ],
    ]);
  });
});
