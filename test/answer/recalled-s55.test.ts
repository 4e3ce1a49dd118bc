// What session 55 learned from round 130 (decisions: two options in the asker's words, then the fact that decides):
// words that looked like an ask and were not ("или" read as a past tense, "ile trzeba" as a figure, "co to robi" as a
// definition, "historia pobytów" as a story), and a figure to be worked out read as a formula asked.
import { describe, expect, it } from 'vitest';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { asksForProcedure } from '../../src/answer/procedure-asks.js';
import { expectAnsweredFirst, expectDeclined, shippedEngine } from '../fixtures/engines.js';

describe('"или" and "если" are no past tense after "когда"', () => {
  it('answers "when they are pleased or when not" as the two word-of-mouth figures, not as a date asked', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'Что сильнее расходится по знакомым — когда гость доволен или когда недоволен? Скольким людям обычно рассказывают?',
        'stat-unhappy-customers-tell-15-s000',
      ],
    ]);
  });
});

describe('"as long as it takes" asks no figure', () => {
  it('reads "ile trzeba" and "сколько нужно" closing a clause as no statistic asked, and before a noun as one', () => {
    expect(kindsAskedFor('Kończyć grzecznie czy siedzieć ile trzeba?').has('statistic')).toBe(false);
    expect(kindsAskedFor('Держать разговор сколько нужно или укладываться в AHT?').has('statistic')).toBe(
      false,
    );
    expect(kindsAskedFor('ile trzeba mieć konsultantów na zmianie?').has('statistic')).toBe(true);
  });

  it('answers the long call weighed against the handling time with the tip to let agents take their time', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'Rozmowa z gościem o zmianie rezerwacji trwa już 40 min, AHT mi leci w kosmos. Kończyć grzecznie czy siedzieć ile trzeba?',
        'tip-let-agents-take-their-time-s002a',
      ],
      [
        'Гость на линии уже 25 минут, собирает свадьбу сразу на 3 отеля. Держать разговор сколько нужно или укладываться в наш AHT 7 минут и перезванивать?',
        'tip-let-agents-take-their-time-s002a',
      ],
    ]);
  });
});

describe('what something does is no definition asked', () => {
  it('reads "co to robi z…" as no definition, "co to jest…" as one', () => {
    expect(kindsAskedFor('jest jakieś badanie, co to robi z L4 i odejściami?').has('definition')).toBe(false);
    expect(kindsAskedFor('co to jest NPS?').has('definition')).toBe(true);
  });

  it('answers overtime weighed against burnout with a burnout figure', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'Zamiast zatrudniać, dam ludziom nadgodziny przez cały sezon, dadzą radę. HR marudzi o wypaleniu — jest jakieś badanie, co to robi z L4 i odejściami?',
        'stat-burnout-2-6x-job-search-s002b',
      ],
    ]);
  });
});

describe('a figure to be worked out is asked, not its formula', () => {
  it('answers "da się policzyć, ile wart jest stały klient" with the loyal customer\'s worth', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'Program lojalnościowy dla stałych gości to moim zdaniem przepalanie kasy. Da się to jakoś policzyć, ile wart jest stały klient w porównaniu z jego pierwszym zakupem?',
        'stat-loyal-customer-worth-10x-s001',
      ],
    ]);
  });
});

describe("a customer's record is no story, and looking it up is a procedure", () => {
  it('reads "historia pobytów" and "история заказов" as no case asked, "historia z Comcastem" as one', () => {
    expect(kindsAskedFor('historia pobytów gościa').has('case')).toBe(false);
    expect(kindsAskedFor('история заказов клиента').has('case')).toBe(false);
    expect(kindsAskedFor('jaka to była historia z Comcastem?').has('case')).toBe(true);
  });

  it("declines where to find a customer's history", async () => {
    expect(asksForProcedure('gdzie znajdę historię klienta')).toBe(true);
    expect(asksForProcedure('где найти историю заказов клиента?')).toBe(true);
    expectDeclined(await shippedEngine(), [
      'gdzie znajdę historię klienta',
      'где найти историю заказов клиента?',
      "where do I find the customer's history?",
    ]);
  });
});
