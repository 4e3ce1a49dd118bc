// A decline that knows what was asked: a question asking for a kind of value (a year, a place, an amount of money, a
// share, a count, a person, a cause, a time of day) that the entry it shares words with never states is declined, in
// three languages, while the same kind asked of an entry that states it is answered.
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import type { AskedValue } from '../../src/answer/asked-values.js';
import { valueBit, valuesStated } from '../../src/answer/stated-values.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver, withTexts } from '../fixtures/engines.js';

// Names only: no year, place, amount, count, person or cause.
const removal = withTexts(
  { ...minimalEntry('case-skyjet-removal'), kind: 'case' },
  {
    pl: 'Skyjet siłą usunął pasażera z samolotu; nagranie obiegło media społecznościowe i zaszkodziło marce.',
    en: 'The carrier Skyjet forcibly removed a passenger from a plane; the video spread on social media and hurt the brand.',
    ru: 'Skyjet силой высадил пассажира из самолёта; видео разошлось по соцсетям и ударило по бренду.',
  },
  {
    pl: ['pasażer usunięty z samolotu Skyjet'],
    en: ['Skyjet passenger removed from a plane'],
    ru: ['пассажира высадили из самолёта Skyjet'],
  },
);
// A year, a place, a person, an amount of money, a cause.
const cancellation = withTexts(
  { ...minimalEntry('case-cablenet-cancellation'), kind: 'case' },
  {
    pl: 'W 2014 roku Ryan Hart w Chicago próbował anulować abonament Cablenet, ale konsultant odmawiał, bo miał zatrzymać każdego klienta; Cablenet zwrócił mu potem 50 dolarów.',
    en: 'In 2014 Ryan Hart in Chicago tried to cancel his Cablenet subscription, but the agent kept refusing because he had to keep every customer; Cablenet later refunded him 50 dollars.',
    ru: 'В 2014 году Райан Харт в Чикаго пытался отменить подписку Cablenet, но оператор отказывал, потому что должен был удержать каждого клиента; потом Cablenet вернул ему 50 долларов.',
  },
  {
    pl: ['anulowanie abonamentu Cablenet'],
    en: ['cancelling a Cablenet subscription'],
    ru: ['отмена подписки Cablenet'],
  },
);
// A count, but no cause.
const outage = withTexts(
  { ...minimalStatistic('stat-northwind-outage'), figure: '2300' },
  {
    pl: 'Awaria systemów w Northwind odwołała około 2300 lotów.',
    en: 'A systems outage at Northwind cancelled about 2300 flights.',
    ru: 'Сбой систем в Northwind отменил около 2300 рейсов.',
  },
  {
    pl: ['awaria Northwind'],
    en: ['Northwind outage'],
    ru: ['сбой Northwind'],
  },
);
// No share.
const selfService = withTexts(
  minimalEntry('tip-offer-self-service'),
  {
    pl: 'Oferuj samoobsługę obok konsultantów: klienci lubią sami załatwiać proste sprawy.',
    en: 'Offer self-service beside live agents: customers like to settle simple matters themselves.',
    ru: 'Предлагайте самообслуживание рядом с операторами: клиенты любят сами решать простые вопросы.',
  },
  {
    pl: ['samoobsługa klientów'],
    en: ['customer self-service'],
    ru: ['самообслуживание клиентов'],
  },
);
// A share.
const openComplaints = withTexts(
  { ...minimalStatistic('stat-four-percent-complain'), figure: '4%' },
  {
    pl: 'Tylko 4% niezadowolonych klientów otwarcie składa skargę.',
    en: 'Only 4% of unhappy customers complain openly.',
    ru: 'Лишь 4% недовольных клиентов открыто жалуются.',
  },
  {
    pl: ['ilu klientów otwarcie się skarży'],
    en: ['how many customers complain openly'],
    ru: ['сколько клиентов открыто жалуются'],
  },
);
// No time of day.
const poll = withTexts(
  { ...minimalEntry('case-kowal-cold-calling-poll'), kind: 'case' },
  {
    pl: 'Karol Kowal zrobił na LinkedInie ankietę o tym, co przeszkadza managerom w cold callingu.',
    en: 'Karol Kowal ran a LinkedIn poll on what troubles managers in cold calling.',
    ru: 'Кароль Коваль провёл в LinkedIn опрос о том, что мешает менеджерам в холодных звонках.',
  },
  {
    pl: ['ankieta Kowala o cold callingu'],
    en: ['Kowal poll on cold calling'],
    ru: ['опрос Коваля о холодных звонках'],
  },
);
// A time of day.
const callbackWindow = withTexts(
  minimalEntry('tip-callback-afternoon'),
  {
    pl: 'Oddzwaniaj do klientów po południu, po 14:00, gdy większość ma czas.',
    en: 'Call customers back in the afternoon, after 14:00, when most of them are free.',
    ru: 'Перезванивайте клиентам после обеда, после 14:00, когда у большинства есть время.',
  },
  {
    pl: ['kiedy oddzwaniać do klientów'],
    en: ['when to call customers back'],
    ru: ['когда перезванивать клиентам'],
  },
);

// A person only in the citation.
const quote = withTexts(
  {
    ...minimalEntry('quote-competitor-will'),
    kind: 'quote',
    source: { title: 'A column', attribution: 'Bob Hooey' },
  },
  {
    pl: '„Jeśli nie zadbasz o klienta, zrobi to konkurencja.”',
    en: '“If you don’t take care of your customer, your competitor will.”',
    ru: '«Если вы не позаботитесь о клиенте, это сделает конкурент».',
  },
  {
    pl: ['cytat o konkurencji i kliencie'],
    en: ['quote about competitors taking care of customers'],
    ru: ['цитата о конкуренте и клиенте'],
  },
);

const engine = engineOver([
  removal,
  cancellation,
  outage,
  selfService,
  openComplaints,
  poll,
  callbackWindow,
  quote,
]);
const ask = (question: string) => engine.answer({ question });

/** Per kind: questions (pl, en, ru) asking it of an entry that never states it, and of one that does. */
const CASES: { kind: AskedValue; missing: string[]; held: string[]; holder: string }[] = [
  {
    kind: 'year',
    missing: [
      'Kiedy Skyjet usunął pasażera z samolotu?',
      'When did Skyjet remove the passenger from the plane?',
      'Когда Skyjet высадил пассажира из самолёта?',
    ],
    held: [
      'Kiedy Ryan Hart próbował anulować abonament Cablenet?',
      'When did Ryan Hart try to cancel his Cablenet subscription?',
      'Когда Райан Харт пытался отменить подписку Cablenet?',
    ],
    holder: 'case-cablenet-cancellation',
  },
  {
    kind: 'place',
    missing: [
      'Na jakim lotnisku Skyjet usunął pasażera z samolotu?',
      'At which airport did Skyjet remove the passenger from the plane?',
      'В каком аэропорту Skyjet высадил пассажира из самолёта?',
    ],
    held: [
      'W jakim mieście Ryan Hart próbował anulować abonament Cablenet?',
      'In which city did Ryan Hart try to cancel his Cablenet subscription?',
      'В каком городе Райан Харт пытался отменить подписку Cablenet?',
    ],
    holder: 'case-cablenet-cancellation',
  },
  {
    kind: 'money',
    missing: [
      'Ile Skyjet zapłacił pasażerowi usuniętemu z samolotu?',
      'How much did Skyjet pay the passenger removed from the plane?',
      'Сколько Skyjet заплатил пассажиру, которого высадили из самолёта?',
    ],
    held: [
      'Ile pieniędzy Cablenet zwrócił Ryanowi Hartowi za abonament?',
      'How much money did Cablenet refund Ryan Hart for the subscription?',
      'Сколько денег Cablenet вернул Райану Харту за подписку?',
    ],
    holder: 'case-cablenet-cancellation',
  },
  {
    kind: 'share',
    missing: [
      'Jaki procent klientów woli samoobsługę od konsultantów?',
      'What percentage of customers prefer self-service to live agents?',
      'Какой процент клиентов предпочитает самообслуживание операторам?',
    ],
    held: [
      'Jaki procent niezadowolonych klientów otwarcie składa skargę?',
      'What percentage of unhappy customers complain openly?',
      'Какой процент недовольных клиентов открыто жалуются?',
    ],
    holder: 'stat-four-percent-complain',
  },
  {
    kind: 'count',
    missing: [
      'Ilu pasażerów było w samolocie Skyjet?',
      'How many passengers were on the Skyjet plane?',
      'Сколько пассажиров было в самолёте Skyjet?',
    ],
    held: [
      'Ile lotów odwołała awaria w Northwind?',
      'How many flights did the Northwind outage cancel?',
      'Сколько рейсов отменил сбой в Northwind?',
    ],
    holder: 'stat-northwind-outage',
  },
  {
    kind: 'person',
    missing: [
      'Kto był pasażerem usuniętym z samolotu Skyjet?',
      'Who was the passenger Skyjet removed from the plane?',
      'Кто был пассажиром, которого Skyjet высадил из самолёта?',
    ],
    held: [
      'Kto próbował anulować abonament Cablenet?',
      'Who tried to cancel a Cablenet subscription?',
      'Кто пытался отменить подписку Cablenet?',
    ],
    holder: 'case-cablenet-cancellation',
  },
  {
    kind: 'cause',
    missing: [
      'Co było przyczyną awarii systemów w Northwind?',
      'What caused the systems outage at Northwind?',
      'Какая была причина сбоя систем в Northwind?',
    ],
    held: [
      'Z jakiego powodu konsultant nie pozwolił Ryanowi Hartowi anulować abonamentu Cablenet?',
      'Why did the Cablenet agent refuse to let Ryan Hart cancel his subscription?',
      'Из-за чего оператор не дал Райану Харту отменить подписку Cablenet?',
    ],
    holder: 'case-cablenet-cancellation',
  },
  {
    kind: 'clockTime',
    missing: [
      'O jakiej porze dnia najlepiej robić cold calling według ankiety Karola Kowala?',
      'What time of day is best for cold calling, according to the Karol Kowal poll?',
      'В какое время дня лучше делать холодные звонки по опросу Кароля Коваля?',
    ],
    held: [
      'O jakiej porze dnia oddzwaniać do klientów?',
      'What time of day should I call customers back?',
      'В какое время дня перезванивать клиентам?',
    ],
    holder: 'tip-callback-afternoon',
  },
];

describe.each(CASES)('a question asking for a $kind', ({ kind, missing, held, holder }) => {
  it('is read as asking for it in three languages', () => {
    for (const q of [...missing, ...held]) expect(askedValues(q), q).toContain(kind);
  });

  // Without the reading these were answered (unsure): every other word of them is the entry's.
  it('is declined when the entry it shares its words with never states one', () => {
    for (const q of missing) expect(ask(q).certainty, q).toBe('declined');
  });

  it('is answered by the entry that states one', () => {
    for (const q of held) {
      const result = ask(q);
      expect(result.answered, q).toBe(true);
      expect(result.answers[0]?.entry.id, q).toBe(holder);
    }
  });
});

describe('a question asking who said a quote', () => {
  it('is answered by the quote, whose author only its citation names', () => {
    for (const q of [
      'Kto powiedział, że jeśli nie zadbasz o klienta, zrobi to konkurencja?',
      'Who said that if you don’t take care of your customer, your competitor will?',
      'Кто сказал, что если не позаботиться о клиенте, это сделает конкурент?',
    ]) {
      expect(askedValues(q), q).toContain('person');
      const result = ask(q);
      expect(result.answered, q).toBe(true);
      expect(result.answers[0]?.entry.id, q).toBe('quote-competitor-will');
    }
  });
});

describe('what an entry states', () => {
  it('reads each kind from the text in any language, the figure and the citation', () => {
    const stated = valuesStated(cancellation);
    for (const kind of ['year', 'place', 'money', 'count', 'person', 'cause'] as const)
      expect(stated & valueBit(kind), kind).not.toBe(0);
    const bare = valuesStated(removal);
    for (const kind of ['year', 'place', 'money', 'count', 'person', 'cause', 'share'] as const)
      expect(bare & valueBit(kind), kind).toBe(0);
    const quoted = { ...removal, source: { title: 'A column', attribution: 'Bob Hooey' } };
    expect(valuesStated(quoted) & valueBit('person')).not.toBe(0);
  });

  it('takes a share in words ("one in ten", "połowa", "половина") for a share', () => {
    for (const text of ['one in ten customers', 'połowa klientów', 'половина клиентов'])
      expect(valuesStated({ ...selfService, text: { en: text } }) & valueBit('share'), text).not.toBe(0);
  });
});

describe('reading what kind of value a question asks', () => {
  it('does not take a relative "who" or "kiedy" in a story for a question about a person or a date', () => {
    expect(askedValues('What % of people who ran into poor service cut ties completely?')).toEqual(['share']);
    expect(askedValues('Co robić, kiedy klient się rozłączył, a potem dzwoni znowu?')).toEqual([]);
    expect(askedValues('kto ma rację, ja czy Kasia?')).toEqual([]);
  });

  it('takes a ratio of costs for a figure, not an amount of money', () => {
    expect(askedValues('ile razy drożej kosztuje zdobycie nowego klienta')).toEqual([]);
    expect(askedValues('во сколько раз дороже новый клиент')).toEqual(['count']);
  });

  it('takes what a customer is worth for a figure, what a tool or an outage cost for money', () => {
    expect(askedValues('сколько стоит постоянный клиент?')).not.toContain('money');
    expect(askedValues('постоянный покупатель сколько стоит для бизнеса')).not.toContain('money');
    expect(askedValues('сколько стоит LiveAgent в месяц?')).toContain('money');
    expect(askedValues('сколько стоил сбой Skyjet?')).toContain('money');
  });

  it('takes what a firm lost for an amount of money, the customers it lost for a count', () => {
    for (const q of [
      'How much did Skyjet lose after the outage?',
      'what were the losses after the crash',
      'awaria systemów w 2016 i ile stracili?',
      'jakie były straty po awarii',
      'какие убытки после сбоя',
      'сколько потеряла авиакомпания из-за сбоя',
    ])
      expect(askedValues(q), q).toContain('money');
    expect(askedValues('What is the financial loss from churn?')).toContain('money');
    expect(askedValues('ile klientów stracili przez złą obsługę')).toEqual(['count']);
    expect(askedValues('Ile stracili klientów po awarii?')).toEqual(['count']);
    expect(askedValues('сколько клиентов потеряли из-за сбоя')).toEqual(['count']);
    expect(askedValues('What was the loss of customers after the outage?')).not.toContain('money');
    expect(askedValues('How much of their customer base do companies lose each year?')).not.toContain(
      'money',
    );
  });

  it('takes a wage or a fee named without "how much" for an amount of money, paying more for a share', () => {
    for (const q of [
      'typical pay for a mystery shopper per visit?',
      'average salary of a support agent in Poland',
      'mystery shopper fee per visit',
      'jakie zarobki ma tajemniczy klient?',
      'średnie wynagrodzenie konsultanta',
      'какая зарплата у тайного покупателя?',
      'сколько получает тайный покупатель за визит',
    ])
      expect(askedValues(q), q).toContain('money');
    for (const q of [
      'would customers pay more for better service?',
      'should a lead pay a visit to the agents on the night shift?',
      'jak wynagradzać dobrą obsługę w zespole?',
    ])
      expect(askedValues(q), q).not.toContain('money');
  });

  it('takes a year named as a keyword ("incident year?") for a year, a rate per year for none', () => {
    for (const q of [
      'Skyjet incident year?',
      'year of the Skyjet incident',
      'rok incydentu Skyjet?',
      'Skyjet: rok?',
      'год инцидента Skyjet?',
      // a word or two between the asking words and the year (session 28)
      'incydent Skyjet — w którym to było roku?',
      'инцидент Skyjet, в каком это было году?',
      // "kakim" for "jakim", as a Russian speaker types Polish (round 33)
      'skandal Skyjet, w kakim roku to było?',
      // when a study came out (round 36)
      'the Skyjet survey: year of publication?',
      'when was the Skyjet survey published?',
      'rok publikacji raportu Skyjet?',
      'отчёт Skyjet: год публикации и название?',
      // keyword strings with no question mark (round 39)
      'skyjet survey year',
      'incydent skyjet rok',
      'year skyjet survey',
    ])
      expect(askedValues(q), q).toContain('year');
    for (const q of [
      'how many customers leave per year?',
      'ile skarg na rok?',
      'year over year, do customers leave?',
      'rok 2016: awaria skyjet',
      'сколько жалоб в год?',
      // a period, no year asked (session 28)
      'how many consumers switched brands in the past year?',
      'ilu klientów odeszło przez ostatni rok?',
      'сколько потребителей сменили бренд за последний год?',
    ])
      expect(askedValues(q), q).not.toContain('year');
    const engine = engineOver([removal, cancellation]);
    expect(engine.answer({ question: 'Skyjet incident year?' }).certainty).toBe('declined');
    expect(engine.answer({ question: 'Cablenet cancellation year?' }).answers[0]?.entry.id).toBe(
      'case-cablenet-cancellation',
    );
  });

  it('takes a share asked with its precision ("what exact %") for a share, in three languages', () => {
    for (const q of [
      'what exact % of unhappy customers complain?',
      'jaki dokładnie procent klientów się skarży?',
      'какой точно процент клиентов жалуется?',
    ])
      expect(askedValues(q), q).toContain('share');
  });

  it('takes a rate, a length, a year or a cause asked as a keyword, in three languages', () => {
    const cases: [string, AskedValue][] = [
      ['stawka mystery shoppera za wizytę?', 'money'],
      ['какая ставка за визит у тайного покупателя?', 'money'],
      ["skyjet's cablenet call — how long?", 'duration'],
      ['year of the skyjet dragging incident?', 'year'],
      ['Co konkretnie wywaliło system Skyjet — awaria zasilania czy pożar?', 'cause'],
      ['что конкретно положило систему Skyjet?', 'cause'],
      ['___% leave silently for competitors', 'share'],
      ['LiveAgent почём в месяц?', 'money'],
      ['во сколько обошёлся сбой системы Skyjet?', 'money'],
    ];
    for (const [q, value] of cases) expect(askedValues(q), q).toContain(value);
    expect(askedValues('how long should a call take to answer')).not.toContain('duration');
    expect(askedValues('во сколько раз дороже новый клиент?')).not.toContain('money');
  });

  it('takes a strategy for no loss', () => {
    expect(askedValues('Jaka strategia retencji klientów działa najlepiej?')).toEqual([]);
    expect(askedValues('Jakie strategie obsługi reklamacji polecacie?')).toEqual([]);
  });

  it('leaves the year of a publication to its citation', () => {
    expect(askedValues('When was the Russian article on bad service published?')).toEqual([]);
    expect(askedValues('In which year did Gartner publish the 89% figure?')).toEqual(['year']);
  });
});
