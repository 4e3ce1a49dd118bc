// Near misses read by class (session 15): a time or amount added to a figure, a person asked by their part in a
// story, an episode named by its subject, and the stance of a figure (companies' belief, customers' agreement, an
// intent, an act) that picks between twin statistics. Each is proved on a small knowledge base of its own, with the
// entries still answering what they do say.
import { describe, expect, it } from 'vitest';
import { conditionsAdded } from '../../src/answer/added-condition.js';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { askSentence } from '../../src/answer/ask-sentence.js';
import { besideAsks, lacksBesideAsk } from '../../src/answer/beside-asks.js';
import { entryFigures } from '../../src/answer/figure-evidence.js';
import { entryStance, stanceAsked } from '../../src/answer/figure-stance.js';
import { episodeSubjectWords } from '../../src/answer/named-episode.js';
import { foldText } from '../../src/answer/normalize.js';
import { namesNoOtherPerson, roleAsked } from '../../src/answer/role-person.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { shoeboxLongCall } from '../fixtures/story-entries.js';
import { engineOver } from '../fixtures/engines.js';

const hangUps: Entry = {
  ...minimalStatistic('stat-61-percent-hung-up'),
  figure: '61%',
  text: {
    pl: '61% klientów rozłączyło się kiedyś, bo nie mogli porozmawiać z żywym człowiekiem.',
    en: '61% of callers have hung up because they could not reach a real person.',
    ru: '61% клиентов бросали трубку, потому что не могли поговорить с живым человеком.',
  },
  phrasings: {
    pl: ['ilu klientów rozłącza się bez człowieka'],
    en: ['how many callers hang up without a human'],
    ru: ['сколько клиентов бросают трубку без живого человека'],
  },
};
const selfView: Entry = {
  ...minimalStatistic('stat-75-percent-companies-think'),
  figure: '75%',
  text: {
    pl: 'Aż 75% firm uważa, że ich obsługa jest doskonała, ale zgadza się z tym tylko 9% klientów.',
    en: 'As many as 75% of companies believe their service is excellent, yet only 9% of customers agree.',
    ru: '75% компаний считают свой сервис отличным, но согласны с этим лишь 9% клиентов.',
  },
  phrasings: {
    pl: ['ile firm uważa swoją obsługę za doskonałą'],
    en: ['how many companies think their service is excellent'],
    ru: ['сколько компаний считают свой сервис отличным'],
  },
};
const customersAgree: Entry = {
  ...minimalStatistic('stat-9-percent-customers-agree'),
  figure: '9%',
  text: {
    pl: 'Tylko 9% klientów zgadza się, że obsługa firm jest naprawdę doskonała, choć tak ocenia siebie 75% firm.',
    en: 'Only 9% of customers agree that companies deliver truly excellent service, even though 75% of companies rate themselves that way.',
    ru: 'Лишь 9% клиентов согласны, что сервис компаний действительно отличный, хотя так оценивают себя 75% компаний.',
  },
  phrasings: {
    pl: ['ilu klientów zgadza się, że obsługa jest doskonała'],
    en: ['how many customers agree service is excellent'],
    ru: ['сколько клиентов согласны, что сервис отличный'],
  },
};
const wouldSwitch: Entry = {
  ...minimalStatistic('stat-57-percent-would-switch'),
  figure: '57%',
  text: {
    pl: 'W ankiecie 57% konsumentów zadeklarowało, że przeszłoby do innej marki z powodu złej obsługi.',
    en: 'In a survey, 57% of consumers said poor service would make them switch to another brand.',
    ru: 'В опросе 57% потребителей заявили, что ушли бы к другому бренду из-за плохого обслуживания.',
  },
  phrasings: {
    pl: ['ilu konsumentów zmieni markę przez złą obsługę'],
    en: ['how many consumers switch brands over bad service'],
    ru: ['сколько потребителей меняют бренд из-за плохого сервиса'],
  },
};
const didSwitch: Entry = {
  ...minimalStatistic('stat-41-percent-did-switch'),
  figure: '41%',
  text: {
    pl: 'W tej samej ankiecie 41% konsumentów przyznało, że w ostatnim roku faktycznie zmieniło markę z powodu złej obsługi.',
    en: 'In the same survey, 41% of consumers said they had actually switched brands over bad service in the past year.',
    ru: 'В том же опросе 41% потребителей признались, что за последний год действительно сменили бренд из-за плохого обслуживания.',
  },
  phrasings: {
    pl: ['ilu konsumentów zmieniło markę w ostatnim roku'],
    en: ['how many consumers switched brands last year'],
    ru: ['сколько потребителей сменили бренд за последний год'],
  },
};
const cancelStory: Entry = {
  ...minimalEntry('case-jan-kowal-fastnet'),
  kind: 'case',
  text: {
    pl: 'W 2015 roku Jan Kowal próbował zrezygnować z abonamentu FastNet, ale konsultant uparcie mu na to nie pozwalał.',
    en: 'In 2015 Jan Kowal tried to cancel his FastNet subscription, but the agent stubbornly would not let him.',
    ru: 'В 2015 году Ян Коваль пытался отказаться от подписки FastNet, но оператор упорно ему не давал.',
  },
  phrasings: {
    pl: ['Jan Kowal i FastNet'],
    en: ['Jan Kowal FastNet cancellation call'],
    ru: ['Ян Коваль и FastNet'],
  },
};
const botsEpisode: Entry = {
  ...minimalEntry('case-q-podcast-chatbots'),
  kind: 'case',
  text: {
    pl: 'Zapowiedź odcinka Q Podcast, w którym Anna Nowak z Botline mówi o chatbotach w obsłudze klienta.',
    en: 'The teaser of the Q Podcast episode in which Anna Nowak of Botline talks about chatbots in customer service.',
    ru: 'Анонс выпуска Q Podcast, в котором Анна Новак из Botline рассказывает о чат-ботах в обслуживании клиентов.',
  },
  phrasings: {
    pl: ['odcinek Q Podcast o chatbotach'],
    en: ['Q Podcast episode on chatbots'],
    ru: ['выпуск Q Podcast о чат-ботах'],
  },
};
const gigTip: Entry = {
  ...minimalEntry('tip-gig-economy-phone-staff'),
  text: {
    pl: 'Gdy brakuje ludzi do telefonów, przyjrzyj się gig economy. Takie pytanie stawia odcinek Q Podcast „Gig economy w obsłudze?”.',
    en: "When you can't find people for phone work, look at the gig economy. That is the question the Q Podcast episode 'Gig economy in support?' puts.",
    ru: 'Если не хватает людей на телефонах, присмотритесь к gig economy. Этот вопрос ставит выпуск Q Podcast «Gig economy в поддержке?».',
  },
  phrasings: {
    pl: ['gig economy na infolinii'],
    en: ['gig economy for phone staffing'],
    ru: ['gig economy для телефонной поддержки'],
  },
};

const entries = [hangUps, selfView, customersAgree, wouldSwitch, didSwitch, cancelStory, botsEpisode, gigTip];
const engine = engineOver([...entries, shoeboxLongCall, minimalEntry()]);
const ask = (question: string) => engine.answer({ question });
const lacks = (question: string, entry: Entry) =>
  lacksBesideAsk(besideAsks(question), entry, entryFigures(entry).values);

describe('a time or amount added to a figure', () => {
  it('reads a threshold of time or money in three languages', () => {
    for (const q of [
      'what share of callers hang up after two minutes on hold?',
      'how many give up after waiting more than 5 minutes?',
      'ile osób rezygnuje po 5 minutach na infolinii?',
      'ile procent klientów odchodzi, jeśli czeka dłużej niż dziesięć minut?',
      'сколько клиентов бросают трубку после двух минут ожидания?',
      'скольким людям расскажет недовольный клиент за первые 24 часа?',
    ])
      expect(conditionsAdded(foldText(q)), q).toEqual(['duration']);
    expect(conditionsAdded(foldText('what share of customers who spend over $100 a month leave?'))).toEqual([
      'money',
    ]);
    expect(conditionsAdded(foldText('ilu klientów z zamówieniami powyżej 500 zł wraca?'))).toEqual(['money']);
  });

  it('reads none in the story before the ask, nor in a period without a number', () => {
    for (const q of [
      'A customer waited 40 minutes on hold and hung up. What share of customers have hung up for want of a human?',
      'ile procent klientów zmieniło markę w ciągu ostatniego roku?',
      'how many customers leave after two or three bad experiences?',
    ])
      expect(conditionsAdded(foldText(q)), q).toEqual([]);
    expect(askSentence('a customer waited 40 minutes. what share hang up?')).toBe(' what share hang up?');
  });

  it('reads a duration asked as after or within how many minutes, which a figure without one does not tell', () => {
    for (const q of [
      'after how many minutes on hold do callers hang up?',
      '61% się rozłącza – a po ilu minutach czekania?',
      'w ciągu ilu minut klienci oczekują odpowiedzi?',
      'через сколько минут ожидания клиенты бросают трубку?',
    ])
      expect(askedValues(q), q).toContain('duration');
    expect(ask('after how many minutes on hold do callers hang up?').certainty).toBe('declined');
  });

  it('rules out a statistic stating no duration, not one that states one, nor advice', () => {
    expect(lacks('what share of callers hang up after two minutes on hold?', hangUps)).toBe(true);
    expect(lacks('did the Shoebox call really last more than 9 hours?', shoeboxLongCall)).toBe(false);
    expect(lacks('how do I keep callers on the line for more than 5 minutes?', gigTip)).toBe(false);
  });

  it('declines the threshold and answers the figure', () => {
    for (const q of [
      'what share of callers hang up after two minutes on hold?',
      'jaki procent dzwoniących rozłącza się po dwóch minutach czekania?',
      'сколько клиентов бросают трубку после двух минут ожидания?',
    ])
      expect(ask(q).certainty, q).toBe('declined');
    expect(
      ask('what share of callers hung up because they could not reach a real person?').answers[0]?.entry.id,
    ).toBe(hangUps.id);
  });
});

describe('the stance of a figure: a belief, an agreement, an intent or an act', () => {
  it("reads each entry's headline figure in its own clause", () => {
    expect(entryStance(selfView)).toBe('self');
    expect(entryStance(customersAgree)).toBe('others');
    expect(entryStance(wouldSwitch)).toBe('intent');
    expect(entryStance(didSwitch)).toBe('actual');
    expect(entryStance(hangUps)).toBeUndefined();
  });

  it('reads the stance asked in three languages, and none where the gap between two is asked', () => {
    const cases: [string, string | undefined][] = [
      ['what % of companies think they deliver great service?', 'self'],
      ['ile procent firm uważa, że ma świetną obsługę?', 'self'],
      ['сколько компаний считают, что у них отличный сервис?', 'self'],
      ['how many customers actually agree that service is great?', 'others'],
      ['ilu klientów zgadza się, że obsługa jest dobra?', 'others'],
      ['what share say they would switch brands?', 'intent'],
      ['ilu konsumentów zmieniłoby markę?', 'intent'],
      ['сколько потребителей ушли бы к другому бренду?', 'intent'],
      ['how many actually switched brands last year?', 'actual'],
      ['сколько реально сменили бренд?', 'actual'],
      ['how many companies think their service is great versus how many customers agree?', undefined],
      ['how many say they would switch and how many actually did?', undefined],
      ['what do you think, how many customers complain?', undefined],
      ['utrzymanie klienta jest 6 razy tańsze – zgadza się?', undefined],
      // the intent told before a dash or a semicolon is the story, the ask after it asks the act
      ['63% готовы сменить бренд — а сколько реально сменили за год?', 'actual'],
      ['63% would switch brands - but how many actually switched?', 'actual'],
      ['63% zmieniłoby markę; a ilu faktycznie zmieniło?', 'actual'],
    ];
    for (const [q, stance] of cases) expect(stanceAsked(foldText(q)), q).toBe(stance);
  });

  it('picks the twin with the stance asked', () => {
    expect(ask('what % of companies think they deliver excellent service?').answers[0]?.entry.id).toBe(
      selfView.id,
    );
    expect(ask('how many customers actually agree that service is excellent?').answers[0]?.entry.id).toBe(
      customersAgree.id,
    );
    expect(
      ask('what share of consumers say they would switch brands over bad service?').answers[0]?.entry.id,
    ).toBe(wouldSwitch.id);
    expect(
      ask('сколько потребителей реально сменили бренд из-за плохого сервиса?').answers[0]?.entry.id,
    ).toBe(didSwitch.id);
  });
});

describe('a person asked by their part in a story', () => {
  it('reads the part asked in three languages, not who a named person is', () => {
    for (const q of [
      'who was the FastNet rep who would not let Jan Kowal cancel?',
      'what was the name of the passenger?',
      'kto był gościem odcinka Q Podcast?',
      'jak nazywał się ten konsultant?',
      'как звали оператора FastNet?',
      'кто был гостем выпуска?',
    ])
      expect(roleAsked(foldText(q)), q).toBeDefined();
    for (const q of ['who is Jan Kowal?', 'kto to jest Jan Kowal?', 'who said that quote?'])
      expect(roleAsked(foldText(q)), q).toBeUndefined();
  });

  it('rules out an entry naming no one the question does not already name', () => {
    const asked = roleAsked(foldText('who was the FastNet agent who would not let Jan Kowal cancel?'));
    expect(asked && namesNoOtherPerson(cancelStory, asked)).toBe(true);
    const guest = roleAsked(foldText('who was the guest of the Q Podcast episode about chatbots?'));
    expect(guest && namesNoOtherPerson(botsEpisode, guest)).toBe(false);
    expect(guest && namesNoOtherPerson(gigTip, guest)).toBe(true);
  });

  it('declines the other person and answers the named one', () => {
    expect(ask('who was the FastNet agent who would not let Jan Kowal cancel?').certainty).toBe('declined');
    expect(ask('who was the guest of the Q Podcast episode about chatbots?').answers[0]?.entry.id).toBe(
      botsEpisode.id,
    );
  });
});

describe('an episode named by its subject', () => {
  it('reads the subject in three languages', () => {
    expect([...episodeSubjectWords(foldText('the Q Podcast episode about the gig economy?'))]).toEqual([
      'the',
      'gig',
      'economy',
    ]);
    expect([...episodeSubjectWords(foldText('kto był gościem odcinka Q Podcast o gig economy?'))]).toEqual([
      'gig',
      'economy',
    ]);
    expect([...episodeSubjectWords(foldText('кто был гостем выпуска Q Podcast про gig economy?'))]).toEqual([
      'gig',
      'economy',
    ]);
    expect(episodeSubjectWords(foldText('which podcast should I listen to?')).size).toBe(0);
  });

  it("declines another episode's guest", () => {
    for (const q of [
      'who was the guest on the Q Podcast episode about the gig economy?',
      'kto był gościem odcinka Q Podcast o gig economy?',
      'кто был гостем выпуска Q Podcast про gig economy?',
    ])
      expect(ask(q).certainty, q).toBe('declined');
  });
});
