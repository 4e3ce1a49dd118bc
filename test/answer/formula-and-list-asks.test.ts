// A measure's formula asked is answered only by a metric or definition stating what share of what it counts, and
// declined beside one that only names the measure or advises tracking it; a list of entries asked ("all the tips
// about…", "wymień wszystkie cytaty", "перечисли советы") is no list inside an entry and offers the next entries of
// the answer's kind beside it. Small fixture entries, three languages.
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { detailsAsked } from '../../src/answer/detail-asks.js';
import { entryListAsk } from '../../src/answer/list-asks.js';
import { foldText } from '../../src/answer/normalize.js';
import { valueBit, valuesStated } from '../../src/answer/stated-values.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

function entry(id: string, kind: Entry['kind'], text: Entry['text'], phrasings: Entry['phrasings']): Entry {
  return { ...minimalEntry(id), kind, text, phrasings };
}

// A metric telling what share of what it counts: its formula.
const callbackRate = entry(
  'metric-callback-rate',
  'metric',
  {
    pl: 'Wskaźnik oddzwonień pokazuje, jaka część nieodebranych połączeń kończy się oddzwonieniem w ciągu godziny.',
    en: 'Callback rate shows what share of missed calls are returned within an hour.',
    ru: 'Доля перезвонов показывает, какая часть пропущенных звонков получает перезвон в течение часа.',
  },
  {
    pl: ['co to jest wskaźnik oddzwonień'],
    en: ['what is callback rate'],
    ru: ['что такое доля перезвонов'],
  },
);
// A tip naming a score, with no formula.
const trackLoyalty = entry(
  'tip-track-loyalty-index',
  'tip',
  {
    pl: 'Śledź indeks lojalności LPX tylko wtedy, gdy wiesz, czego chcesz się z niego dowiedzieć.',
    en: 'Track the LPX loyalty index only if you know what you want to learn from it.',
    ru: 'Отслеживайте индекс лояльности LPX, только если знаете, что хотите из него узнать.',
  },
  {
    pl: ['czy warto mierzyć indeks LPX'],
    en: ['should we track the LPX loyalty index'],
    ru: ['стоит ли измерять индекс LPX'],
  },
);

function quote(id: string, en: string, pl: string, ru: string): Entry {
  return entry(
    id,
    'quote',
    { en, pl, ru },
    {
      en: [`quote about callers: ${en}`],
      pl: [`cytat o dzwoniących: ${pl}`],
      ru: [`цитата о звонящих: ${ru}`],
    },
  );
}
const quotes = [
  quote(
    'quote-caller-first',
    '“A caller deserves a callback.”',
    '„Każdy dzwoniący zasługuje na oddzwonienie.”',
    '«Каждый звонящий заслуживает перезвона».',
  ),
  quote(
    'quote-caller-second',
    '“A caller kept waiting is a caller lost.”',
    '„Dzwoniący, który czeka, to dzwoniący stracony.”',
    '«Звонящий, которого заставили ждать, потерян».',
  ),
  quote(
    'quote-caller-third',
    '“Answer the caller, not the queue.”',
    '„Odpowiadaj dzwoniącemu, nie kolejce.”',
    '«Отвечайте звонящему, а не очереди».',
  ),
];

const engine = engineOver([callbackRate, trackLoyalty, ...quotes]);
const ask = (question: string) => engine.answer({ question });

describe('a formula asked', () => {
  it('is read in three languages, not in a role model or counting on someone', () => {
    for (const q of [
      'what is the formula for the LPX index?',
      'how is callback rate calculated?',
      'jak obliczyć indeks LPX – wzór?',
      'wzor na wskaznik oddzwonien',
      'как рассчитать индекс LPX?',
      'формула доли перезвонов',
    ])
      expect(askedValues(q), q).toContain('formula');
    for (const q of [
      'szef jako wzór dla konsultantów',
      'jak liczyć na lojalność klientów',
      'точная формулировка цитаты',
    ])
      expect(askedValues(q), q).not.toContain('formula');
  });

  it('is stated by a metric telling what share of what it counts, not by a tip naming a score', () => {
    expect(valuesStated(callbackRate) & valueBit('formula')).not.toBe(0);
    expect(valuesStated(trackLoyalty) & valueBit('formula')).toBe(0);
  });

  it('is answered by the metric that states it', () => {
    for (const q of [
      'how is callback rate calculated?',
      'jak policzyć wskaźnik oddzwonień?',
      'как рассчитать долю перезвонов?',
    ]) {
      const result = ask(q);
      expect(result.answered, q).toBe(true);
      expect(result.answers[0]?.entry.id, q).toBe(callbackRate.id);
    }
  });

  it('is declined beside an entry that only names the measure', () => {
    for (const q of [
      'what is the formula for the LPX loyalty index?',
      'jak obliczyć indeks lojalności LPX – wzór?',
      'формула расчёта индекса лояльности LPX',
    ])
      expect(ask(q).answered, q).toBe(false);
  });
});

describe('a list of entries asked', () => {
  const lists = [
    'give me all the quotes about callers',
    'list every quote you have about callers',
    'wymień wszystkie cytaty o dzwoniących',
    'перечисли все цитаты о звонящих',
  ];

  it('is read with its listing words, and is no list inside one entry', () => {
    for (const q of lists) {
      expect(entryListAsk(foldText(q)), q).toBeDefined();
      expect(detailsAsked(q)?.list ?? false, q).toBe(false);
    }
    expect(entryListAsk(foldText('give me all the quotes'))).toEqual(new Set(['give', 'me', 'all', 'the']));
  });

  it('is not read in a list asked inside one entry, nor in a plain question', () => {
    for (const q of ['wymień te 10 błędów', 'list them', 'how many callers get a callback?'])
      expect(entryListAsk(foldText(q)), q).toBeUndefined();
    expect(detailsAsked('wymień te 10 błędów')?.list).toBe(true);
  });

  it('answers one quote and offers the others of its kind beside it', () => {
    for (const q of lists) {
      const result = ask(q);
      expect(result.answered, q).toBe(true);
      const ids = result.answers.map((r) => r.entry.id);
      expect(
        ids.every((id) => id.startsWith('quote-')),
        q,
      ).toBe(true);
      expect(ids.length, q).toBeGreaterThan(1);
    }
  });
});
