// Details beside a case or figure the entry does not state: what a call was about or what the caller wanted, who owns
// the company, how long a call it never times lasted. The entry keeps answering what it does state.
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { detailsAsked } from '../../src/answer/detail-asks.js';
import { isFocusWord } from '../../src/answer/focus.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

const longCall: Entry = {
  ...minimalStatistic('stat-zappos-long-call'),
  figure: '10 h 43 min',
  text: {
    pl: 'Rekordowa rozmowa w Zappos trwała 10 godzin i 43 minuty: tyle konsultant spędził przy telefonie z klientem.',
    en: 'The record Zappos call lasted 10 hours and 43 minutes: that is how long an agent stayed on the line with a customer.',
    ru: 'Рекордный звонок в Zappos длился 10 часов 43 минуты — столько оператор провёл на линии с клиентом.',
  },
  phrasings: {
    pl: ['najdłuższa rozmowa w Zappos'],
    en: ['longest Zappos call'],
    ru: ['самый долгий звонок в Zappos'],
  },
};
const comcast: Entry = {
  ...minimalEntry('case-comcast-cancel-call'),
  kind: 'case',
  text: {
    pl: 'Ryan Block nagrał rozmowę z konsultantem Comcastu, który nie chciał pozwolić mu zrezygnować z usługi.',
    en: 'Ryan Block recorded his call with a Comcast agent who would not let him cancel the service.',
    ru: 'Райан Блок (Ryan Block) записал разговор с оператором Comcast, который не давал ему отказаться от услуги.',
  },
  phrasings: {
    pl: ['Ryan Block i Comcast'],
    en: ['Ryan Block Comcast call'],
    ru: ['Райан Блок и Comcast'],
  },
};
const engine = engineOver([longCall, comcast, minimalEntry()]);

describe('what a call was about or what the caller wanted', () => {
  it('is read in three languages', () => {
    for (const q of [
      'What was the Zappos 10-hour call actually about?',
      'What was the customer calling Zappos about during that call?',
      'what did the customer on the 10-hour Zappos call actually want?',
      'W jakiej sprawie dzwonił ten klient do Zappos?',
      'Czego chciał klient, który rozmawiał z Zappos 10 godzin?',
      'По какому поводу звонил клиент в Zappos?',
      'Чего хотел клиент, который 10 часов говорил с Zappos?',
    ])
      expect(detailsAsked(q)?.talk, q).toBe(true);
    expect(detailsAsked('how long was the record Zappos call?')?.talk ?? false).toBe(false);
  });

  it('is declined beside the call length, which is still answered', () => {
    for (const q of [
      'What was the customer calling Zappos about during that record call?',
      'W jakiej sprawie dzwonił klient podczas rekordowej rozmowy w Zappos?',
      'По какому поводу звонил клиент во время рекордного звонка в Zappos?',
    ])
      expect(engine.answer({ question: q }).certainty, q).toBe('declined');
    for (const q of [
      'how long did the record Zappos call last?',
      'Сколько длился рекордный звонок в Zappos?',
    ]) {
      const result = engine.answer({ question: q });
      expect(result.answered, q).toBe(true);
      expect(result.answers[0]?.entry.id, q).toBe(longCall.id);
    }
  });
});

describe('who owns a company, and how long a call lasted', () => {
  it('reads the owning verbs and "ile trwała" / "сколько длился"', () => {
    for (const w of ['владеет', 'владеют', 'owned', 'ownership']) expect(isFocusWord(w), w).toBe(true);
    for (const q of ['Ile trwała rozmowa Ryana Blocka z Comcastem?', 'Сколько длился разговор Райана Блока?'])
      expect(askedValues(q), q).toContain('duration');
  });

  it('declines them beside entries that do not state them', () => {
    for (const q of [
      'кто вообще владеет Zappos? та компания с 10-часовым звонком',
      'who owned Zappos when that record call happened?',
      'Ile trwała rozmowa Ryana Blocka z konsultantem Comcastu?',
      'Сколько длился разговор Райана Блока с оператором Comcast?',
    ])
      expect(engine.answer({ question: q }).certainty, q).toBe('declined');
  });
});

describe('a fine, penalty or damages paid over a case', () => {
  it('reads the words of three languages', () => {
    for (const w of ['fined', 'penalty', 'odszkodowania', 'karę', 'штраф', 'оштрафовали', 'shtraf'])
      expect(isFocusWord(w), w).toBe(true);
    // "fine" is an everyday adjective ("is it fine to…"), no fine asked; "grzywna" is left to the entries' own "kary"
    // (a focus word must be the entry's word: "grzywną" ruled out the entry on regulatory "kary").
    expect(isFocusWord('fine')).toBe(false);
    expect(isFocusWord('grzywną')).toBe(false);
  });

  it('declines it beside a case that tells none, which is still answered', () => {
    for (const q of [
      'How much was Comcast fined after the Ryan Block call?',
      'Jakie odszkodowanie zapłacił Comcast Ryanowi Blockowi?',
      'Какой штраф заплатил Comcast после звонка Райана Блока?',
    ])
      expect(engine.answer({ question: q }).certainty, q).toBe('declined');
    expect(
      engine.answer({ question: 'what happened on Ryan Block’s Comcast call?' }).answers[0]?.entry.id,
    ).toBe(comcast.id);
  });
});
