// Quiz night and certification drills (round 30): a flash card, a fill-in-the-blank, "I put 10, the key said 26, why
// was I wrong?". The quiz's wrapping says how the question is put, not what it asks; a quiz answer disputed is a
// dispute, whose figures may be the wrong ones.
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import { disputeFrame } from '../../src/answer/dispute-frame.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { withoutQuizWrapping } from '../../src/answer/quiz-frame.js';
import { expectAnsweredFirst, loadFixtureKb } from '../fixtures/engines.js';

let engine: AnswerEngine;
beforeAll(async () => {
  engine = new AnswerEngine(await loadFixtureKb());
});
const ask = (question: string) => engine.answer({ question });
const squeezed = (text: string) => text.replace(/\s+/gu, ' ').trim();

describe('the wrapping of a quiz', () => {
  it('is dropped from a flash card, a quiz question and a blank to fill, in three languages', () => {
    const cases: [string, string][] = [
      ['flash card: mystery shopper?', 'mystery shopper?'],
      ['front: mystery shopper / back: ?', 'mystery shopper / ?'],
      ['Quiz night question: what is NPS?', 'what is NPS?'],
      [
        'Fill in the blank: only 1 in ___ unhappy customers complain',
        'only 1 in ___ unhappy customers complain',
      ],
      ['Fill in: ___% leave silently for competitors', '___% leave silently for competitors'],
      ['Fiszka: tajemniczy klient', 'tajemniczy klient'],
      ['karta: 2,5G — odwrotna strona?', '2,5G — ?'],
      ['Карточка: NPS — что на обороте?', 'NPS — ?'],
      ["flash card: NPS, what's on the back?", 'NPS, ?'],
      ['pytanie z quizu: co to jest NPS?', 'co to jest NPS?'],
      ['Uzupełnij lukę: tylko 1 na ___ klientów się skarży', 'tylko 1 na ___ klientów się skarży'],
      ['Карточка: тайный покупатель', 'тайный покупатель'],
      ['вопрос из квиза: что такое NPS?', 'что такое NPS?'],
      ['Заполни пропуск: жалуется только 1 из ___', 'жалуется только 1 из ___'],
    ];
    for (const [question, rest] of cases)
      expect(squeezed(withoutQuizWrapping(question)), question).toBe(rest);
  });

  it('leaves a question without one as typed, and words that only look like it', () => {
    for (const question of [
      'what happens if front-line staff are not trained',
      'how fast should we call back an angry customer',
      'co jest kluczem do lojalności klientów?',
      'karta lojalnościowa czy rabat, co lepiej działa?',
      'dzisiaj kto hostuje quiz?',
    ])
      expect(withoutQuizWrapping(question), question).toBe(question);
  });

  it('costs a flash card nothing: it is answered as its bare term is, in three languages', () => {
    expectAnsweredFirst(engine, [
      ['flash card: mystery shopper?', 'def-mystery-shopper'],
      ['Fiszka: tajemniczy klient — co to?', 'def-mystery-shopper'],
      ['Карточка: тайный покупатель?', 'def-mystery-shopper'],
      ['Fill in the blank: only 1 in ___ unhappy customers complains', 'stat-one-in-26'],
    ]);
    expect(ask('flash card: mystery shopper?').confidence).toBeGreaterThanOrEqual(
      ask('mystery shopper?').confidence - 0.05,
    );
  });
});

describe('certification prep', () => {
  it('reads the loanword "дефиниция" as a definition asked and the certification as the purpose', () => {
    expect([...kindsAskedFor('дефиниция тайного покупателя для сертификации?')]).toContain('definition');
    for (const question of [
      'дефиниция тайного покупателя для сертификации?',
      'определение тайного покупателя?',
    ]) {
      const result = ask(question);
      expect(result.answers[0]?.entry.id, question).toBe('def-mystery-shopper');
      expect(result.certainty, question).not.toBe('declined');
    }
    expect(ask('дефиниция тайного покупателя для сертификации?').confidence).toBeGreaterThanOrEqual(
      ask('определение тайного покупателя?').confidence - 0.05,
    );
  });
});

describe('a quiz answer marked wrong', () => {
  it('is a dispute: the verdict asked and the answers given are its frame, in three languages', () => {
    const has = (q: string, ...expected: string[]) =>
      expect([...(disputeFrame(q)?.words ?? [])], q).toEqual(expect.arrayContaining(expected));
    has('I put 10, the key said 26 — why was I wrong?', 'put', 'key', 'said', 'why', 'wrong');
    has('Wpisałam 10, a w kluczu jest 26. Dlaczego mam źle?', 'wpisalam', 'kluczu', 'dlaczego', 'zle');
    has('Я написал 10, в ключе 26. Почему неправильно?', 'написал', 'ключе', 'почему', 'неправильно');
    has(
      'Zaznaczyłam 1 na 10, a klucz mówi 1 na 26. Ilu klientów się skarży?',
      'klucz',
      'mowi',
      'zaznaczylam',
    );
  });

  it('is answered with the entry the key is right by, asking no cause, in three languages', () => {
    expectAnsweredFirst(engine, [
      [
        'how many unhappy customers complain? I put 1 in 10, the key said 1 in 26 — why was I wrong?',
        'stat-one-in-26',
      ],
      [
        'Ilu niezadowolonych klientów się skarży? Wpisałam 1 na 10, w kluczu jest 1 na 26, dlaczego mam źle?',
        'stat-one-in-26',
      ],
      [
        'Сколько недовольных клиентов жалуется? Я написал 1 из 10, в ключе 1 из 26. Почему неправильно?',
        'stat-one-in-26',
      ],
    ]);
  });

  it('is answered when the key only marked it wrong or gave another figure, in three languages', () => {
    expectAnsweredFirst(engine, [
      [
        'I said winning a new customer costs 3x more than keeping one and the key marked it wrong. So which is it?',
        'stat-new-customer-costs-more',
      ],
      [
        'Dałem odp., że pozyskanie nowego klienta jest trzy razy droższe niż utrzymanie, a klucz mówi, że źle. To ile w końcu?',
        'stat-new-customer-costs-more',
      ],
      [
        'Почему мне не засчитали: я написал, что новый клиент обходится в 3 раза дороже, чем удержание, а в ключе другая цифра.',
        'stat-new-customer-costs-more',
      ],
    ]);
  });

  it('is answered by the entry with the figure whatever source the quiz wrongly named, in three languages', () => {
    // the fixture's statistic cites a test institute: a dispute naming another source still gets it
    expectAnsweredFirst(engine, [
      ['True or false: according to Forrester only 1 in 26 unhappy customers complains', 'stat-one-in-26'],
      ['Prawda czy fałsz: wg Forrestera tylko 1 na 26 niezadowolonych klientów się skarży', 'stat-one-in-26'],
      [
        'Я вписал 1 из 26 недовольных клиентов, которые жалуются, но это же цифра Forrester, или нет?',
        'stat-one-in-26',
      ],
    ]);
    // …while the same source credited outside a dispute is still a source the entry must cite
    expect(
      ask('What did Forrester find about unhappy customers who complain?').answers[0]?.entry.id,
    ).not.toBe('stat-one-in-26');
  });

  it('keeps a sure confidence, a number, when the verdict is an ask of its own before the question', () => {
    // The verdict alone made an ask of weightless words: its coverage was 0 / 0 and the answer's confidence NaN.
    for (const question of [
      'Kasia says 1 in 10, I say 1 in 26, who is right? How many unhappy customers complain?',
      'Kasia mówi, że 1 na 10, a ja że 1 na 26. Kto ma rację? Ilu niezadowolonych klientów się skarży?',
    ]) {
      const result = ask(question);
      expect(Number.isFinite(result.confidence), question).toBe(true);
      expect(result.answers[0]?.entry.id, question).toBe('stat-one-in-26');
    }
  });
});
