// The asker's own numbers told beside the ask ("we had 5,200 unhappy customers, how many will complain?", "costs us
// €40"), which the asker will apply the article's figure to, and a person's name asked ("what was the name of the guy
// who…", "jak się nazywał", "как звали"), which an entry naming the person answers: in three languages, on a small
// fixture base. Round 37 and round 35 of the held-out sets found both declined.
import { describe, expect, it } from 'vitest';
import { withoutOwnQuantities } from '../../src/answer/own-quantities.js';
import { foldText } from '../../src/answer/normalize.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver, expectAnsweredFirst } from '../fixtures/engines.js';
import { oneIn26, shoeboxLongCall, switchSurvey } from '../fixtures/story-entries.js';

const newCustomerCost: Entry = {
  ...minimalStatistic('stat-new-customer-5x'),
  figure: '5×',
  text: {
    pl: 'Pozyskanie nowego klienta kosztuje pięć razy więcej niż utrzymanie obecnego.',
    en: 'Winning a new customer costs five times as much as keeping an existing one.',
    ru: 'Привлечение нового клиента обходится в пять раз дороже, чем удержание существующего.',
  },
  phrasings: {
    pl: ['ile kosztuje nowy klient w porównaniu ze starym'],
    en: ['cost of a new customer vs keeping one'],
    ru: ['во сколько раз дороже новый клиент'],
  },
};

const cablenetCase: Entry = {
  ...minimalEntry('case-tom-reed-cablenet'),
  kind: 'case',
  text: {
    pl: 'W 2015 roku Tom Reed próbował zamknąć konto w Cablenet, a konsultant nie pozwalał mu zrezygnować.',
    en: 'In 2015 Tom Reed tried to close his Cablenet account, and the agent would not let him leave.',
    ru: 'В 2015 году Том Рид пытался закрыть счёт в Cablenet, а оператор не давал ему уйти.',
  },
  phrasings: {
    pl: ['historia Toma Reeda i Cablenet'],
    en: ['Tom Reed Cablenet story'],
    ru: ['история Тома Рида и Cablenet'],
  },
};

const ostrovFinding: Entry = {
  ...minimalStatistic('stat-ostrov-12-percent-tell-20'),
  figure: '12%',
  text: {
    pl: 'Według badań Marka Ostrova 12% niezadowolonych klientów opowiada o skardze 20 lub więcej osobom.',
    en: "According to Mark Ostrov's research, 12% of unhappy customers tell 20 or more people about their complaint.",
    ru: 'По исследованию Марка Острова, 12% недовольных клиентов рассказывают о жалобе 20 и более людям.',
  },
  phrasings: {
    pl: ['badanie Ostrova o skargach'],
    en: ["Ostrov's research on complaints"],
    ru: ['исследование Острова о жалобах'],
  },
  source: { title: 'Complaints', attribution: 'Mark Ostrov' },
};

describe("the asker's own numbers", () => {
  const engine = engineOver([oneIn26, switchSurvey, newCustomerCost, shoeboxLongCall]);

  it('are no figure the entry must state: the statistic to apply to them is answered', () => {
    expectAnsweredFirst(engine, [
      ['We had 5,200 unhappy customers last month, how many of them will complain to us?', oneIn26.id],
      ['mamy w tym miesiącu 1300 niezadowolonych klientów, ilu z nich złoży skargę?', oneIn26.id],
      ['у нас за квартал 520 недовольных клиентов, сколько из них пожалуются?', oneIn26.id],
      ['If keeping a client costs us €40, what does winning a new one cost?', newCustomerCost.id],
      ['Utrzymanie klienta kosztuje nas 80 zł, ile razy drożej wyjdzie nowy?', newCustomerCost.id],
      [
        'Удержание клиента обходится нам в 300 рублей, во сколько раз дороже привлечь нового?',
        newCustomerCost.id,
      ],
    ]);
  });

  it("leave the team's own figure for a period declined, and a figure restated still a figure", () => {
    expect(engine.answer({ question: 'how many complaints did we get last week?' }).answered).toBe(false);
    expect(withoutOwnQuantities(foldText('is it true 26 customers complain?'))).toContain('26');
    expect(withoutOwnQuantities(foldText('did Skyjet lose $150 million?'))).toContain('150');
    for (const told of [
      'we lost 300 customers',
      'a team of 20',
      'из 500 клиентов',
      'zespół 12 osób',
      // a push-back's own numbers (round 119): the volume handled, one customer's order
      'why care about one customer, we do like 5k orders a day',
      'клиент, у которого один заказ на 400 рублей',
      'robimy 300 zamówień dziennie',
    ])
      expect(withoutOwnQuantities(foldText(told)), told).not.toMatch(/\d/);
  });
});

describe("a person's name asked", () => {
  const engine = engineOver([cablenetCase, shoeboxLongCall, ostrovFinding, oneIn26]);

  it('is answered by the entry naming the person, in three languages', () => {
    expectAnsweredFirst(engine, [
      ["what was the name of the guy who couldn't close his Cablenet account?", cablenetCase.id],
      ['Ten gość, co nie mógł zamknąć konta w Cablenet – jak się nazywał?', cablenetCase.id],
      ['как звали того парня, который не мог закрыть счёт в Cablenet?', cablenetCase.id],
      // the asker unsure of a name they typed asks no name
      [
        'Ostrow or Ostrov, whatever his name is — what did his research find about complaints?',
        ostrovFinding.id,
      ],
    ]);
  });

  it('is declined when the entry names no one', () => {
    expect(
      engine.answer({ question: 'what was the name of the Shoebox agent who stayed on the long call?' })
        .answered,
    ).toBe(false);
  });
});
