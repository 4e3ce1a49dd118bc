// A question describing a concept and asking its name ("what's it called when…", "jak się nazywa…", "как
// называется…") is answered by the definition whose text the description matches, though it never names the term;
// "what for" asks are answered by the tip that tells why, not the definition.
import { describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import { rankCandidates } from '../../src/answer/candidates.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { asksForTerm, isTermAskWord } from '../../src/answer/term-asks.js';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { minimalEntry, minimalTopic } from '../fixtures/kb-fixtures.js';
import { withTexts } from '../fixtures/engines.js';

const shopperDefinition = withTexts(
  {
    ...minimalEntry('def-secret-shopper'),
    kind: 'definition',
    term: { pl: 'tajemniczy klient', en: 'mystery shopper', ru: 'тайный покупатель' },
  },
  {
    pl: 'Tajemniczy klient to osoba zatrudniona przez firmę, która udaje zwykłego klienta w sklepie i niezależnie ocenia obsługę.',
    en: 'A mystery shopper is a person hired by a company to pose as an ordinary customer in a shop and independently rate the service.',
    ru: 'Тайный покупатель — человек, которого компания нанимает, чтобы он притворялся обычным клиентом в магазине и независимо оценивал обслуживание.',
  },
  {
    pl: ['co to jest tajemniczy klient'],
    en: ['what is a mystery shopper'],
    ru: ['что такое тайный покупатель'],
  },
);
const shopperTip = withTexts(
  minimalEntry('tip-commission-secret-shoppers'),
  {
    pl: 'Zlecaj wizyty tajemniczego klienta: oceniają uprzejmość personelu i pokazują, co poprawić i gdzie szkolić zespół, co buduje lojalność i zysk.',
    en: 'Commission mystery shopper visits: they rate staff courtesy and show what to improve and where to train the team, which builds loyalty and profit.',
    ru: 'Заказывайте визиты тайного покупателя: они оценивают вежливость персонала и показывают, что улучшить и где обучать команду, что растит лояльность и прибыль.',
  },
  {
    pl: ['badanie tajemniczym klientem w firmie'],
    en: ['mystery shopper visits in our company'],
    ru: ['визиты тайного покупателя в компании'],
  },
);
const halfGeneration = withTexts(
  {
    ...minimalEntry('def-2-5g'),
    kind: 'definition',
    term: { pl: '2,5G', en: '2.5G', ru: '2,5G' },
  },
  {
    pl: '2,5G to sieci drugiej generacji rozszerzone o pakietową transmisję danych, jak GPRS i EDGE: etap przejściowy między 2G a 3G.',
    en: '2.5G means second-generation networks extended with packet data, such as GPRS and EDGE: a stepping stone between 2G and 3G.',
    ru: '2,5G — сети второго поколения с пакетной передачей данных, такие как GPRS и EDGE: переходный этап между 2G и 3G.',
  },
  { pl: ['co to jest 2,5G'], en: ['what is 2.5G'], ru: ['что такое 2,5G'] },
);

const kb = new KnowledgeBase([minimalTopic()], [shopperDefinition, shopperTip, halfGeneration]);
const engine = new AnswerEngine(kb);
const ask = (question: string) => engine.answer({ question });

describe('a question asking the name of what it describes', () => {
  it('is read in three languages, in Russian typed in Latin letters, and without diacritics', () => {
    for (const q of [
      "what's it called when a company hires someone to act like a normal customer?",
      'whats that called, the network between 2G and 3G',
      'is there a word for a customer who promotes the brand on their own?',
      'jak się nazywa osoba, która udaje klienta?',
      'jak sie nazywa osoba ktora udaje klienta',
      'jak się mówi na zadowolonego klienta, który poleca markę?',
      'как называется, когда клиент жалуется знакомым?',
      'kak nazyvaetsya chelovek, kotoryj pritvoryaetsya pokupatelem?',
    ])
      expect(asksForTerm(q), q).toBe(true);
  });

  it('is not read from a question using a term or asking why it is named so', () => {
    for (const q of [
      'what is a mystery shopper',
      'why is 2.5G called a transitional step?',
      'co to jest tajemniczy klient',
      'что такое тайный покупатель',
      'call the customer back?',
    ])
      expect(asksForTerm(q), q).toBe(false);
  });

  it('has its asking words weigh nothing, in every language', () => {
    for (const word of ['called', 'word', 'term', 'nazywa', 'называется', 'термин'])
      expect(isTermAskWord(word)).toBe(true);
    expect(isTermAskWord('customer')).toBe(false);
  });

  it('is answered by the definition its description matches, in three languages', () => {
    for (const q of [
      'what is it called when a company hires a person to pose as an ordinary customer in a shop and rate the service?',
      'jak się nazywa osoba zatrudniona przez firmę, która udaje zwykłego klienta w sklepie i ocenia obsługę?',
      'как называется человек, которого компания нанимает, чтобы он притворялся обычным клиентом в магазине и оценивал обслуживание?',
    ]) {
      const result = ask(q);
      expect(result.answered, q).toBe(true);
      expect(result.answers[0]?.entry.id, q).toBe('def-secret-shopper');
    }
  });

  it('spares a definition the names of its description (2G, 3G) and its asking word (called)', () => {
    const q =
      'customer says his phone only works on the networks between 2G and 3G, the GPRS and EDGE ones. whats that called?';
    const [best] = rankCandidates(engine, q);
    expect(best?.hit.entry.id).toBe('def-2-5g');
    expect(best?.evidence.nameOnly).toBe(0);
    expect(best?.evidence.focusMissing).toBe(0);
    expect(best?.evidence.kindAskedAndMatches).toBe(1);
  });
});

describe('a question asking what a practice is for', () => {
  it('asks for a tip or a metric, in three languages', () => {
    for (const q of [
      'po co firmy zlecają badania tajemniczym klientem?',
      'зачем нанимают тайного покупателя?',
      'what do companies get out of mystery shopping?',
      'mystery shopping, what do we actually get out of it?',
      'czy w ogóle zamawiać tajemniczego klienta? co to daje',
      'в чём смысл тайного покупателя?',
    ])
      expect([...kindsAskedFor(q)], q).toEqual(expect.arrayContaining(['tip', 'metric']));
  });

  it('is answered by the tip that tells why, not the definition', () => {
    for (const q of [
      'po co firmy w ogóle zlecają badania tajemniczym klientem, co z tego mają?',
      'зачем компании заказывают визиты тайного покупателя, что это даёт?',
    ])
      expect(ask(q).answers[0]?.entry.id, q).toBe('tip-commission-secret-shoppers');
  });
});
