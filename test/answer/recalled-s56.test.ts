// What session 56 learned from round 138 (decisions, a fourth time): a value asked with "what is … worth" read as a
// term to define, an airline called by its other Russian name ("авиаперевозчик"), "сколько … стоит за одним" (who
// stands behind one) read as a price, and three dilemmas of the shift taught as team wordings; and from round 139 (the
// half-remembered fact): the asker's memory checked ("mam w głowie 5x", "dobrze pamiętam liczbę?") read as an ask of
// its own or a figure of theirs, "tymi" as a content word, and "сикрет шопер" as no term the entries define; and from
// round 140: a lost badge and a forgotten password answered with a tip, and "co to było z tym 1 na 26?" as a definition;
// and from round 141 (the multilingual team): Russian typed on a Polish keyboard ("czto"), names in a transliterated
// question read in Cyrillic, and a translation into Ukrainian or a keyboard layout answered with a tip; and from round
// 142: "сколько процентов … сотрудников" read as a count of staff.
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { asksChitChat } from '../../src/answer/chit-chat.js';
import { countedPopulation } from '../../src/answer/counted-asks.js';
import { checkFrameWords } from '../../src/answer/check-frame.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { foldText } from '../../src/answer/normalize.js';
import { cyrillicQuestion } from '../../src/answer/translit-question.js';
import { isStopword } from '../../src/answer/stopwords.js';
import { expectAnsweredFirst, expectDeclined, shippedEngine } from '../fixtures/engines.js';

describe('"what is … worth" asks a value, not a definition', () => {
  it('reads no definition asked in "whats worth more" and "what is a loyal customer worth", and one in "what is a mystery shopper"', () => {
    expect(kindsAskedFor('whats worth more: a new customer or a loyal one?').has('definition')).toBe(false);
    expect(kindsAskedFor('what is a loyal customer worth').has('definition')).toBe(false);
    expect(kindsAskedFor('what is a mystery shopper').has('definition')).toBe(true);
  });

  it('answers the first basket weighed against a loyal customer with what a loyal customer is worth', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        "whats worth more: a new customer's first basket or one loyal customer over time? need a multiplier for the budget deck",
        'stat-loyal-customer-worth-10x-s001',
      ],
      ['what is a loyal customer worth', 'stat-loyal-customer-worth-10x-s001'],
    ]);
  });
});

describe('"авиаперевозчик" is an airline', () => {
  it('answers an outage at an air carrier with the Delta case', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      ['был пример со сбоем у авиаперевозчика?', 'case-delta-airlines-2016-outage-s002a'],
      [
        'что обойдется дороже — менять систему продажи ски-пассов сейчас, до сезона, или дотянуть на старой, пока не ляжет? был пример со сбоем у авиаперевозчика',
        'case-delta-airlines-2016-outage-s002a',
      ],
    ]);
  });
});

describe('"сколько … стоит за одним" asks who stands behind, no price', () => {
  it('reads a count, not money, and still money in "сколько стоит за час"', () => {
    expect(askedValues('Сколько реально недовольных стоит за одним, кто написал жалобу?')).not.toContain(
      'money',
    );
    expect(askedValues('сколько недовольных стоит за каждой жалобой')).not.toContain('money');
    expect(askedValues('сколько стоит за час работа тайного покупателя')).toContain('money');
  });
});

describe("the shift's dilemmas taught as team wordings", () => {
  it('answers the silent unhappy customer, the guess or the call back, and notes when the queue is long', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'Клиент сдал лыжи, по лицу видно что недоволен, но ничего не сказал. Спросить самому, что не так, или не лезть, раз не жалуется?',
        'stat-only-1-in-26-complain-s000',
      ],
      [
        'Klient pyta, czy gwarancja obejmuje uszczelkę drzwi zmywarki, a ja nie jestem pewna. Odpowiedzieć na czuja, żeby nie trzymać go na holdzie, czy sprawdzić i oddzwonić?',
        'metric-information-quality-s003',
      ],
      [
        'After a refund call, do I bother writing notes in the system or skip it when the queue is long? takes 2 min every time',
        'tip-document-follow-up-interactions-s002b',
      ],
    ]);
  });
});

describe('a figure the asker half remembers is theirs to check', () => {
  it('reads "mam w głowie", "dobrze pamiętam liczbę?" and "правильно помню цифру?" as a check frame', () => {
    expect([...checkFrameWords(foldText('mam w głowie 5x, ale chcę podać dokładnie'))]).toEqual(
      expect.arrayContaining(['mam', 'glowie']),
    );
    expect(checkFrameWords(foldText('7-8 razy drożej niż co? dobrze pamiętam liczbę?')).has('liczbe')).toBe(
      true,
    );
    expect(checkFrameWords(foldText('в 7-8 раз дороже? правильно помню цифру?')).has('цифру')).toBe(true);
  });

  it('answers the cost of a new customer recalled as 5x or as 7-8x with the 6-7x statistic', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'ile razy drożej jest pozyskać nowego klienta niż utrzymać obecnego? mam w głowie 5x, ale chcę podać dokładnie w mailu do zespołu',
        'stat-new-customer-6-7x-costlier-s000',
      ],
      [
        'pozyskanie nowego klienta jest 7-8 razy drozsze niz co? dobrze pamietam liczbe?',
        'stat-new-customer-6-7x-costlier-s000',
      ],
    ]);
  });
});

describe('a name misspelt beside a pronoun, and a term said in Cyrillic', () => {
  it('reads "tymi" and "этими" as stop words', () => {
    expect(isStopword('tymi')).toBe(true);
    expect(isStopword('этими')).toBe(true);
  });

  it("answers Kolsky's finding asked with his name spelt two ways, and the secret shopper as 'сикрет шопер'", async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'Esteban Kolski czy Kolsky — co on zbadał z tymi niezadowolonymi, co opowiadają innym?',
        'stat-13-percent-tell-15-people-s002a',
      ],
      [
        'сикрет шопер что это такое вообще, по определению? нас в клинике хотят таким проверять на ресепшене',
        'def-mystery-shopper-s004',
      ],
    ]);
  });
});

describe("the team's own badge and password are no entry's", () => {
  it("reads a lost badge and a forgotten password as chit-chat, and not a customer's password trouble", () => {
    for (const question of [
      'zgubiłam identyfikator do biura, komu to zgłosić?',
      'ne mogu zajti na platformu s treningami, parol ne podhodit, kuda pisat?',
      'забыл пароль от платформы с обучением, куда писать чтобы сбросили?',
      'I lost my badge, who do I tell?',
    ])
      expect(asksChitChat(foldText(question)), question).toBe(true);
    expect(asksChitChat(foldText('customer forgot their password and is furious, what do I do?'))).toBe(
      false,
    );
  });

  it('declines them', async () => {
    expectDeclined(await shippedEngine(), [
      'zgubiłam identyfikator do biura (order support), komu to zgłosić żeby dostać nowy?',
      'nie moge sie zalogowac do VPN na nowym laptopie, do kogo pisac?',
    ]);
  });
});

describe('"co to było" recalls a fact, it asks no definition', () => {
  it('reads no definition in "co to było z tym 1 na 26?", one in "co to jest NPS?" and "co to był za mystery shopper?"', () => {
    expect(kindsAskedFor('co to bylo z tym 1 na 26?').has('definition')).toBe(false);
    expect(kindsAskedFor('co to jest NPS?').has('definition')).toBe(true);
    expect(kindsAskedFor('co to był za mystery shopper?').has('definition')).toBe(true);
  });

  it('answers the 1 in 26 recalled without its meaning', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'co to bylo z tym 1 na 26? pamietam liczbe ze szkolenia ale nie wiem czego dotyczyła',
        'stat-1-in-26-complain-s002a',
      ],
    ]);
  });
});

describe('what a company "pulled", in slang, asks its case', () => {
  it('reads "co oni tam odwalili" and "что они там натворили" as a case asked', () => {
    expect(kindsAskedFor('United Airlines – co oni tam odwalili?').has('case')).toBe(true);
    expect(kindsAskedFor('что они там натворили в United?').has('case')).toBe(true);
  });

  it('answers United asked so with its case', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'United Airlines – co oni tam odwalili i ile to ich kosztowało? ktoś w kolejce po auto na lotnisku o tym gadał',
        'case-united-airlines-passenger-removal-s002a',
      ],
    ]);
  });
});

describe('Russian typed on a Polish keyboard, with its names as spelt', () => {
  it('reads "czto" as "что" and keeps the names of a transliterated question in Latin letters', () => {
    expect(cyrillicQuestion('kto takoj Ryan Block i czto u nego bylo s Comcast?')).toBe(
      'кто такой ryan block и что у него было с comcast?',
    );
  });

  it('answers the Comcast case and the mystery shopper asked so', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      ['kto takoj Ryan Block i czto u nego bylo s Comcast?', 'case-ryan-block-comcast-s002b'],
      [
        'czto takoje mystery shopper i zaczem firmy ich nanimajut? nado objasnit nowenkomu na kasse click&collect',
        'def-mystery-shopper-s004',
      ],
    ]);
  });
});

describe('a translation into a language no article is written in, and a keyboard layout', () => {
  it('reads them as asks no entry answers, not a customer speaking the language or a translation told', () => {
    for (const question of [
      'how do u say tajemniczy klient in Ukrainian?',
      'Как будет «tajemniczy klient» по-украински? Для укр. коллег в глоссарий',
      'kak budet tajemniczy klient po-ukrainski?',
      'jak jest mystery shopper po niemiecku?',
      'Какую раскладку поставить, чтобы на польской клаве печатать кириллицей?',
    ])
      expect(asksChitChat(foldText(question)), question).toBe(true);
    expect(asksChitChat(foldText('klient mówi po ukraińsku, jak go obsłużyć?'))).toBe(false);
    expect(asksChitChat(foldText("Say it in plain words, she'll translate it into Ukrainian."))).toBe(false);
  });

  it('declines them', async () => {
    expectDeclined(await shippedEngine(), [
      'how do u say tajemniczy klient in Ukrainian?',
      'Какую раскладку поставить, чтобы на польской клаве печатать кириллицей?',
    ]);
  });
});

describe('"сколько процентов" asks a share, not a count', () => {
  it('reads no staff counted in "сколько процентов выгоревших сотрудников", and staff in "сколько сотрудников"', () => {
    expect(
      countedPopulation('Сколько процентов выгоревших сотрудников чаще берут больничный?'),
    ).toBeUndefined();
    expect(countedPopulation('сколько сотрудников нужно на смену?')).toBe('staff');
  });

  it('answers the burnout figure on sick days asked so', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'Скока процентов выгоревших сотрудников чаще берут sick day? Лид хочет цифру на one-on-one',
        'stat-burnout-63-percent-sick-days-s002b',
      ],
    ]);
  });
});
