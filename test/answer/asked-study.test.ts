// What is behind a figure: a question asking who ran the study, which firm came up with the figure, how many people
// were surveyed or how it was measured is declined (or at most unsure) by an entry that states the figure but not
// that, in three languages, and answered by an entry that names it. "Who said" a quote whose author is named, and
// "how many people switched", stay answered. Also: "what caused the outage" is not answered by "the outage caused…".
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { statesValue, valueBit, valuesStated } from '../../src/answer/stated-values.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver, withTexts } from '../fixtures/engines.js';

// A figure from nowhere in particular: no firm, no person, no sample.
const globalLosses = withTexts(
  { ...minimalStatistic('stat-globex-losses'), figure: '$3.1 trillion' },
  {
    pl: 'Według globalnych szacunków firmy tracą przez słabą obsługę klienta 3,1 biliona dolarów rocznie.',
    en: 'Global estimates put the losses companies suffer from poor customer service at 3.1 trillion dollars a year.',
    ru: 'По глобальным оценкам, компании теряют из-за плохого обслуживания 3,1 триллиона долларов в год.',
  },
  {
    pl: ['straty firm przez słabą obsługę klienta 3,1 biliona'],
    en: ['losses from poor customer service 3.1 trillion dollars'],
    ru: ['потери компаний из-за плохого обслуживания 3,1 триллиона'],
  },
);
// A survey of two countries (whose names are capitalised, like a firm's), naming no one who ran it.
const switchers = withTexts(
  { ...minimalStatistic('stat-canada-mexico-switchers'), figure: '58%' },
  {
    pl: 'W badaniu konsumentów z Kanady i Nowej Zelandii 58% ankietowanych zmieniłoby markę przez złą obsługę.',
    en: 'In a survey of consumers in Canada and New Zealand, 58% said bad service would make them switch brands.',
    ru: 'В опросе потребителей из Канады и Новой Зеландии 58% заявили, что сменили бы бренд из-за плохого сервиса.',
  },
  {
    pl: ['ankieta Kanada Nowa Zelandia 58% zmieni markę przez złą obsługę'],
    en: ['Canada New Zealand survey 58% switch brands bad service'],
    ru: ['опрос Канада Новая Зеландия 58% сменят бренд из-за плохого сервиса'],
  },
);
// A firm named in the text only (no attribution in the citation), and the size of its sample.
const hold = withTexts(
  { ...minimalStatistic('stat-trendwise-hold-music'), figure: '41%' },
  {
    pl: 'Według firmy Trendwise, która przebadała 2000 konsumentów, 41% rozłącza się przy muzyce na czekanie.',
    en: 'According to Trendwise, whose survey of 2,000 consumers found it, 41% hang up when they hear hold music.',
    ru: 'По данным Trendwise, опросившей 2000 потребителей, 41% кладут трубку, услышав музыку ожидания.',
  },
  {
    pl: ['ilu klientów rozłącza się przy muzyce na czekanie'],
    en: ['how many callers hang up on hold music'],
    ru: ['сколько клиентов кладут трубку из-за музыки ожидания'],
  },
);
// A quote whose author only its citation names.
const alwaysRight = withTexts(
  {
    ...minimalEntry('quote-customer-always-right'),
    kind: 'quote',
    source: { title: 'A column', attribution: 'Harry Gordon Selfridge' },
  },
  {
    pl: '„Klient ma zawsze rację.”',
    en: '“The customer is always right.”',
    ru: '«Клиент всегда прав».',
  },
  {
    pl: ['cytat klient ma zawsze rację'],
    en: ['quote the customer is always right'],
    ru: ['цитата клиент всегда прав'],
  },
);
// What an outage caused, not what caused it.
const outage = withTexts(
  { ...minimalEntry('case-northwind-outage'), kind: 'case' },
  {
    pl: 'W 2019 roku awaria systemów Northwind spowodowała odwołanie 1800 lotów i długie kolejki na infoliniach.',
    en: 'In 2019 a systems outage at Northwind caused 1,800 cancelled flights and long queues on the phone lines.',
    ru: 'В 2019 году сбой систем Northwind вызвал отмену 1800 рейсов и длинные очереди на горячих линиях.',
  },
  {
    pl: ['awaria systemów Northwind 2019'],
    en: ['Northwind systems outage 2019'],
    ru: ['сбой систем Northwind 2019'],
  },
);

// A poll and who ran it, but none of its results.
const poll = withTexts(
  {
    ...minimalEntry('case-kowal-cold-calling-poll'),
    kind: 'case',
    source: { title: 'A podcast', attribution: 'Karol Kowal' },
  },
  {
    pl: 'Karol Kowal opublikował na LinkedInie ankietę o tym, co przeszkadza managerom w cold callingu, i omawia ją w podcaście.',
    en: 'Karol Kowal published a LinkedIn poll on what troubles managers in cold calling and discusses it in a podcast.',
    ru: 'Кароль Коваль опубликовал в LinkedIn опрос о том, что мешает менеджерам в холодных звонках, и обсуждает его в подкасте.',
  },
  {
    pl: ['ankieta Karola Kowala o cold callingu na LinkedInie'],
    en: ['Karol Kowal LinkedIn poll on cold calling'],
    ru: ['опрос Кароля Коваля в LinkedIn о холодных звонках'],
  },
);

const engine = engineOver([globalLosses, switchers, hold, alwaysRight, outage, poll]);
const ask = (question: string) => engine.answer({ question });

/** Per kind: questions (pl, en, ru) asking it of an entry that does not state it, and of one that does. */
const CASES = [
  {
    kind: 'researcher',
    missing: [
      'Jaka firma badawcza policzyła te 3,1 biliona dolarów strat przez słabą obsługę?',
      'Which research firm came up with the 3.1 trillion dollar figure for losses from poor customer service?',
      'Какая компания посчитала эти 3,1 триллиона долларов потерь из-за плохого обслуживания?',
      'Kto przeprowadził to badanie z Kanady i Nowej Zelandii, gdzie 58% zmieniłoby markę?',
      'Who ran that Canada and New Zealand survey where 58% said they would switch brands?',
      'Кто провёл этот опрос в Канаде и Новой Зеландии, где 58% сменили бы бренд?',
    ],
    held: [
      'Jaka firma przeprowadziła badanie, że 41% klientów rozłącza się przy muzyce na czekanie?',
      'Which company’s study found that 41% of callers hang up on hold music?',
      'Какая компания провела исследование, что 41% клиентов кладут трубку из-за музыки ожидания?',
    ],
    holder: 'stat-trendwise-hold-music',
  },
  {
    kind: 'sample',
    missing: [
      'Ilu ankietowanych było w badaniu z Kanady i Nowej Zelandii o zmianie marki?',
      'How many people were surveyed in the Canada and New Zealand study on switching brands?',
      'Сколько человек опросили в исследовании в Канаде и Новой Зеландии о смене бренда?',
    ],
    held: [
      'Na jakiej próbie zbadano, ilu klientów rozłącza się przy muzyce na czekanie?',
      'How many consumers were surveyed on callers hanging up on hold music?',
      'Сколько человек опросили про клиентов, которые кладут трубку из-за музыки ожидания?',
    ],
    holder: 'stat-trendwise-hold-music',
  },
  {
    kind: 'findings',
    missing: [
      'Jakie były wyniki ankiety Karola Kowala na LinkedInie o cold callingu?',
      'What did Karol Kowal’s LinkedIn poll on cold calling find?',
      'Какие результаты показал опрос Кароля Коваля в LinkedIn о холодных звонках?',
    ],
    held: [
      'Co wykazało badanie Trendwise o muzyce na czekanie?',
      'What did the Trendwise survey find about callers and hold music?',
      'Что показало исследование Trendwise: сколько клиентов кладут трубку, услышав музыку ожидания?',
    ],
    holder: 'stat-trendwise-hold-music',
  },
] as const;

describe.each(CASES)('a question asking for the $kind behind a figure', ({ kind, missing, held, holder }) => {
  it('is read as asking for it in three languages', () => {
    for (const q of [...missing, ...held]) expect(askedValues(q), q).toContain(kind);
  });

  it('is declined, or at most unsure, when the entry with the figure does not state it', () => {
    for (const q of missing) expect(ask(q).certainty, q).not.toBe('sure');
  });

  it('is answered by the entry that states it', () => {
    for (const q of held) {
      const result = ask(q);
      expect(result.answered, q).toBe(true);
      expect(result.answers[0]?.entry.id, q).toBe(holder);
    }
  });
});

describe('a question that only looks like one about the study', () => {
  it('asking who said a quote whose author is named is answered by the quote', () => {
    for (const q of [
      'Kto powiedział, że klient ma zawsze rację?',
      'Who said the customer is always right?',
      'Кто сказал, что клиент всегда прав?',
    ]) {
      expect(askedValues(q), q).toEqual(['person']);
      const result = ask(q);
      expect(result.answered, q).toBe(true);
      expect(result.answers[0]?.entry.id, q).toBe('quote-customer-always-right');
    }
  });

  it('asking how many switched, or what an agency ordering a study does, asks for no source or sample', () => {
    expect(askedValues('In that survey, how many people actually switched brands?')).toEqual(['count']);
    expect(askedValues('Ilu konsumentów zmieniło markę w tym badaniu?')).toEqual(['count']);
    expect(askedValues('Сколько человек сменили бренд по этому опросу?')).toEqual(['count']);
    expect(askedValues('oceny są raportowane firmie lub agencji, która zleciła badanie')).toEqual([]);
    expect(askedValues('Esteban Kolsky - what company does he run these days?')).toEqual([]);
  });
});

describe('what an entry states of its study', () => {
  it('names who ran it when its citation attributes it or its text names a firm or person, in any language', () => {
    for (const text of [
      'According to Gartner, 89% of companies compete on service.',
      'An American Express survey showed that 62% of consumers…',
      'Research by Esteban Kolsky found that 13% tell 15 people.',
      'Według Gartnera 89% firm konkuruje obsługą.',
      'Badanie American Express pokazało, że 62% konsumentów…',
      'Karol Bartkowski opublikował na LinkedInie ankietę o cold callingu.',
      'По данным Gartner, 89% компаний конкурируют сервисом.',
      'Исследование Эстебана Колски показало, что 13% жалуются 15 людям.',
    ])
      expect(statesValue(text, 'researcher'), text).toBe(true);
    expect(valuesStated(alwaysRight) & valueBit('researcher')).not.toBe(0);
  });

  it('does not take a capitalised first word, a country or a vague "studies" for who ran it', () => {
    for (const text of [
      'Global estimates put the losses at 4.7 trillion dollars a year.',
      'In a survey of consumers in the US and the UK, 63% said they would switch.',
      'Mystery-shopper studies show that only 10% of companies excel.',
      'W badaniu konsumentów z USA i Wielkiej Brytanii 63% ankietowanych zmieniłoby markę.',
      'Według globalnych szacunków firmy tracą 4,7 biliona dolarów.',
      'В опросе потребителей из США и Великобритании 63% сменили бы бренд.',
      'По глобальным оценкам, компании теряют 4,7 триллиона долларов.',
    ])
      expect(statesValue(text, 'researcher'), text).toBe(false);
    for (const stated of [globalLosses, switchers].map(valuesStated))
      expect(stated & valueBit('researcher')).toBe(0);
  });

  it('states a sample when it counts the people asked, not when it gives a share of them', () => {
    for (const text of [
      'a survey of 2,000 consumers',
      '1,500 respondents',
      'ankieta wśród 1500 osób',
      'przebadano 800 klientów',
      'опросили 1000 человек',
      '1200 респондентов',
    ])
      expect(statesValue(text, 'sample'), text).toBe(true);
    for (const text of ['63% said they would switch', '62% konsumentów', '63% опрошенных сменили бы бренд'])
      expect(statesValue(text, 'sample'), text).toBe(false);
  });

  it('states a cause by what introduces one, not by what the thing itself caused', () => {
    for (const text of [
      'The outage caused 2,300 cancelled flights.',
      'Awaria spowodowała odwołanie 2300 lotów.',
      'Сбой вызвал отмену 2300 рейсов.',
    ])
      expect(statesValue(text, 'cause'), text).toBe(false);
    for (const text of [
      'The outage was caused by a power failure.',
      'Awaria była spowodowana przez przerwę w zasilaniu.',
      'Сбой был вызван отключением электричества.',
      'Flights were cancelled because the power failed.',
    ])
      expect(statesValue(text, 'cause'), text).toBe(true);
  });
});

describe('a question asking what caused an outage', () => {
  it('is read as asking for a cause, however the asker stresses it', () => {
    for (const q of [
      'Co właściwie spowodowało awarię systemów Northwind w 2019?',
      'What actually caused the Northwind systems outage in 2019?',
      'Что на самом деле вызвало сбой систем Northwind в 2019?',
      'The Northwind outage in 2019 – what was the root cause?',
    ])
      expect(askedValues(q), q).toContain('cause');
  });

  it('is not answered with certainty by the entry telling what the outage caused', () => {
    for (const q of [
      'Co właściwie spowodowało awarię systemów Northwind w 2019?',
      'What actually caused the Northwind systems outage in 2019?',
      'Что на самом деле вызвало сбой систем Northwind в 2019?',
    ])
      expect(ask(q).certainty, q).not.toBe('sure');
  });
});
