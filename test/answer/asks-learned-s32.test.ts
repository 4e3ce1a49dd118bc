// What round 49 of the held-out sets (a team's #general at the end of a hard week, everyday words) found: the readers
// below, on the wording the askers used, and the wording that must stay as it was beside it.
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { asksForNorm } from '../../src/answer/norm-asks.js';
import { namedSourceWords } from '../../src/answer/named-source.js';
import { notFocusWords } from '../../src/answer/not-focus.js';
import { saidTopicWords } from '../../src/answer/said-topic.js';
import { foldText } from '../../src/answer/normalize.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { segmentPhraseWords } from '../../src/answer/segment-phrases.js';
import { sourceAskWords } from '../../src/answer/source-asks.js';
import { asksChitChat } from '../../src/answer/chit-chat.js';
import { shippedEngine } from '../fixtures/engines.js';

const KNOWN = new Set(['bezos', 'gartner', 'kolsky']);
const known = (word: string) => KNOWN.has(foldText(word));

describe('what a named person said on a topic', () => {
  it('reads the topic of an opinion asked with the speaker before it, and of "anything about"', () => {
    expect([
      ...saidTopicWords(foldText('Ryan Block po aferze z Comcastem – jakie ma zdanie o chatbotach?')),
    ]).toContain('chatbotach');
    expect([...saidTopicWords(foldText('Ryan Block: what is his opinion on chatbots?'))]).toContain(
      'chatbots',
    );
    expect([...saidTopicWords(foldText('did bezos ever say anything about hold times?'))]).toContain('hold');
    expect([...saidTopicWords(foldText('Безос еще что-то говорил про отзывы в интернете?'))]).toContain(
      'отзывы',
    );
  });

  it('credits the speaker of "did X ever say anything", "X что-то говорил", "czy X mówił coś"', () => {
    for (const q of [
      'did bezos ever say anything about how long people should be kept on hold?',
      'Безос еще что-то говорил про то, как отвечать на плохие отзывы?',
      'Czy Bezos mówił coś o tym, jak odpowiadać na złe opinie?',
    ])
      expect(
        [...namedSourceWords(q, known)].some((word) => ['bezos', 'безос'].includes(foldText(word))),
        q,
      ).toBe(true);
  });

  it('credits no one in a question that asks no saying', () => {
    expect([...namedSourceWords('did the customers say anything?', known)]).toEqual([]);
  });
});

describe("a study's sample, year and numbers", () => {
  it('are asked in chat wording', () => {
    expect(askedValues('that gartner thing - how many companies did they even ask?')).toContain('sample');
    expect(askedValues('ile firm w ogóle przepytał ten Gartner do tych 89%?')).toContain('sample');
    expect(askedValues('to badanie Gartnera – z którego to roku?')).toContain('year');
    expect(askedValues('i z jakiego to roku?')).toContain('year');
    expect(askedValues('the gallup thing about engaged teams, what numbers did they report?')).toContain(
      'findings',
    );
  });

  it('are not read in a figure asked', () => {
    expect(askedValues('how many customers complain?')).not.toContain('sample');
    expect(askedValues('ile razy drożej jest pozyskać klienta?')).not.toContain('year');
  });
});

describe("a norm for waiting or the team's SLA", () => {
  it('is a benchmark asked, in three languages', () => {
    for (const q of [
      'jaki czas czekania na linii jest jeszcze ok?',
      'jakie mamy SLA na odpowiedz na maila od klienta?',
      "what's our SLA for first reply?",
      'what waiting time is still acceptable?',
      'какое время ожидания еще нормально?',
      'какой у нас SLA по почте?',
      'какой у нас вообще SLA на первый ответ в чате?',
    ])
      expect(asksForNorm(q), q).toBe(true);
  });

  it('is not asked by the waiting-time figure itself', () => {
    expect(asksForNorm('how long do customers wait on hold before they hang up?')).toBe(false);
    expect(asksForNorm('ile klientów rozłącza się, bo nie może porozmawiać z człowiekiem?')).toBe(false);
  });
});

describe('a purchase compared with', () => {
  it('is no attribute asked', () => {
    expect(
      notFocusWords(
        'how much is a loyal regular worth compared to what they spent the first time they bought?',
      ),
    ).toContain('bought');
    expect(notFocusWords('stały klient jest wart więcej niż to co kupił za pierwszym razem')).toContain(
      'kupil',
    );
    expect(notFocusWords('постоянный клиент стоит больше, чем то, что он купил в первый раз')).toContain(
      'купил',
    );
  });

  it('is asked when what was bought is the question', () => {
    expect(notFocusWords('what did Ryan Block buy from Comcast?').size).toBe(0);
    expect(notFocusWords('co kupił ten klient?')).not.toContain('kupil');
  });

  it('lets the shipped base answer the loyal customer compared with the first purchase', async () => {
    const engine = await shippedEngine();
    for (const question of [
      'how much is a loyal regular actually worth compared to what they spent the first time they bought?',
      'stały klient jest wart dużo więcej niż to co kupił za pierwszym razem, nie? ile razy, dziesięć?',
    ]) {
      const result = engine.answer({ question });
      expect(result.answers[0]?.entry.id, question).toBe('stat-loyal-customer-worth-10x-s001');
    }
  });
});

describe('the researcher guessed, or a number asked behind a claim', () => {
  it('reads "jakaś firma badawcza tak policzyła" as the source asked, its words no attribute', () => {
    const words = sourceAskWords(foldText('to jakaś duża firma badawcza tak policzyła?'));
    expect([...words]).toEqual(expect.arrayContaining(['firma', 'badawcza', 'policzyla']));
    expect(sourceAskWords(foldText('ile kosztuje firma badawcza?')).size).toBe(0);
  });

  it('reads a size before a research firm as no market segment', () => {
    expect(segmentPhraseWords('to jakaś duża firma badawcza tak policzyła?').size).toBe(0);
    expect([...segmentPhraseWords('ile klientów tracą duże firmy?')]).toEqual(['duze', 'firmy']);
  });

  it('asks a statistic by "an actual number behind that"', () => {
    expect([...kindsAskedFor('is there an actual number behind that?')]).toContain('statistic');
    expect([...kindsAskedFor('jest na to jakaś liczba?')]).toContain('statistic');
    expect([...kindsAskedFor('what is the number of the Delta flight?')]).not.toContain('statistic');
  });
});

describe('a shop the story dealt with', () => {
  it('is no market segment asked', () => {
    expect(
      segmentPhraseWords('полдня висел на телефоне с обувным интернет-магазином — сколько часов?').size,
    ).toBe(0);
    expect(segmentPhraseWords('on the phone with an online shop for half a day').size).toBe(0);
  });

  it('leaves the segments a figure is asked for', () => {
    expect([...segmentPhraseWords('сколько клиентов возвращается в интернет-магазины?')]).toEqual([
      'интернет',
      'магазины',
    ]);
    expect(segmentPhraseWords('what share of online shops lose customers?').size).toBeGreaterThan(0);
  });
});

describe("the team's own rota, leave and meetings", () => {
  it('are chit-chat no entry answers, in three languages', () => {
    for (const q of [
      'anyone know whos covering the saturday shift',
      'can i swap my friday late shift with someone?',
      'ktos wie jak wpisac urlop w grafik na przyszly miesiac?',
      'kto bierze dyzur na czacie w ta sobote?',
      'кто-нибудь знает, где график отпусков на август?',
      'во сколько завтра планерка, кто знает?',
    ])
      expect(asksChitChat(foldText(q)), q).toBe(true);
  });

  it('leave staffing advice and the figures alone', () => {
    for (const q of [
      'is it worth adding a second agent per shift when the queue is long?',
      'how do we stop understaffing on the night shift?',
      'ile osób na zmianie potrzeba, żeby klienci nie czekali?',
      'как планировать смены, чтобы клиенты не ждали?',
    ])
      expect(asksChitChat(foldText(q)), q).toBe(false);
  });
});

describe('what happened to a named company', () => {
  it('asks its case, in Polish and Russian as in English', () => {
    expect([...kindsAskedFor('co tam było z Deltą w 2016?')]).toContain('case');
    expect([...kindsAskedFor('что там было с Delta в 2016, сколько рейсов отменили?')]).toContain('case');
    expect([...kindsAskedFor('what happened with Delta in 2016?')]).toContain('case');
  });

  it('is not read in what an article held', () => {
    expect([...kindsAskedFor('что было в статье про жалобы?')]).not.toContain('case');
  });
});
