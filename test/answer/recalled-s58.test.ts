// What session 58 learned from round 150 (the doubter, third askers): a sequel claimed and then checked ("Heard Comcast
// paid him compensation. Did they?") is the ask, a payout, a sale or a head fired is a sequel no entry tells, and a
// company's shares said to have fallen are a share price only United's entry gives; and from round 151 (the vent): the
// asker calming down as chit-chat, "need that number" as a statistic asked, a source a boss "leans on" as credited, a
// name ending at its sentence's end, and a question mark inside quotes as the quoted speaker's; and from round 152
// (Discord-native): the server's roles, channels and memes as chit-chat, "talkin about" as a talk asked, and what
// caused an outage as a detail no entry tells; and from round 153 (the threat): what the wronged passenger was paid and
// a review taken down as details no entry tells, and where an agent could not say a parcel is as no place asked; and
// from round 154 (the vent again): dentists and car dealers as a market a figure is asked for, and a quiz label's colon
// kept so that the team's trade before it stays its heading, and rain on a day or a series to watch as chit-chat.
import { describe, expect, it } from 'vitest';
import { AFTERMATH_ASKED } from '../../src/answer/aftermath-asks.js';
import { foldText } from '../../src/answer/normalize.js';
import { questionFrame } from '../../src/answer/question-frame.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { withoutQuizWrapping } from '../../src/answer/quiz-frame.js';
import { namedSourceWords } from '../../src/answer/named-source.js';
import { expectAnsweredFirst, expectDeclined, shippedEngine } from '../fixtures/engines.js';

describe('a claim told, then checked in a short ask (round 150)', () => {
  it('reads "Did they?" and "Czy to prawda?" as pointing back at the claim before them', () => {
    expect(
      questionFrame('Rough day on the line. Heard Comcast paid him a settlement. Did they?').fromAsk,
    ).toBe('Heard Comcast paid him a settlement. Did they?');
    expect(questionFrame('Ciężki dzień. Słyszałem, że Comcast mu zapłacił. Czy to prawda?').fromAsk).toBe(
      'Słyszałem, że Comcast mu zapłacił. Czy to prawda?',
    );
    expect(questionFrame('We had a rough shift today. How do we calm an angry caller?').fromAsk).toBe(
      'How do we calm an angry caller?',
    );
  });

  it('reads a payout, a sale or a head fired as a sequel asked, and not a team paying for its own slips', () => {
    const asked = (text: string) => AFTERMATH_ASKED.test(foldText(text));
    expect(asked('Comcast ended up paying Ryan Block compensation')).toBe(true);
    expect(asked('Zappos was bought by Amazon')).toBe(true);
    expect(asked('Comcast wypłacił Blockowi odszkodowanie')).toBe(true);
    expect(asked('Zappos został kupiony przez Amazona')).toBe(true);
    expect(asked('United уволила своего CEO')).toBe(true);
    expect(asked('Zappos был куплен Amazon')).toBe(true);
    expect(asked('we keep paying out refunds for our own slip-ups')).toBe(false);
    expect(asked('we bought a new ticketing tool')).toBe(false);
  });

  it('declines a payout, a sale or a fired head claimed of a story, and answers the story itself checked', async () => {
    const engine = await shippedEngine();
    expectDeclined(engine, [
      'Someone told me Comcast paid Ryan Block a settlement afterwards. Did they?',
      'Zappos was acquired by Amazon after that long call story, right?',
      'Słyszałem, że Comcast wypłacił Blockowi odszkodowanie. Czy to prawda?',
      'Говорят, Zappos был куплен Amazon за миллиард. Правда?',
    ]);
    expectAnsweredFirst(engine, [
      [
        'Słyszałem, że Ryan Block nagrał rozmowę z Comcastem. Czy to prawda?',
        'case-ryan-block-comcast-s002b',
      ],
      ['Heard a Zappos agent stayed on a call for 10 hours. Did they?', 'case-zappos-10-hour-call-s002a'],
    ]);
  });

  it("declines another company's shares said to have fallen, and answers United's", async () => {
    const engine = await shippedEngine();
    expectDeclined(engine, [
      "I read that Delta's shares dropped after the 2016 outage, is that so?",
      'Akcje Comcastu spadły po tej nagranej rozmowie?',
    ]);
    expectAnsweredFirst(engine, [
      [
        "Heard United's shares fell after the passenger was dragged off. True?",
        'stat-united-airlines-1-billion-market-value-s002a',
      ],
    ]);
  });
});

describe('the vent (round 151)', () => {
  it('declines the asker calming down after a hard call, and still answers calming a customer', async () => {
    const engine = await shippedEngine();
    expectDeclined(engine, [
      'ugh, rough call. how do I calm down before the next one? any breathing exercise?',
      'Как успокоиться после скандального клиента?',
      'Jak się uspokoić po awanturze na infolinii?',
    ]);
    expect(engine.answer({ question: 'how do I calm down an angry caller?' }).answered).toBe(true);
  });

  it('reads "need that number" as a statistic asked, beside a firm that "says" it', () => {
    expect(
      kindsAskedFor('apparently Gartner says most firms compete on service. need that number').has(
        'statistic',
      ),
    ).toBe(true);
    expect(kindsAskedFor('przydałaby mi się ta liczba firm z badania').has('statistic')).toBe(true);
  });

  it('reads the source a boss leans on, past "jakiegoś", up to the end of its sentence', () => {
    const none = () => false;
    expect([
      ...namedSourceWords('i powołuje się na jakiegoś Gartnera. Przydałaby mi się ta liczba', none),
    ]).toEqual(['gartnera']);
    expect([...namedSourceWords('шеф ссылается на Gartner, сколько компаний', none)]).toEqual(['gartner']);
  });

  it("answers the Gartner figure a boss leans on and a stat asked after a customer's shouted question", async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'boss says we should compete on price. apparently Gartner says most firms compete on service. need that number',
        'stat-gartner-89-percent-compete-on-service-s000',
      ],
      [
        'Kierownik powołuje się na jakiegoś Gartnera. Ile firm konkuruje obsługą?',
        'stat-gartner-89-percent-compete-on-service-s000',
      ],
      [
        "A caller opened with 'WHERE IS MY REFUND???' again. Is there a stat on how many customers hang up when they can't reach a real person?",
        'stat-67-percent-hung-up-no-human-s002a',
      ],
    ]);
  });
});

describe('Discord-native asks (round 152)', () => {
  it("declines the server's roles, hidden channels and memes, and still answers the agent's role in the brand", async () => {
    const engine = await shippedEngine();
    expectDeclined(engine, [
      '@mods who can give me the **weekend** role? cant see the #refunds channel',
      'jak dostać rolę @Moderator na tym serwerze?',
      '@модеры как получить роль @Старший на сервере?',
      '@cs-coach wrzuć mema o klientach w poniedziałek 😂',
    ]);
    expectAnsweredFirst(engine, [
      [
        'jaka jest rola konsultanta w postrzeganiu marki?',
        'stat-62-percent-rep-knowledge-brand-perception-s002a',
      ],
    ]);
  });

  it('declines what a famous call was about, typed "talkin", and what caused an outage; answers the outage itself', async () => {
    const engine = await shippedEngine();
    expectDeclined(engine, [
      'that 10h zappos call, wat were they even talkin about lol',
      'what caused the Delta outage in 2016?',
    ]);
    expectAnsweredFirst(engine, [
      ['how many flights did the Delta outage cancel?', 'stat-delta-2016-2300-flights-cancelled-s002a'],
      ['Delta outage 2016, what happened?', 'case-delta-airlines-2016-outage-s002a'],
    ]);
  });
});

describe('the threat (round 153)', () => {
  it('declines what the dragged-off passenger was paid and how to get a review taken down', async () => {
    const engine = await shippedEngine();
    expectDeclined(engine, [
      'the united passenger, how much was he paid in the settlement?',
      'Что в итоге получил тот пассажир United, какую сумму?',
      'A guest threatens a fake one-star review. How do we get Google to take down a review like that?',
      'Как добиться удаления ложного отзыва на Яндекс Картах?',
    ]);
    expectAnsweredFirst(engine, [
      ['how should we respond to a bad online review?', 'tip-respond-to-online-reviews-s002b'],
    ]);
  });

  it('reads no place asked where the story says an agent could not tell where a parcel was', async () => {
    expect(askedValues('konsultant nie umiał powiedzieć, gdzie jest paczka. Ile klientów odchodzi?')).toEqual(
      ['count'],
    );
    expect(askedValues('оператор не смог сказать, где находится посылка')).toEqual([]);
    expect(askedValues('gdzie jest siedziba Zappos?')).toEqual(['place']);
    expectAnsweredFirst(await shippedEngine(), [
      [
        'Konsultant był niemiły i nie umiał powiedzieć, gdzie jest paczka. Ile procent klientów oczekuje uprzejmego i kompetentnego personelu?',
        'stat-76-percent-want-polite-competent-staff-s001',
      ],
    ]);
  });
});

describe('a figure asked for one trade (round 154)', () => {
  it("declines switching figures asked for dentists or car dealers, and answers them for the asker's own practice", async () => {
    const engine = await shippedEngine();
    expectDeclined(engine, [
      'Is there a stat just for dental practices, what % of patients switch dentists after one bad visit?',
      'What percentage of car dealership customers change dealers after one bad service visit?',
      'Ile procent pacjentów gabinetów stomatologicznych zmienia dentystę przez złą obsługę?',
    ]);
    expectAnsweredFirst(engine, [
      [
        'we run a dental practice, how many customers switch brands after bad service?',
        'stat-63-percent-would-switch-brand-s002a',
      ],
    ]);
  });

  it("keeps a quiz label's colon after the team's trade, which stays its heading", async () => {
    expect(withoutQuizWrapping('Dental member line quiz: what share?')).toBe(
      'Dental member line :  what share?',
    );
    expect(withoutQuizWrapping('quiz: who said it?').trim()).toBe('who said it?');
    expectAnsweredFirst(await shippedEngine(), [
      [
        'Dental member line quiz: mystery-shopper research says what share of companies offer excellent service? A) 10% B) 25% C) 40%',
        'stat-mystery-shoppers-10-percent-excellent-s001',
      ],
    ]);
  });
});

describe('off-topic asks made in a bad mood (round 154)', () => {
  it('declines rain on Saturday and a series for the evening', async () => {
    expectDeclined(await shippedEngine(), [
      'Скажите хоть, дождь в субботу в Питере будет или нет?',
      'Посоветуйте какой-нибудь лёгкий сериал на вечер, чтобы не думать про клиентов',
      'after today can anyone recommend a good series for tonight?',
      'Polećcie mi jakiś serial na wieczór, mam dość klientów',
    ]);
  });
});
