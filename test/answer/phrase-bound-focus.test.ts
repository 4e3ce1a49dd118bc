// What a word asks depends on the phrase it stands in: "born with it" asks no birth date, "lost revenue" asks for a
// loss, a setting ("in a hotel") rules out only a figure for another market, and "kto takoy" (кто такой typed in Latin
// letters) asks what a thing is, not who did something.
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { rankCandidates } from '../../src/answer/candidates.js';
import { FEATURES } from '../../src/answer/evidence.js';
import { notFocusWords } from '../../src/answer/not-focus.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { cyrillicReading } from '../../src/answer/translit.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

describe('attribute words that ask for no attribute in their phrase', () => {
  it('reads "born with" as innate and revenue beside a loss as the loss, in three languages', () => {
    expect(notFocusWords('Can it be taught, or are people just born with it?')).toEqual(new Set(['born']));
    expect(notFocusWords('how much lost revenue does bad service cost')).toEqual(new Set(['revenue']));
    expect(notFocusWords('Jakie są szacunki przychodów traconych przez słabą obsługę?')).toEqual(
      new Set(['przychodow']),
    );
    expect(notFocusWords('сколько потерянной выручки из-за плохого сервиса')).toEqual(new Set(['выручки']));
  });

  it("reads the asker's own founder, CEO or owner as whom the answer is for, in three languages", () => {
    expect(
      notFocusWords('Before I pitch that to my co-founder: what share of unhappy customers complain?'),
    ).toEqual(new Set(['founder']));
    expect(notFocusWords('our CEO wants one number on churn')).toEqual(new Set(['ceo']));
    expect(notFocusWords('Nasz prezes pyta, ilu klientów odchodzi')).toEqual(new Set(['prezes']));
    expect(notFocusWords('Наш директор спрашивает, сколько клиентов уходит')).toEqual(new Set(['директор']));
  });

  it("reads the asker's hedged guess of a study's source as no setting asked (session 28)", () => {
    expect(notFocusWords('чьё это исследование, кажется какой-то банк или карточки?')).toEqual(
      new Set(['банк']),
    );
    expect(notFocusWords('czyje to badanie, chyba jakiś bank?')).toEqual(new Set(['bank']));
    expect(notFocusWords('whose study was it, I think some bank')).toEqual(new Set(['bank']));
    expect(notFocusWords('what share of bank customers complain?').size).toBe(0);
  });

  it('leaves the attribute asked where it is one', () => {
    expect(notFocusWords('who is the founder of Zappos?').size).toBe(0);
    expect(notFocusWords('kto jest prezesem Gartnera').size).toBe(0);
    expect(notFocusWords('кто основатель Zappos').size).toBe(0);
    expect(notFocusWords('When was Bezos born?').size).toBe(0);
    expect(notFocusWords("What is Zappos's revenue?").size).toBe(0);
    expect(notFocusWords('Jaki jest przychód Zappos?').size).toBe(0);
  });
});

describe('Russian in Latin letters with y for й', () => {
  it('reads y after a vowel as й (written и, as folded text does), and y before one as before', () => {
    expect(cyrillicReading('taynyy')).toBe('таиный');
    expect(cyrillicReading('takoy')).toBe('такои');
    expect(cyrillicReading('moya')).toBe('моя');
    expect(cyrillicReading('yest')).toBe('ест');
  });

  it('takes "kto takoy" for a definition asked, not a person', () => {
    expect(kindsAskedFor('kto takoy taynyy pokupatel?').has('definition')).toBe(true);
    expect(askedValues('kto takoy taynyy pokupatel?')).not.toContain('person');
    expect(askedValues('kto powiedzial, ze klient ma zawsze racje?')).toContain('person');
  });
});

describe('a setting asked beside advice', () => {
  const tip: Entry = {
    ...minimalEntry('tip-mystery-shopper'),
    text: {
      pl: 'Tajemniczy klient ocenia uprzejmość sprzedawców i czystość sklepu.',
      en: 'A mystery shopper rates staff courtesy and store cleanliness.',
      ru: 'Тайный покупатель оценивает вежливость продавцов и чистоту магазина.',
    },
    phrasings: {
      pl: ['co ocenia tajemniczy klient'],
      en: ['what a mystery shopper rates'],
      ru: ['что оценивает тайный покупатель'],
    },
  };
  const stat: Entry = {
    ...minimalStatistic('stat-mystery-shopper-excellent'),
    figure: '10%',
    text: {
      pl: 'Tylko 10% wizyt tajemniczego klienta kończy się oceną doskonałą.',
      en: 'Only 10% of mystery shopper visits end with an excellent rating.',
      ru: 'Лишь 10% визитов тайного покупателя заканчиваются отличной оценкой.',
    },
    phrasings: {
      pl: ['ile wizyt tajemniczego klienta'],
      en: ['mystery shopper visits rated excellent'],
      ru: ['сколько визитов тайного покупателя'],
    },
  };
  const engine = engineOver([tip, stat]);

  const focusMissing = FEATURES.indexOf('focusMissing');
  const missingFor = (question: string) =>
    new Map(rankCandidates(engine, question).map((c) => [c.hit.entry.id, c.features[focusMissing]]));

  it('does not rule out the advice, which holds anywhere, but still a figure for another market', () => {
    const missing = missingFor('mystery shopper в отеле — что именно он оценивает?');
    expect(missing.get('tip-mystery-shopper')).toBe(0);
    expect(missing.get('stat-mystery-shopper-excellent')).toBe(1);
  });

  it('answers the advice', () => {
    const result = engine.answer({ question: 'mystery shopper в отеле — что именно он оценивает?' });
    expect(result.answers[0]?.entry.id).toBe('tip-mystery-shopper');
  });
});
