// What session 51 learned from round 111 (the customer's message pasted) and round 112 (a need pointed at without the
// words): a message pasted after whoever the team serves (a patient, a player, a resident, "cust") is the story, not
// the ask; "Passenger says: …" asks no quote; a count in the years' range ("about 2000 flights") guesses the entry's
// count, not a year; "whats the actual number" asks the figure, no term; "co baza mówi o X", "o co chodzi z tym X",
// "что за история с X" name the subject; "что там у United было" asks the story; a quote pasted and asked "kto to
// powiedział?" stays what is asked about; "using the customer's name" asks no one's name.
import { describe, expect, it } from 'vitest';
import { quotedParts } from '../../src/answer/quoted-speech.js';
import { figuresIn } from '../../src/answer/figures.js';
import { yearsAgainst } from '../../src/answer/out-of-scope.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { topicAskedWords } from '../../src/answer/topic-asks.js';
import { roleAsked } from '../../src/answer/role-person.js';
import { foldText } from '../../src/answer/normalize.js';
import { expectAnsweredFirst, expectDeclined, shippedEngine } from '../fixtures/engines.js';

describe('a customer message pasted (round 111)', () => {
  it('takes a message after whoever the team serves for the story, and keeps a quote whose speaker is asked', () => {
    for (const line of [
      'Resident says: "I rang once, nobody picked up, so I gave up and hired a private skip company." Anything in the KB about customers only giving you one call?',
      'gracz: "3 godziny na czacie i dalej nie mam swoich diamentów" — a ile trwała ta rozmowa w Zappos?',
      'пациент: "ВИСЕЛ НА ЛИНИИ 35 МИНУТ ЧТОБЫ ПЕРЕНЕСТИ ЗАПИСЬ" — что база советует насчет ожидания?',
    ])
      expect(
        quotedParts(line).some((part) => part.quoted),
        line,
      ).toBe(true);
    const asked =
      'mieszkaniec pisze: "If you don\'t take care of us, a private company will!" — to brzmi jak cytat, kto to powiedział?';
    expect(quotedParts(asked)).toEqual([{ text: asked, quoted: false }]);
  });

  it('reads "X says: …" and "whats the actual number" as no quote and no term asked', () => {
    expect(
      kindsAskedFor('Passenger says:  What does the kb suggest we do about language barriers?').has('quote'),
    ).toBe(false);
    expect(kindsAskedFor('Bezos says what about angry customers?').has('quote')).toBe(true);
    const figure = kindsAskedFor('Delta cancelled flights, whats the actual number?');
    expect(figure.has('definition')).toBe(false);
    expect(figure.has('statistic')).toBe(true);
    expect(kindsAskedFor('whats churn').has('definition')).toBe(true);
  });

  it('reads a count in the years range of the unit an entry counts as that count guessed, not a year', () => {
    const delta = figuresIn('~2,300 flights ~2300 lotów');
    expect(yearsAgainst(figuresIn('Delta cancelled about 2000 flights, right?'), () => delta)).toEqual([]);
    expect(yearsAgainst(figuresIn('Delta odwołała 2000 lotów?'), () => delta)).toEqual([]);
    // a year before another word stays a year, and so does one far from the count
    expect(yearsAgainst(figuresIn('flights cancelled in the 2024 CrowdStrike outage'), () => delta)).toEqual([
      2024,
    ]);
    expect(yearsAgainst(figuresIn('about 1900 flights'), () => figuresIn('~5,300 flights'))).toEqual([1900]);
  });

  it('answers the facts a pasted message points at', async () => {
    const engine = await shippedEngine();
    expectAnsweredFirst(engine, [
      [
        'customer compares us to Delta, says they cancelled about 2000 flights when their system crashed in 2016. whats the acutal number in the kb?',
        'stat-delta-2016-2300-flights-cancelled-s002a',
      ],
      [
        'cust writes: "Thats it, switching to the other meal box company, same recipes and they actually deliver on time." how many disappointed ppl just move to a competitor w/o complaining?',
        'stat-66-percent-switch-to-competitor-s000',
      ],
      [
        'Passenger says: "My dad only speaks Ukrainian and your claim form is English only, he cannot file anything." What does the kb suggest we do about language barriers?',
        'tip-language-teams-or-translation-s002b',
      ],
      [
        'клиент пишет: "Вы хотите повторить историю United?? Там тоже думали, что пассажир всё стерпит!!!" — а что там у United было и во сколько им это обошлось, есть в базе?',
        'case-united-airlines-passenger-removal-s002a',
      ],
      [
        'klient pisze: "Delta też miała kiedyś awarię systemu i jakoś przeżyli, to i wy oddacie mi pieniądze za zgubiony bagaż". co baza mowi o tej awarii delty, jaka skala?',
        'stat-delta-2016-2300-flights-cancelled-s002a',
      ],
      [
        'клиент пишет: "Неделю не могу отменить подписку, оператор в чате каждый раз предлагает скидку вместо отмены. Вы как Comcast!!!" а что за исторя с Comcast, есть в кб? чтоб понимать о чем он',
        'case-ryan-block-comcast-s002b',
      ],
    ]);
    expectDeclined(engine, [
      'how many flights did Delta cancel in the 2024 CrowdStrike outage?',
      'o co chodzi z tym Zappos, kto go założył?',
    ]);
  });
});

describe('the subject named and a name used (rounds 111-112)', () => {
  it('reads the subject after "co baza mówi o", "o co chodzi z tym", "что за история с"', () => {
    expect(topicAskedWords(foldText('co baza mowi o tej awarii delty, jaka skala?'))).toEqual(
      new Set(['awarii', 'delty']),
    );
    expect(topicAskedWords(foldText('O co chodzi z tym Comcastem, mamy to w KB?')).has('comcastem')).toBe(
      true,
    );
    expect(topicAskedWords(foldText('а что за исторя с Comcast, есть в кб?')).has('comcast')).toBe(true);
  });

  it('reads "using the customer\'s name" as no person asked, "the customer\'s name?" as one', async () => {
    expect(
      roleAsked(foldText("trainee thinks using the customer's name feels fake. why do we bother?")),
    ).toBe(undefined);
    expect(roleAsked(foldText("what was the customer's name in the Comcast story?"))).not.toBe(undefined);
    const engine = await shippedEngine();
    expectAnsweredFirst(engine, [
      [
        "trainee thinks using the customer's name and tayloring the offer feels fake. why do we bother?",
        'tip-empathy-and-personalisation-s002a',
      ],
    ]);
  });
});

describe('a hasty spelling and a practice described (round 112)', () => {
  it('reads "сколко" as "сколько", so a pay asked is a value the tip lacks', async () => {
    const engine = await shippedEngine();
    expectDeclined(engine, ['сколко платят тайному покупателю за одну проверку отеля?']);
    expectAnsweredFirst(engine, [
      ['сколко рейсов отменила Delta в 2016?', 'stat-delta-2016-2300-flights-cancelled-s002a'],
    ]);
  });

  it('meets mystery shopping described as people posing as customers who write a report', async () => {
    const engine = await shippedEngine();
    expectAnsweredFirst(engine, [
      [
        'Nowa dziewczyna na rezerwacjach pyta, czemu centrala co jakiś czas podsyła ludzi udających gości, którzy potem piszą raport z naszej obsługi. Po co to się robi i co oni oceniają?',
        'tip-use-mystery-shoppers-s004',
      ],
    ]);
    expectDeclined(engine, ['best pizza near the office?', 'lol, can you draft my out-of-office?']);
  });
});
