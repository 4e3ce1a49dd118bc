// A figure asked for another segment than the one an entry states (a trade, a channel, a country or region), for a
// later period or as a forecast, or how a measure is computed: near misses of every fresh round, written here in new
// words (not the tuning pool's) in three languages, with typos, without diacritics and in Latin-letter Russian, beside
// answerable questions on the same figures.
import { describe, expect, it } from 'vitest';
import { countedPopulation, countsOtherThan } from '../../src/answer/counted-asks.js';
import { detailsAsked } from '../../src/answer/detail-asks.js';
import { focusPhraseWords, isSettingOnlyWord } from '../../src/answer/focus.js';
import { isSegmentWord } from '../../src/answer/segment-words.js';
import { StatedDetails } from '../../src/answer/stated-details.js';
import { foldText } from '../../src/answer/normalize.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver, expectAnsweredFirst, withTexts } from '../fixtures/engines.js';

const switchers = withTexts(
  { ...minimalStatistic('stat-us-uk-switchers'), figure: '58%', source: { title: 'A blog' } },
  {
    pl: 'W badaniu konsumentów z USA i Wielkiej Brytanii 58% ankietowanych zmieniłoby markę przez złą obsługę.',
    en: 'In a survey of consumers in the US and the UK, 58% said bad service would make them switch brands.',
    ru: 'В опросе потребителей в США и Великобритании 58% заявили, что сменили бы бренд из-за плохого сервиса.',
  },
  {
    pl: ['ilu klientów zmieni markę przez złą obsługę 58%'],
    en: ['how many customers switch brands over bad service 58%'],
    ru: ['сколько клиентов сменят бренд из-за плохого сервиса 58%'],
  },
);
const outage = withTexts(
  { ...minimalStatistic('case-acme-2016-outage'), kind: 'case', figure: '$90 million' },
  {
    pl: 'W 2016 roku awaria systemów linii lotniczych Acme kosztowała firmę 90 milionów dolarów.',
    en: 'In 2016 a system outage at Acme Airlines cost the airline 90 million dollars.',
    ru: 'В 2016 году сбой систем авиакомпании Acme обошёлся ей в 90 миллионов долларов.',
  },
  {
    pl: ['ile kosztowała awaria Acme'],
    en: ['how much did the Acme outage cost'],
    ru: ['во сколько обошёлся сбой Acme'],
  },
);
const channels = withTexts(
  minimalEntry('tip-support-on-every-channel'),
  {
    pl: 'Bądź tam, gdzie są klienci: odpowiadaj na czacie, w mailach i w mediach społecznościowych.',
    en: 'Be where your customers are: answer on chat, by email and on social media.',
    ru: 'Будьте там, где клиенты: отвечайте в чате, по почте и в соцсетях.',
  },
  {
    pl: ['obsługa klienta na czacie i w social media'],
    en: ['support on chat and social media'],
    ru: ['поддержка в чате и соцсетях'],
  },
);

const burnout = withTexts(
  { ...minimalStatistic('stat-burnout-sick-days'), figure: '57%' },
  {
    pl: 'Wypaleni pracownicy o 57% częściej biorą zwolnienie lekarskie.',
    en: 'Burnt-out employees are 57% more likely to take a sick day.',
    ru: 'Выгоревшие сотрудники на 57% чаще берут больничный.',
  },
  {
    pl: ['wypaleni pracownicy częściej na L4'],
    en: ['burnout sick days'],
    ru: ['выгорание больничные'],
  },
);

const engine = engineOver([switchers, outage, channels, burnout]);
const ask = (question: string) => engine.answer({ question });

describe('a segment named beside a figure', () => {
  it('is read for trades, channels and regions in three languages, inflected and folded', () => {
    for (const word of [
      'banks',
      'bankach',
      'банках',
      'ubezpieczeniowej',
      'страховых',
      'ритейле',
      'b2b',
      'saas',
      'czacie',
      'чате',
      'emaila',
      'соцсетях',
      'whatsapp',
      'telegramie',
      'kanadyjskich',
      'czechach',
      'казахстане',
      'azji',
      'азии',
      'spain',
    ])
      expect(isSegmentWord(foldText(word)), word).toBe(true);
    for (const word of ['call', 'phone', 'telefon', 'почти', 'klientow', 'operatorow', 'telekomunikacyjnej'])
      expect(isSegmentWord(foldText(word)), word).toBe(false);
    // A setting word: missing only from an entry stating a figure, never from advice.
    expect(isSettingOnlyWord('czacie')).toBe(true);
  });

  it('declines a figure asked for a segment the entry does not name', () => {
    for (const q of [
      'is the 58% switching figure the same for canadian shoppers?',
      'jaki odsetek klientow bankow zmienia marke przez zla obsluge?',
      'а в ритейле какой процент покупателей меняет бренд из-за плохого сервиса?',
      'what share of customers switch brands over bad service on whatsapp?',
      'ile procent klientow zmienia marke po zlej obsludze na czacie?',
      'kakoy procent klientov menyaet brend v kazahstane iz-za plohogo servisa?',
      'does the 58% brand switching hold for B2B too?',
    ])
      expect(ask(q).certainty, q).toBe('declined');
  });

  it('answers when the entry names the segment, the asker names their own, or advice is asked', () => {
    const expected: [string, string][] = [
      ['ile procent konsumentów w USA i UK zmieniłoby markę przez złą obsługę?', 'stat-us-uk-switchers'],
      ['we run a bank - how many customers switch brands over bad service?', 'stat-us-uk-switchers'],
      ['how much did the Acme airline outage cost?', 'case-acme-2016-outage'],
      ['should we answer customers on chat and social media?', 'tip-support-on-every-channel'],
      ['поддержка клиентов в чате и соцсетях — где отвечать?', 'tip-support-on-every-channel'],
    ];
    expectAnsweredFirst(engine, expected);
  });
});

describe('a later period or a forecast asked beside a figure', () => {
  it('reads a year named as a period, and forecasts in three languages', () => {
    expect(detailsAsked('is there a 2025 update of the 58% stat?')?.laterYear).toBe(2025);
    expect(detailsAsked('ile procent klientow zmienilo marke w 2024?')?.laterYear).toBe(2024);
    expect(detailsAsked('сколько клиентов сменили бренд в 2023 году?')?.laterYear).toBe(2023);
    for (const q of [
      'what will the losses be by 2030?',
      'any projection for next year on brand switching?',
      'jakie sa prognozy na 2028?',
      'ile firm bedzie konkurowac obsluga za piec lat?',
      'какой прогноз на 2028 год?',
      'а что будет через пять лет?',
      'prognoz na 2027 god po klientam',
    ])
      expect(detailsAsked(q)?.newer, q).toBe(true);
  });

  it('reads no period from a count, a requirement that does not change, or no year', () => {
    expect(detailsAsked('we have 2000 customers, how many will switch brands?')?.laterYear).toBeUndefined();
    expect(detailsAsked('are customer requirements predictable?')).toBeUndefined();
    expect(detailsAsked('how many customers switch brands?')).toBeUndefined();
  });

  it('reads no period from a keyword string ending in a year, in three languages', () => {
    // typed into a search box, the year asks for a recent source, not that year's figure
    for (const q of [
      'customer brand switching statistic 2023',
      'churn study 2023 pdf',
      'bad service brand switching 2024 stats',
      'statystyka zmiany marki 2022',
      'zmiana marki zła obsługa raport 2023 pdf',
      'статистика смены бренда 2023',
      'смена бренда плохой сервис 2024',
    ])
      expect(detailsAsked(q)?.laterYear, q).toBeUndefined();
    // a question, a preposition or a time word before the year still asks for that period
    for (const [q, year] of [
      ['what was the brand switching rate in 2023?', 2023],
      ['brand switching rate 2023?', 2023],
      ['ile kosztował klient w 2021 roku', 2021],
      ['statystyka zmiany marki za rok 2022', 2022],
      ['podaj statystykę zmiany marki 2022', 2022],
      ['статистика смены бренда за 2023 год', 2023],
      ['сколько клиентов сменили бренд 2023', 2023],
      // two years in a keyword string compare periods
      ['churn rate 2022 vs 2023', 2023],
      ['nps benchmark 2021 2023', 2023],
    ] as const)
      expect(detailsAsked(q)?.laterYear, q).toBe(year);
  });

  it('answers the keyword string ending in a year, and declines the question for that year', () => {
    for (const q of [
      'customers switch brands bad service statistic 2023',
      'klienci zmieniają markę zła obsługa statystyka 2022',
      'клиенты сменят бренд плохой сервис статистика 2023',
    ]) {
      const result = ask(q);
      expect(result.answered, q).toBe(true);
      expect(result.answers[0]?.entry.id, q).toBe('stat-us-uk-switchers');
    }
    for (const q of [
      'how many customers switched brands over bad service in 2023?',
      'ilu klientów zmieniło markę przez złą obsługę w 2022 roku?',
      'сколько клиентов сменили бренд из-за плохого сервиса в 2023 году?',
    ])
      expect(ask(q).certainty, q).toBe('declined');
  });

  it('rules out a statistic or case stating no year from it on, never advice', () => {
    const asks = detailsAsked('сколько клиентов сменили бренд в 2023 году?')!;
    expect(new StatedDetails(switchers).lacks(asks)).toBe(true);
    expect(new StatedDetails(channels).lacks(asks)).toBe(false);
    expect(new StatedDetails(outage).lacks(detailsAsked('ile kosztowała awaria Acme w 2016 roku?')!)).toBe(
      false,
    );
  });

  it('declines the later period and the forecast, answers the entry own year', () => {
    for (const q of [
      'is there a 2025 update of the 58% brand switching figure?',
      'jaki procent klientow zmieni marke przez zla obsluge w 2028 wedlug prognoz?',
      'сколько клиентов сменят бренд из-за плохого сервиса через пять лет?',
    ])
      expect(ask(q).certainty, q).toBe('declined');
    const result = ask('how much did the Acme outage in 2016 cost the airline?');
    expect(result.answers[0]?.entry.id).toBe('case-acme-2016-outage');
    expect(result.answered).toBe(true);
  });
});

describe('how a measure is computed', () => {
  it('asks for a formula only in its phrase', () => {
    expect([...focusPhraseWords('как считается NPS?')]).toEqual(['считается']);
    expect([...focusPhraseWords('a jak sie liczy churn?')]).toEqual(['liczy']);
    expect([...focusPhraseWords('какой NPS считается хорошим?')]).toEqual([]);
    expect([...focusPhraseWords('jak bardzo liczy sie szybkosc odpowiedzi?')]).toEqual([]);
  });
});

describe('a share of a population asked beside another measure', () => {
  it('reads whose share is asked, not a share asked beside a comparison', () => {
    expect(countedPopulation('what % of agents are burned out?')).toBe('staff');
    expect(countedPopulation('ile procent konsultantow ma wypalenie zawodowe?')).toBe('staff');
    expect(countedPopulation('какой процент операторов выгорает?')).toBe('staff');
    expect(countedPopulation('what share of customers switch brands?')).toBe('customer');
    expect(countedPopulation('ile procent pracownikow czesciej bierze L4?')).toBeUndefined();
  });

  it('rules out an entry whose share only compares ("57% more likely"), keeps one counting the population', () => {
    expect(countsOtherThan(burnout, 'staff')).toBe(true);
    expect(countsOtherThan(switchers, 'customer')).toBe(false);
    expect(ask('what percentage of agents actually burn out?').certainty).toBe('declined');
    expect(ask('jaki odsetek konsultantow cierpi na wypalenie?').certainty).toBe('declined');
    const result = ask('o ile czesciej wypaleni pracownicy biora L4?');
    expect(result.answered).toBe(true);
    expect(result.answers[0]?.entry.id).toBe('stat-burnout-sick-days');
  });
});
