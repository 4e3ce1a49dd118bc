// A dispute or a claim to check ("Kasia says…, who is right?", "коллега говорит…, кто прав?", "…, true?"): its frame
// and its wrong figure do not pull the question away from the entry that settles it.
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import { checkFrameWords } from '../../src/answer/check-frame.js';
import { disputeFrame } from '../../src/answer/dispute-frame.js';
import { foldText } from '../../src/answer/normalize.js';
import { expectAnsweredFirst, loadFixtureKb } from '../fixtures/engines.js';

let engine: AnswerEngine;
beforeAll(async () => {
  engine = new AnswerEngine(await loadFixtureKb());
});
const ask = (question: string) => engine.answer({ question });

describe('the frame of a dispute', () => {
  it('holds the verdict asked and who claims what, in three languages', () => {
    const words = (q: string) => [...(disputeFrame(q)?.words ?? [])].sort();
    expect(words('Kasia says 6, I say 15 — who is right?')).toEqual([
      'i',
      'is',
      'kasia',
      'right',
      'say',
      'says',
      'who',
    ]);
    expect(words('Ania twierdzi, że 40%, a ja że 63%. Kto ma rację?')).toEqual([
      'a',
      'ania',
      'ja',
      'kto',
      'ma',
      'racje',
      'twierdzi',
      'ze',
    ]);
    expect(words('Мой коллега говорит, что 40%. Кто прав?')).toEqual([
      'говорит',
      'коллега',
      'кто',
      'прав',
      'что',
    ]);
  });

  it('holds a rumour put to check, with the figure asked about, in three languages', () => {
    const has = (q: string, ...expected: string[]) =>
      expect([...(disputeFrame(q)?.words ?? [])], q).toEqual(expect.arrayContaining(expected));
    has('I heard somewhere that 1 in 10 complain. Is the number right?', 'heard', 'number', 'right');
    has(
      'Słyszałam gdzieś, że 1 na 10 się skarży. Czy ta liczba się zgadza?',
      'slyszalam',
      'liczba',
      'zgadza',
    );
    has('Ktoś mi mówił, że tylko 1 na 10 się skarży, to prawda?', 'ktos', 'mowil', 'prawda');
    has('Говорят, что жалуется 1 из 10. Верна ли эта цифра?', 'говорят', 'верна', 'цифра');
  });

  it('takes "says" out of what the kind of entry is read from', () => {
    expect(disputeFrame('My slide says 16 people, is it correct?')?.rest).not.toContain('says');
  });

  it('is read from the verdicts a check frame weighs nothing for (one list), in three languages', () => {
    // claim-phrases.ts: a verdict asked is a dispute's frame and a check frame's words alike
    const cases: [string, string[]][] = [
      ["Isn't it true that loyal customers leave after two bad experiences?", ['isn', 'true']],
      ['Myth or fact: 1 in 26 unhappy customers complains?', ['myth', 'fact']],
      ['Mit czy fakt: tylko 1 na 26 klientów się skarży?', ['mit', 'fakt']],
      ['Czy rzeczywiście tylko 1 na 26 klientów się skarży?', ['rzeczywiscie']],
      ['Действительно ли жалуется только 1 из 26 клиентов?', ['деиствительно']],
      ['Правда или миф: жалуется 1 из 26?', ['правда', 'миф']],
    ];
    for (const [q, expected] of cases) {
      expect([...(disputeFrame(q)?.words ?? [])], q).toEqual(expect.arrayContaining(expected));
      expect([...checkFrameWords(foldText(q))], q).toEqual(expect.arrayContaining(expected));
    }
  });

  it('reads "is that so?" and a claim someone keeps repeating, in three languages', () => {
    const has = (q: string, ...expected: string[]) =>
      expect([...(disputeFrame(q)?.words ?? [])], q).toEqual(expect.arrayContaining(expected));
    has('My lead keeps saying 1 in 10 complain. Is there anything behind that?', 'keeps', 'saying', 'behind');
    has("There's a stat going around that 1 in 10 complain. Is that so?", 'going', 'around', 'so');
    has('Szef mówi, że skarży się 1 na 10. Czy tak jest?', 'mowi', 'tak', 'jest');
    has('Говорят, что жалуется 1 из 10. Так ли это?', 'говорят', 'так', 'ли');
    expect(disputeFrame('Is it so hard to keep customers?')).toBeUndefined();
  });

  it('is none for a doubt alone, which only the check frame reads', () => {
    for (const q of [
      "I don't believe that refunds keep customers",
      'Nie wierzę, że klienci wracają',
      'Неужели вежливость ничего не решает?',
    ]) {
      expect(disputeFrame(q), q).toBeUndefined();
      expect(checkFrameWords(foldText(q)).size, q).toBeGreaterThan(0);
    }
  });

  it('is none without a verdict asked, however much someone says', () => {
    expect(disputeFrame('what to do when a customer says he will leave')).toBeUndefined();
    expect(disputeFrame('klient mówi, że odejdzie, co robić')).toBeUndefined();
    expect(disputeFrame('how many unhappy customers complain')).toBeUndefined();
  });
});

describe('a claim with a wrong figure, asked to be checked', () => {
  it('is answered with the entry stating the right figure, in three languages', () => {
    const cases: [string, string][] = [
      ['Kasia says 1 in 10 unhappy customers complain, is it correct?', 'stat-one-in-26'],
      ['my colleague claims only 1 in 10 unhappy customers complains — true?', 'stat-one-in-26'],
      [
        'Kasia mówi, że skargę składa tylko 1 na 10 niezadowolonych klientów. Kto ma rację?',
        'stat-one-in-26',
      ],
      ['Коллега говорит, что жалуется лишь 1 из 10 недовольных клиентов. Кто прав?', 'stat-one-in-26'],
      [
        'My trainer says winning a new customer costs ten times more than keeping one. Is that true?',
        'stat-new-customer-costs-more',
      ],
      [
        'Ania twierdzi, że 40% klientów zmieniłoby markę po złej obsłudze, a ja że 63%. Kto ma rację?',
        'stat-switch-after-bad-service',
      ],
    ];
    expectAnsweredFirst(engine, cases);
  });

  it('is answered when the figure is doubted as too low or too high, with a tag question, in three languages', () => {
    expectAnsweredFirst(engine, [
      [
        "My card says winning a new customer costs 3x more than keeping one. That's too low, isn't it?",
        'stat-new-customer-costs-more',
      ],
      ['winning a new customer costs 3x more than keeping one, right?', 'stat-new-customer-costs-more'],
      [
        'Na karcie jest, że pozyskanie nowego klienta kosztuje 3 razy więcej niż utrzymanie. Chyba za mało, prawda?',
        'stat-new-customer-costs-more',
      ],
      [
        'На карточке написано, что новый клиент обходится в 3 раза дороже, чем удержание. Маловато, не так ли?',
        'stat-new-customer-costs-more',
      ],
    ]);
    // "right" inside the ask is no tag question: it stays a word of what is asked
    expect(
      disputeFrame('is it true customers do not care as long as the answer is right?')?.words,
    ).not.toContain('right');
  });

  it('is answered as surely as the plain question, the frame and the figure costing nothing', () => {
    const framed = ask('Kasia says 1 in 10 unhappy customers complain, is it correct?');
    const plain = ask('how many unhappy customers complain');
    expect(framed.confidence).toBeGreaterThanOrEqual(plain.confidence - 0.05);
  });

  it('while a dispute about what the entry does not say is still declined', () => {
    for (const q of [
      'Kasia says 1 in 10 unhappy hotel guests in Germany complain, who is right?',
      'Коллега говорит, что в России жалуется 1 из 10 недовольных клиентов. Кто прав?',
    ])
      expect(ask(q).certainty, q).toBe('declined');
  });
});
