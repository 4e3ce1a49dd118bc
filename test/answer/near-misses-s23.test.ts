// Session 23 (quality23a): near misses the knowledge base cannot answer. A named source asked about a topic its entry
// does not cover, or named before a pronoun ("X — what did they say…"); a study's sample asked beside its figure; a
// payout asked of a story that tells a loss; an industry average asked of one group's finding; a hedged figure far
// from the headline. Small fixture entries (made-up names and figures); no shipped wording.
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { nearHeadline } from '../../src/answer/approximate-figures.js';
import { detailsAsked } from '../../src/answer/detail-asks.js';
import { figuresIn } from '../../src/answer/figures.js';
import { namedSourceWords } from '../../src/answer/named-source.js';
import { asksIndustryAverage, statesIndustryFigure } from '../../src/answer/norm-asks.js';
import { foldText } from '../../src/answer/normalize.js';
import { saidTopicWords } from '../../src/answer/said-topic.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

const reeveQuote: Entry = {
  ...minimalEntry('quote-reeve-angry-members'),
  kind: 'quote',
  text: {
    pl: '„Rozgniewany członek klubu powie o tym całemu osiedlu.” – Dana Reeve.',
    en: '“An angry club member tells the whole neighbourhood.” – Dana Reeve.',
    ru: '«Рассерженный член клуба расскажет об этом всему району». — Дана Рив.',
  },
  phrasings: {
    pl: ['Dana Reeve cytat o rozgniewanych członkach'],
    en: ['Dana Reeve quote about angry members'],
    ru: ['цитата Даны Рив о рассерженных членах клуба'],
  },
  source: { title: 'Club life', attribution: 'Dana Reeve' },
};
const renewTip: Entry = {
  ...minimalEntry('tip-renewal-reminder'),
  text: {
    pl: 'Przypominaj członkom o odnowieniu składki tydzień wcześniej, a automat zastąpi tylko część rozmów.',
    en: 'Remind members to renew a week ahead; an automated bot replaces only some of the calls.',
    ru: 'Напоминайте членам клуба о продлении за неделю; автоматический бот заменит лишь часть звонков.',
  },
  phrasings: {
    pl: ['czy bot zastąpi konsultantów'],
    en: ['can a bot replace human staff'],
    ru: ['заменит ли бот живых сотрудников'],
  },
};
const reminderTip: Entry = {
  ...minimalEntry('tip-renewal-reminder-week-ahead'),
  text: {
    pl: 'Przypominaj członkom klubu o odnowieniu składki tydzień wcześniej.',
    en: 'Remind club members to renew their membership a week ahead.',
    ru: 'Напоминайте членам клуба о продлении членства за неделю.',
  },
  phrasings: {
    pl: ['przypomnienie o odnowieniu składki'],
    en: ['renewal reminder'],
    ru: ['напоминание о продлении'],
  },
};
const renewStat: Entry = {
  ...minimalStatistic('stat-64-percent-renew'),
  figure: '64%',
  text: {
    pl: 'Około 64% zadowolonych członków odnawia składkę w pierwszym tygodniu.',
    en: 'About 64% of pleased members renew their membership in the first week.',
    ru: 'Около 64% довольных членов клуба продлевают членство в первую неделю.',
  },
  phrasings: {
    pl: ['ilu członków odnawia składkę'],
    en: ['how many members renew'],
    ru: ['сколько членов клуба продлевают членство'],
  },
};
const ferryStat: Entry = {
  ...minimalStatistic('stat-ferry-value-drop'),
  figure: '~$300 million',
  text: {
    pl: 'Gdy Bluewave Ferries wysadziły pasażera na molo, a nagranie obiegło sieć, wartość rynkowa armatora spadła o około 300 mln dolarów.',
    en: 'After Bluewave Ferries left a passenger on the pier and the video spread online, the operator lost about $300 million in market value.',
    ru: 'После того как Bluewave Ferries высадили пассажира на причале и видео разошлось по сети, рыночная стоимость перевозчика упала примерно на 300 млн долларов.',
  },
  phrasings: {
    pl: ['Bluewave Ferries pasażer na molo strata wartości'],
    en: ['Bluewave Ferries passenger left on pier market value'],
    ru: ['Bluewave Ferries пассажир на причале потеря стоимости'],
  },
};
const oneVisitStat: Entry = {
  ...minimalStatistic('stat-half-decide-after-one-visit'),
  figure: '>50%',
  text: {
    pl: 'Ponad połowa członków decyduje, czy zostać w klubie, już po pierwszej wizycie w recepcji.',
    en: 'More than half of members decide whether to stay with a club after a single visit to its front desk.',
    ru: 'Больше половины членов клуба решают, остаться ли в клубе, после первого же визита на ресепшен.',
  },
  phrasings: {
    pl: ['ilu członków decyduje po pierwszej wizycie'],
    en: ['how many members decide after one visit'],
    ru: ['сколько членов клуба решают после первого визита'],
  },
};

const engine = engineOver([
  reeveQuote,
  renewTip,
  reminderTip,
  renewStat,
  ferryStat,
  oneVisitStat,
  minimalEntry(),
]);
const ask = (question: string) => engine.answer({ question });
const topic = (question: string) => [...saidTopicWords(foldText(question))].sort();

describe('what a named source said about a topic', () => {
  it('reads the topic as the asked words, in three languages, a clause after "о том" too', () => {
    expect(topic('What did Dana Reeve say about hiring front-desk staff?')).toEqual([
      'desk',
      'front',
      'hiring',
      'staff',
    ]);
    expect(topic('Co Dana Reeve mówiła o rekrutacji recepcjonistów?')).toEqual([
      'recepcjonistow',
      'rekrutacji',
    ]);
    expect(topic('Что Дана Рив говорила про подбор персонала на ресепшен?')).toEqual([
      'персонала',
      'подбор',
      'ресепшен',
    ]);
    expect(topic('что Рив пишет о том, чем клубы удерживают членов?')).toEqual([
      'клубы',
      'удерживают',
      'членов',
    ]);
    expect(topic('how many members renew?')).toEqual([]);
  });

  it('declines a topic the source’s entry does not cover, and answers the one it does', () => {
    // the topic's words are the knowledge base's (the reminder tip's), not the quote's
    for (const q of [
      'What did Dana Reeve say about reminding members to renew?',
      'Co Dana Reeve mówiła o przypominaniu członkom klubu o składce?',
      'Что Дана Рив говорила про напоминания членам клуба о продлении?',
    ])
      expect(ask(q).certainty, q).toBe('declined');
    expect(ask('What did Dana Reeve say about angry club members?').answers[0]?.entry.id).toBe(reeveQuote.id);
  });
});

describe('a source named before a pronoun', () => {
  const credited = (question: string) => [...namedSourceWords(question, () => false)].sort();

  it('credits the name heading the question, in three languages', () => {
    expect(credited('Harlow Group — what did they say about bots replacing staff?')).toEqual([
      'group',
      'harlow',
    ]);
    expect(credited('Kessler: co on mówił o automatach zamiast konsultantów?')).toEqual(['kessler']);
    expect(credited('Кесслер — что он говорил про ботов вместо сотрудников?')).toEqual(['кесслер']);
    expect(credited('Bots — can they replace staff?')).toEqual([]);
  });

  it('declines an entry that neither names nor cites the source', () => {
    for (const q of [
      'Harlow Group — what did they say about bots replacing human staff?',
      'Kessler: co on mówił o tym, czy bot zastąpi konsultantów?',
      'Кесслер — что он говорил про то, заменит ли бот живых сотрудников?',
    ])
      expect(ask(q).certainty, q).toBe('declined');
    expect(ask('can a bot replace human staff?').answers[0]?.entry.id).toBe(renewTip.id);
  });
});

describe("a study's sample asked beside its figure", () => {
  it('reads participants of any name in the study, in three languages', () => {
    for (const q of [
      'How many secret shoppers took part in that survey?',
      'Ilu ankieterów brało udział w tym badaniu o odnowieniach?',
      'Сколько тайных проверяющих участвовало в этом исследовании?',
      // a keyword string (round 39)
      'skyjet proba badania',
    ])
      expect(askedValues(q), q).toContain('sample');
    expect(askedValues('how many members took part in the renewal drive?')).not.toContain('sample');
  });

  it('declines the figure when a later ask wants the sample, which the entry does not state', () => {
    for (const q of [
      'the 64% of members who renew — which survey was that and how many people were asked?',
      'te 64% członków, którzy odnawiają — z jakiego to badania i ilu ankietowanych?',
      '64% членов клуба продлевают членство — откуда это и сколько человек опросили?',
    ])
      expect(ask(q).certainty, q).toBe('declined');
    expect(ask('how many members renew?').answers[0]?.entry.id).toBe(renewStat.id);
  });
});

describe('a payout asked of a story', () => {
  it('reads it as a sequel asked, in three languages, not a price customers pay', () => {
    for (const q of [
      'How much did Bluewave Ferries end up paying the passenger they left on the pier?',
      'Ile Bluewave Ferries ostatecznie zapłaciły temu pasażerowi?',
      'Сколько Bluewave Ferries в итоге выплатили пассажиру?',
      'what compensation did the passenger get?',
    ])
      expect(detailsAsked(q)?.aftermath, q).toBe(true);
    expect(detailsAsked('how much do members pay for a year?')?.aftermath ?? false).toBe(false);
    expect(detailsAsked('how much money is lost every year?')?.aftermath ?? false).toBe(false);
  });

  it('declines a story telling a loss in value, and answers the loss', () => {
    for (const q of [
      'How much did Bluewave Ferries end up paying the passenger they left on the pier?',
      'Ile Bluewave Ferries ostatecznie zapłaciły temu pasażerowi z molo?',
      'Сколько Bluewave Ferries в итоге выплатили пассажиру, которого высадили на причале?',
    ])
      expect(ask(q).certainty, q).toBe('declined');
    expect(
      ask('How much market value did Bluewave Ferries lose after the passenger was left on the pier?')
        .answers[0]?.entry.id,
    ).toBe(ferryStat.id);
  });
});

describe('an industry average', () => {
  it('is read in three languages', () => {
    for (const q of [
      'What is the industry average share of members who decide after one visit?',
      'Jaki odsetek członków średnio w branży decyduje po pierwszej wizycie?',
      'какой процент членов клуба в среднем по отрасли решает после первого визита?',
      'какой среднеотраслевой процент продлений?',
    ])
      expect(asksIndustryAverage(foldText(q)), q).toBe(true);
    expect(asksIndustryAverage(foldText('how many members decide after one visit?'))).toBe(false);
  });

  it('is stated by a figure across firms, not by one group’s finding', () => {
    expect(statesIndustryFigure(oneVisitStat)).toBe(false);
    const acrossFirms: Entry = {
      ...oneVisitStat,
      id: 'stat-clubs-average',
      text: { en: 'On average, clubs keep 70% of their members a year.' },
    };
    expect(statesIndustryFigure(acrossFirms)).toBe(true);
  });

  it('declines the one group’s finding', () => {
    for (const q of [
      'What is the industry average share of members who decide after one visit?',
      'какой процент членов клуба в среднем по отрасли решает после первого визита?',
    ])
      expect(ask(q).certainty, q).toBe('declined');
  });
});

describe('a figure half remembered', () => {
  it('is near the headline only within rounding', () => {
    expect(nearHeadline([90], figuresIn('86%'))).toBe(true);
    expect(nearHeadline([80], figuresIn('86%'))).toBe(true);
    expect(nearHeadline([70], figuresIn('86%'))).toBe(false);
    expect(nearHeadline([60], figuresIn('72%'))).toBe(false);
    expect(nearHeadline([5], figuresIn('~4%'))).toBe(true);
    expect(nearHeadline([2000], figuresIn('2,300 bookings'))).toBe(true);
    expect(nearHeadline([1500], figuresIn('2,300 bookings'))).toBe(false);
  });
});
