// What round 54 of the held-out sets (a team's first day with the bot) taught: "who is <Name> and what happened…" asks
// the story, not who the person is; a past episode asked as "o co chodziło z…" or "что у него было с…"; how many agents a
// team needs is advice, no count; chat shorthand for a statistic ("стата") and a definition ("wtf is"). Fixture entries
// are made up; the shipped base is read only where its own wording is the point.
import { describe, expect, it } from 'vitest';
import { asksChitChat } from '../../src/answer/chit-chat.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { asksPlanPrice } from '../../src/answer/plan-price-asks.js';
import { personAsked } from '../../src/answer/person-asks.js';
import { foldText } from '../../src/answer/normalize.js';
import type { Entry } from '../../src/kb/schema.js';
import { canonicalStem } from '../../src/answer/synonyms.js';
import { stemWord } from '../../src/answer/stem.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';
import { engineOver, expectAnsweredFirst, withTexts } from '../fixtures/engines.js';

const asked = (question: string) => personAsked(question, foldText(question));

describe('"who is <Name>" joined to another ask', () => {
  it('asks the story or the finding, so who the person is is no detail the entry must state', () => {
    for (const question of [
      'кто такой Ryan Block и что у него было с Comcast',
      'кто такой Эстебан Кольски и что он выяснил про жалобы?',
      'kim jest Kolsky i co zbadał?',
      'who is Ryan Block and what happened with Comcast?',
    ])
      expect(asked(question), question).toEqual({ who: false, bareWho: false, role: false });
  });

  it('still asks who they are alone, or with their calling or workplace asked beside it', () => {
    expect(asked('who is Bob Hooey?')).toEqual({ who: true, bareWho: true, role: false });
    expect(asked('who is Ryan Block and what does he do now?').who).toBe(true);
    expect(asked('кто такой Ryan Block и где он сейчас работает?').role).toBe(true);
  });

  it('reads "кто такой <Name>" as a person asked, not a definition; "кто такой тайный покупатель" still is one', () => {
    expect(kindsAskedFor('кто такой Эстебан Кольски и что он выяснил про жалобы?').has('definition')).toBe(
      false,
    );
    expect(kindsAskedFor('кто такой тайный покупатель?').has('definition')).toBe(true);
    expect(kindsAskedFor('Кто такой Ryan Block? что такое 2.5G').has('definition')).toBe(true);
  });
});

describe('a past episode asked', () => {
  it('asks a case in "o co chodziło z…" and "что у него было с…"', () => {
    expect(kindsAskedFor('o co chodzilo z Ryanem Blockiem i Comcastem?').has('case')).toBe(true);
    expect(kindsAskedFor('кто такой Ryan Block и что у него было с Comcast').has('case')).toBe(true);
  });

  it('leaves the present "o co chodzi z NPS?" and a figure\'s gist no case', () => {
    expect(kindsAskedFor('o co chodzi z NPS?').has('case')).toBe(false);
    expect(kindsAskedFor('Gartner i te ok. 90 proc. firm – o co tam chodziło?').has('case')).toBe(false);
  });
});

describe('how many agents a team needs', () => {
  it('asks advice or a measure, no statistic, in three languages', () => {
    for (const question of [
      'kolejki na infolinii rosną, ile konsultantów powinniśmy mieć na zmianie?',
      'сколько нужно консультантов на смене?',
      'how many agents should we have per shift?',
    ])
      expect(kindsAskedFor(question), question).toEqual(new Set(['tip', 'metric']));
  });

  it("leaves a count of a named company's staff a statistic asked", () => {
    expect(kindsAskedFor('ile osób pracuje w Zappos?')).toEqual(new Set(['statistic']));
  });
});

describe('chat shorthand', () => {
  it('reads "стата" as a statistic asked and "any recommendations?" as advice asked', () => {
    expect(kindsAskedFor('есть стата как компании оценивают свой сервис?').has('statistic')).toBe(true);
    expect(kindsAskedFor('сколько нужно консультантов? есть какие-то рекомендации')).toContain('tip');
    expect(kindsAskedFor('any recommendations?')).toEqual(new Set(['tip']));
  });

  it("leaves customers' recommendations, the topic, no advice asked", () => {
    expect(kindsAskedFor('почему рекомендации важнее рекламы').has('tip')).toBe(false);
    expect(kindsAskedFor('есть какие-то рекомендации клиентов в статье?').has('tip')).toBe(false);
  });

  it('reads "wtf is that" as a definition asked', () => {
    expect(kindsAskedFor('saw 2.5G in the glossary, wtf is that').has('definition')).toBe(true);
  });
});

const documenting: Entry = withTexts(
  minimalEntry('tip-keep-notes'),
  {
    pl: 'Zawsze zapisuj w systemie status i krótkie podsumowanie każdej rozmowy zwrotnej.',
    en: 'Always document the status and a short summary of every call-back in the system.',
    ru: 'Всегда фиксируйте в системе статус и краткое резюме каждого обратного звонка.',
  },
  { pl: ['notatki po rozmowie'], en: ['notes after a call'], ru: ['заметки после звонка'] },
);
const calling: Entry = withTexts(
  minimalEntry('tip-call-back'),
  {
    pl: 'Oddzwoń do klienta po rozwiązaniu sprawy i upewnij się, że jest zadowolony.',
    en: 'Call the customer back once the case is solved and make sure they are satisfied.',
    ru: 'Перезвоните клиенту после решения вопроса и убедитесь, что он доволен.',
  },
  { pl: ['oddzwonić po sprawie'], en: ['call back after a case'], ru: ['перезвонить после решения'] },
);

describe('what one writes into a ticket', () => {
  it('reads "wpisywać" and "notować" as the entries\' "zapisuj", "dokumentuj"; "wpis" (a post) stays apart', () => {
    const group = (word: string) => canonicalStem(stemWord(word, 'pl'), 'pl');
    expect(group('wpisywac')).toBe(group('zapisuj'));
    expect(group('notowac')).toBe(group('dokumentowac'));
    expect(group('wpis')).not.toBe(group('zapisuj'));
  });

  it('is documenting it: "co wpisywać do systemu po rozmowie zwrotnej" finds the documenting tip', () => {
    expectAnsweredFirst(engineOver([documenting, calling]), [
      ['co wpisywać do systemu po rozmowie zwrotnej?', 'tip-keep-notes'],
    ]);
  });
});

describe("the team's own policy and a tool's price plan", () => {
  it("are asked of no entry: the company's rules, a licence or seat price", () => {
    for (const question of [
      'jaka jest nasza polityka refundów, ile dni klient ma na zwrot kasy?',
      "what's our refund policy for annual subscriptions?",
      'какая у нас политика возврата денег? сколько дней клиенту на рефанд',
    ])
      expect(asksChitChat(foldText(question)), question).toBe(true);
    for (const question of [
      'ile kosztuje LiveAgent miesięcznie za agenta?',
      'how much does LiveAgent cost per agent per month?',
      'сколько стоит LiveAgent? есть тарифы в месяц?',
    ])
      expect(asksPlanPrice(foldText(question)), question).toBe(true);
  });

  it('leave what the articles say of a strict returns policy, or what bad service costs a year, to the entries', () => {
    expect(asksChitChat(foldText('our returns policy is strict, does it cost us customers?'))).toBe(false);
    expect(asksChitChat(foldText('czy skomplikowana polityka zwrotów odstrasza klientów?'))).toBe(false);
    expect(asksPlanPrice(foldText('ile kosztuje zła obsługa rocznie?'))).toBe(false);
    expect(asksPlanPrice(foldText('how much does a new customer cost compared to keeping one?'))).toBe(false);
    // a licence renewed, a position applied for: no plan priced
    expect(
      asksPlanPrice(
        foldText('Mamy problem z churnem przy renewalach licencji. Ile razy drożej kosztuje nowy klient?'),
      ),
    ).toBe(false);
    expect(asksPlanPrice(foldText('arkusz oceny kandydatów na konsultanta: ile kosztuje nowy klient?'))).toBe(
      false,
    );
  });
});
