// What round 51 of the held-out sets (teams from other industries, in their trade's words) found: the readers below,
// on the wording the askers used, and the wording that must stay as it was beside it.
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { asksChitChat } from '../../src/answer/chit-chat.js';
import { asksForProcedure } from '../../src/answer/procedure-asks.js';
import { countedPopulation, countsOtherThan } from '../../src/answer/counted-asks.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalStatistic } from '../fixtures/kb-fixtures.js';
import { personAsked } from '../../src/answer/person-asks.js';
import { foldText } from '../../src/answer/normalize.js';
import { shippedEngine } from '../fixtures/engines.js';
import { ownSettingWords } from '../../src/answer/own-setting.js';
import { headingLength } from '../../src/answer/trade-heading.js';

describe("a study's sample asked by whom it was done on", () => {
  it('reads "на скольких клиентах его делали", "done on how many people"', () => {
    expect(
      askedValues('исследование Эстебана Колски — на скольких клиентах его делали и кто он вообще?'),
    ).toContain('sample');
    expect(askedValues('the Kolsky study, done on how many people?')).toContain('sample');
    expect(askedValues('среди скольких людей проводили этот опрос?')).toContain('sample');
    // round 52: a word or two between the count and the people asked
    expect(askedValues('исследование Колски — сколько там было респондентов?')).toContain('sample');
    expect(askedValues('ile tam było respondentów w tym badaniu?')).toContain('sample');
  });

  it('leaves a count of people told, or a stat on how many said something, alone', () => {
    expect(askedValues('скольким людям расскажет недовольный клиент?')).not.toContain('sample');
    expect(askedValues('is there a stat on how many consumers would switch brands?')).not.toContain('sample');
  });
});

describe('раз opening a clause', () => {
  it('is "since", no ratio, so a wage is still asked', () => {
    expect(
      askedValues('Zappos сколько платит своим операторам? раз они по 10 часов на линии сидят'),
    ).toContain('money');
  });

  it('is still a ratio after a number or "во сколько"', () => {
    expect(askedValues('сколько стоит удержание, в 5 раз меньше?')).not.toContain('money');
    expect(askedValues('во сколько раз дороже стоит новый клиент?')).not.toContain('money');
  });
});

describe('the label of a message', () => {
  it('is a few words before a colon, with a question after it', () => {
    const label = 'bank, infolinia: ';
    expect(headingLength(`${label}ile procent klientów uważa konsultantów za ważnych?`)).toBe(label.length);
    expect(headingLength('water utility: customer complains about a wrong meter reading')).toBe(
      'water utility: '.length,
    );
  });

  it('is none for a long opening, a dash, or nothing after it', () => {
    // a topic and where it is asked about, before a dash: a sentence, not a label
    expect(headingLength('mystery shopper в отеле — что именно он оценивает?')).toBe(0);
    expect(headingLength('how many people complain at hotels across all of europe: any figure?')).toBe(0);
    expect(headingLength('e-commerce ile wart jest lojalny klient?')).toBe(0);
    expect(headingLength('bank: ok?')).toBe(0);
    // whom the figure is for is asked, not where the asker works
    expect(headingLength('Для банковской сферы: сколько клиентов уходит после плохого опыта?')).toBe(0);
    expect(headingLength('dla branży bankowej: ile osób odchodzi po złej obsłudze?')).toBe(0);
  });

  it('makes a channel where a source was cited the place the asker heard it (round 52)', () => {
    expect(ownSettingWords('кто-то в чате сослался на Gartner и 89%, что за стата?')).toEqual(
      new Set(['чате']),
    );
    expect(ownSettingWords('someone in the chat quoted Gartner, what is that stat?')).toEqual(
      new Set(['chat']),
    );
  });

  it('makes a trade the asker own, never a country', () => {
    expect(ownSettingWords('banking: what % of clients complain at all?')).toEqual(new Set(['banking']));
    expect(ownSettingWords('Germany numbers: what % of consumers switched brands?').size).toBe(0);
  });
});

describe('a count of staff asked of a record call', () => {
  const recordCall: Entry = {
    ...minimalStatistic('stat-record-call'),
    figure: '10 h 43 min',
    text: {
      pl: 'Rekordowa rozmowa trwała 10 godzin i 43 minuty – tyle konsultant spędził przy telefonie z jednym klientem.',
      en: 'The record call lasted 10 hours and 43 minutes: that is how long an agent stayed on the line.',
      ru: 'Рекордный звонок длился 10 часов 43 минуты — столько оператор провёл на линии с одним клиентом.',
    },
  };

  it('reads "ile konsultantów" as a count of staff, as "ilu" is', () => {
    expect(countedPopulation('ile konsultantów zatrudnia Zappos?')).toBe('staff');
    expect(countedPopulation('ile klientów narzeka?')).toBe('customer');
  });

  it('finds no count of staff in a duration told before a spaced dash', () => {
    expect(countsOtherThan(recordCall, 'staff')).toBe(true);
    const staffCounted: Entry = {
      ...recordCall,
      text: { ...recordCall.text, ru: 'В рекордном звонке участвовали 3 оператора — по очереди.' },
    };
    expect(countsOtherThan(staffCounted, 'staff')).toBe(false);
  });
});

describe('"who is <Name>" of a researcher a finding credits', () => {
  it('is a bare who-is, unless a calling is asked beside it', () => {
    const asked = (q: string) => personAsked(q, foldText(q));
    expect(asked('who is Esteban Kolsky? my lead quoted him in standup')).toMatchObject({
      who: true,
      bareWho: true,
    });
    expect(asked('kim jest ten Esteban Kolsky?')).toMatchObject({ who: true, bareWho: true });
    expect(asked('Esteban Kolsky kim jest z zawodu?')).toMatchObject({ who: true, bareWho: false });
  });

  it('is answered by the finding; his employer or calling, and who a quoted person is, are declined', async () => {
    const engine = await shippedEngine();
    for (const q of [
      'who is Esteban Kolsky? my lead quoted him in standup',
      'кто такой Колски? лид на него ссылается когда говорит про жалобы',
    ]) {
      const result = engine.answer({ question: q });
      expect(result.answered, q).toBe(true);
      expect(result.answers[0]?.entry.source.attribution, q).toBe('Esteban Kolsky');
    }
    for (const q of [
      'who is Esteban Kolsky and where does he work?',
      'Esteban Kolsky kim jest z zawodu?',
      'what company does Esteban Kolsky work for?',
      'who is Jeff Bezos?',
    ])
      expect(engine.answer({ question: q }).certainty, q).toBe('declined');
  });
});

describe("a new hire's own paperwork and tools (round 52)", () => {
  it('reads a probation period as chit-chat no entry answers', () => {
    for (const q of [
      'когда у новичков заканчивается испытательный срок?',
      'kiedy kończy się okres próbny?',
      'how long is the probation period here?',
    ])
      expect(asksChitChat(foldText(q)), q).toBe(true);
    expect(asksChitChat(foldText('how long should a customer wait on hold?'))).toBe(false);
  });

  it('reads making a macro or a trigger in a helpdesk tool as a procedure', () => {
    for (const q of [
      'как в Zendesk сделать макрос для ответа?',
      'how do I create a macro in Zendesk?',
      'jak zrobić makro w Freshdesku?',
    ])
      expect(asksForProcedure(q), q).toBe(true);
    expect(asksForProcedure('how do I make customers feel heard?')).toBe(false);
  });
});
