// The asker's own workplace ("we run a hotel", "у нас гостиница") and words only the story around the ask holds
// ("the founders want…") are no attribute the entry lacks; a figure asked for a trade ("hotel guests") still is.
import { describe, expect, it } from 'vitest';
import { ownSettingWords } from '../../src/answer/own-setting.js';
import { segmentPhraseWords } from '../../src/answer/segment-phrases.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic, minimalTopic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

const oneIn26: Entry = {
  ...minimalStatistic('stat-one-in-26-complain'),
  figure: '1 in 26',
  text: {
    pl: 'Tylko jeden na 26 niezadowolonych klientów składa skargę; reszta po prostu odchodzi.',
    en: 'Only one in 26 unhappy customers complains; the rest simply leave.',
    ru: 'Лишь один из 26 недовольных клиентов жалуется; остальные просто уходят.',
  },
  phrasings: {
    pl: ['ilu niezadowolonych klientów składa skargę'],
    en: ['how many unhappy customers complain'],
    ru: ['сколько недовольных клиентов жалуются'],
  },
};
const newCostsMore: Entry = {
  ...minimalStatistic('stat-new-customer-costlier', 'retention'),
  figure: '6-7x',
  text: {
    pl: 'Pozyskanie nowego klienta kosztuje 6–7 razy więcej niż utrzymanie obecnego.',
    en: 'Winning a new customer costs 6-7 times more than keeping an existing one.',
    ru: 'Привлечь нового клиента в 6–7 раз дороже, чем удержать существующего.',
  },
  phrasings: {
    pl: ['ile razy drożej nowy klient niż utrzymanie'],
    en: ['how many times more expensive is a new customer than keeping one'],
    ru: ['во сколько раз дороже новый клиент чем удержание'],
  },
};

const engine = engineOver(
  [oneIn26, newCostsMore, minimalEntry()],
  [minimalTopic(), minimalTopic('retention')],
);

describe('the asker own workplace', () => {
  it('is a trade word after a first-person marker or before "here", in three languages', () => {
    expect(ownSettingWords('We run a hotel front desk, how many guests complain?')).toEqual(
      new Set(['hotel']),
    );
    expect(ownSettingWords('hotel here - do unhappy guests complain?')).toEqual(new Set(['hotel']));
    expect(ownSettingWords('Prowadzimy recepcję hotelową, ile osób się skarży?')).toEqual(
      new Set(['hotelowa']),
    );
    expect(ownSettingWords('У нас гостиница, сколько гостей жалуются?')).toEqual(new Set(['гостиница']));
    // a channel beside the comment or review the asker read there (session 28)
    expect(ownSettingWords("instagram comment says 'had to explain it to 4 agents' - stat on that?")).toEqual(
      new Set(['instagram']),
    );
    expect(ownSettingWords('komentarz na facebooku: nikt nie odbiera, jakaś statystyka?')).toEqual(
      new Set(['facebooku']),
    );
    expect(ownSettingWords('what share of hotel guests complain?').size).toBe(0);
    // a trade written as the message's label, before a colon (session 33, round 51)
    expect(ownSettingWords('hotel: how many unhappy guests complain in the end?')).toEqual(
      new Set(['hotel']),
    );
    expect(ownSettingWords('restauracja, sala: ile osób w ogóle się skarży?')).toEqual(
      new Set(['restauracja']),
    );
    expect(ownSettingWords('жалобы в отеле: сколько клиентов вообще жалуются?')).toEqual(new Set(['отеле']));
    // no label: a colon late in a long sentence, or a label with no question after it
    expect(ownSettingWords('how many guests complain in hotels across europe: any figure?').size).toBe(0);
    expect(ownSettingWords('hotel: ok?').size).toBe(0);
    expect(ownSettingWords('сколько жалоб получают отели в Европе?').size).toBe(0);
  });
});

describe('a trade phrase in the message label', () => {
  it('is the asker own trade, not a market segment asked; the same phrase in the question still is', () => {
    expect(segmentPhraseWords('sklep internetowy: komu klient opowie o zgubionej paczce?').size).toBe(0);
    expect(
      segmentPhraseWords('online shop: is a repeat customer worth more than the first order?').size,
    ).toBe(0);
    expect([...segmentPhraseWords('ile osób opowie klient sklepu internetowego o złej obsłudze?')]).toContain(
      'internetowego',
    );
  });
});

describe('a fact applied to the asker business', () => {
  it('is answered when the asker names their own hotel or a story sentence holds the attribute word', () => {
    for (const [q, id] of [
      [
        'We run a hotel front desk and rarely hear complaints. How many unhappy customers complain?',
        oneIn26.id,
      ],
      ['hotel here - how many unhappy customers actually complain?', oneIn26.id],
      ['hotele, recepcja: ilu niezadowolonych klientów składa skargę?', oneIn26.id],
      ['гостиница: сколько недовольных клиентов жалуются?', oneIn26.id],
      ['У нас гостиница. Сколько недовольных клиентов жалуются?', oneIn26.id],
      ['Prowadzimy hotel. Ilu niezadowolonych klientów składa skargę?', oneIn26.id],
      [
        'our founders want to spend everything on ads. How many times more expensive is a new customer than keeping one?',
        newCostsMore.id,
      ],
    ] as const) {
      const result = engine.answer({ question: q });
      expect(result.answered, q).toBe(true);
      expect(result.answers[0]?.entry.id, q).toBe(id);
    }
  });

  it('is declined when a figure is asked for the trade itself or the founders are asked about', () => {
    for (const q of [
      'how many unhappy hotel guests complain in hotels?',
      'who are the founders of the company that says a new customer costs 6-7 times more?',
    ])
      expect(engine.answer({ question: q }).certainty, q).toBe('declined');
  });
});
