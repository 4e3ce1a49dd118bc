// A question about who a person is, which team or firm they led or work for, or when they lived, beside an entry that
// only quotes or cites them: a detail the entry does not state (declined), in three languages; an entry telling the
// person's role or story answers it, and "who said…" still gets the quote.
import { describe, expect, it } from 'vitest';
import { detailsAsked } from '../../src/answer/detail-asks.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

const lombardiQuote: Entry = {
  ...minimalEntry('quote-lombardi-months-seconds'),
  kind: 'quote',
  text: {
    pl: '„Zdobycie klienta zajmuje miesiące, a stracenie go – sekundy.” – Vince Lombardi.',
    en: '“It takes months to find a customer… seconds to lose one.” – Vince Lombardi.',
    ru: '«На то, чтобы найти клиента, уходят месяцы… а потерять его можно за секунды». — Винс Ломбарди.',
  },
  phrasings: {
    pl: ['Vince Lombardi cytat o kliencie'],
    en: ['Vince Lombardi quote about customers'],
    ru: ['цитата Винса Ломбарди о клиентах'],
  },
  source: { title: 'Bad service', attribution: 'Vince Lombardi' },
};
const bezosQuote: Entry = {
  ...minimalEntry('quote-bezos-six-friends'),
  kind: 'quote',
  text: {
    pl: '„Rozczarowany klient w internecie powie o tym 6000 osobom.” – Jeff Bezos, założyciel i prezes Amazona.',
    en: '“An unhappy customer on the internet can tell 6,000 people.” – Jeff Bezos, founder and CEO of Amazon.',
    ru: '«Недовольный клиент в интернете расскажет 6000 людям». — Джефф Безос, основатель и глава Amazon.',
  },
  phrasings: {
    pl: ['Jeff Bezos cytat 6000 osób'],
    en: ['Jeff Bezos quote 6000 people'],
    ru: ['цитата Джеффа Безоса 6000 людей'],
  },
  source: { title: 'Bad service', attribution: 'Jeff Bezos' },
};
const kolskyFinding: Entry = {
  ...minimalStatistic('stat-kolsky-one-in-26'),
  figure: '1 in 26',
  text: {
    pl: 'Według badań Estebana Kolsky’ego tylko jeden na 26 niezadowolonych klientów skarży się firmie.',
    en: 'According to Esteban Kolsky’s research, only one in 26 unhappy customers complains to the company.',
    ru: 'По исследованию Эстебана Колски, лишь один из 26 недовольных клиентов жалуется компании.',
  },
  phrasings: {
    pl: ['Kolsky ilu klientów się skarży'],
    en: ['Kolsky how many customers complain'],
    ru: ['Колски сколько клиентов жалуются'],
  },
  source: { title: 'Bad service', attribution: 'Esteban Kolsky' },
};
const blockCase: Entry = {
  ...minimalEntry('case-ryan-block-comcast'),
  kind: 'case',
  text: {
    pl: 'W 2014 roku Ryan Block próbował zrezygnować z Comcastu, a konsultant uparcie mu nie pozwalał.',
    en: 'In 2014 Ryan Block tried to cancel his Comcast subscription, but the agent stubbornly would not let him.',
    ru: 'В 2014 году Райан Блок пытался отменить подписку Comcast, но оператор упорно не давал ему это сделать.',
  },
  phrasings: {
    pl: ['Ryan Block Comcast rezygnacja'],
    en: ['Ryan Block Comcast cancellation call'],
    ru: ['Райан Блок Comcast отмена подписки'],
  },
};

const engine = engineOver([lombardiQuote, bezosQuote, kolskyFinding, blockCase]);
const ask = (question: string) => engine.answer({ question });

describe('a question about a person', () => {
  it('is read in three languages, a name told from a term by its capital', () => {
    for (const q of ['who is Kolsky?', 'Kim jest Esteban Kolsky?', 'кто такой Эстебан Колски?'])
      expect(detailsAsked(q)?.who, q).toBe(true);
    for (const q of [
      'which NFL team did Vince Lombardi coach?',
      'jaką drużynę trenował Vince Lombardi?',
      'Тренером какой команды был Винс Ломбарди?',
      'в какой компании работает Колски?',
      'when was Jeff Bezos born?',
      'Какую книгу написал Боб Хуи?',
      'which book did Bob Hooey write?',
    ])
      expect(detailsAsked(q)?.role, q).toBe(true);
    for (const q of [
      'кто такой тайный покупатель?',
      'who said it takes months to find a customer?',
      'Kto to powiedział, że klient w internecie powie 6000 osobom?',
      'which company ran the survey on complaints?',
    ]) {
      const asks = detailsAsked(q);
      expect(asks?.who === true || asks?.role === true, q).toBe(false);
    }
  });
});

describe('the answer to a question about a person', () => {
  it('is a decline beside a quote or a finding that only names them', () => {
    for (const q of [
      'who is Vince Lombardi?',
      'Kolsky kim jest z zawodu?',
      'Esteban Kolsky - what company does he run these days?',
      'which NFL team did Vince Lombardi coach?',
      'Винс Ломбарди — какую команду он тренировал?',
      'jaką drużynę trenował Vince Lombardi?',
    ])
      expect(ask(q).certainty, q).toBe('declined');
  });

  // Session 33 (round 52: a new hire asking who the researcher their lead quotes is): "who is <Name>" alone is told
  // by the finding credited to that name; a calling or a firm asked beside it still is not.
  it('asked only who a credited researcher is, is the finding credited to them', () => {
    for (const q of ['who is Kolsky?', 'кто такой Эстебан Колски?']) {
      const result = ask(q);
      expect(result.certainty, q).not.toBe('declined');
      expect(result.answers[0]?.entry.id, q).toBe(kolskyFinding.id);
    }
  });

  it('asking their work beside who they are, is declined beside the case that tells only their story', () => {
    for (const q of ['Kim jest Ryan Block i gdzie pracuje?', 'Кто такой Райан Блок и где он работает?'])
      expect(ask(q).certainty, q).toBe('declined');
  });

  it('is the entry that tells their role or their story', () => {
    for (const [q, id] of [
      ['who is Jeff Bezos?', 'quote-bezos-six-friends'],
      ['Kim jest Ryan Block?', 'case-ryan-block-comcast'],
      ['Kim jest Ryan Block i co się stało, kiedy dzwonił do Comcastu?', 'case-ryan-block-comcast'],
    ] as const) {
      const result = ask(q);
      expect(result.answered, q).toBe(true);
      expect(result.answers[0]?.entry.id, q).toBe(id);
    }
  });

  it('leaves "who said" and "what did X say" with the quote', () => {
    for (const [q, id] of [
      [
        'who said it takes months to find a customer and seconds to lose one?',
        'quote-lombardi-months-seconds',
      ],
      ['what did Vince Lombardi say about customers?', 'quote-lombardi-months-seconds'],
      [
        'Kto powiedział, że zdobycie klienta zajmuje miesiące, a stracenie sekundy?',
        'quote-lombardi-months-seconds',
      ],
    ] as const) {
      const result = ask(q);
      expect(result.answered, q).toBe(true);
      expect(result.answers[0]?.entry.id, q).toBe(id);
    }
  });
});
