// Session 21, quality21a: near misses that ask what the knowledge base cannot hold. The team's own figure for a period
// ("what was our CSAT last week?") or who holds a role in the team, another episode or an episode's recording or
// sign-up, all the items of a list longer than any an entry holds, a length asked by its noun. Each is ruled out for
// every entry that cannot tell it; advice asked with "we" and "our" still is not. Three languages, fixture entries.
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { rankCandidates } from '../../src/answer/candidates.js';
import { detailsAsked } from '../../src/answer/detail-asks.js';
import { asksOfEvent } from '../../src/answer/event-asks.js';
import { foldText } from '../../src/answer/normalize.js';
import { listLength, StatedDetails } from '../../src/answer/stated-details.js';
import { asksTeamFigure } from '../../src/answer/team-figures.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

const csat: Entry = {
  ...minimalEntry('metric-csat'),
  kind: 'metric',
  text: {
    pl: 'CSAT (wskaźnik satysfakcji klienta) mierzy, jaki odsetek klientów ocenia obsługę dobrze.',
    en: 'CSAT (customer satisfaction score) measures what share of customers rate the service well.',
    ru: 'CSAT (индекс удовлетворённости клиентов) показывает, какая доля клиентов оценивает обслуживание хорошо.',
  },
  phrasings: {
    pl: ['co to jest CSAT', 'jak mierzyć satysfakcję klientów'],
    en: ['what is CSAT', 'how do we measure customer satisfaction'],
    ru: ['что такое CSAT', 'как измерить удовлетворённость клиентов'],
  },
};
const tickets: Entry = {
  ...minimalEntry('tip-close-tickets'),
  text: {
    pl: 'Zamykaj zgłoszenia dopiero wtedy, gdy klient potwierdzi, że problem zniknął.',
    en: 'Close tickets only once the customer confirms the problem is gone.',
    ru: 'Закрывайте тикеты только тогда, когда клиент подтвердит, что проблема решена.',
  },
  phrasings: {
    pl: ['kiedy zamykać zgłoszenia', 'ile zgłoszeń zamykać'],
    en: ['when to close tickets', 'how many tickets should an agent close'],
    ru: ['когда закрывать тикеты', 'сколько тикетов закрывать'],
  },
};
const episode: Entry = {
  ...minimalEntry('case-k2-episode'),
  kind: 'case',
  text: {
    pl: 'W odcinku K2 Podcast Dawid Wójcicki z Voicetel mówi o botach w obsłudze klienta.',
    en: 'In the K2 Podcast episode Dawid Wójcicki of Voicetel talks about bots in customer service.',
    ru: 'В выпуске K2 Podcast Давид Вуйцицкий из Voicetel рассказывает о ботах в обслуживании клиентов.',
  },
  phrasings: {
    pl: ['odcinek K2 Podcast o botach'],
    en: ['K2 Podcast episode about bots'],
    ru: ['выпуск K2 Podcast о ботах'],
  },
  source: { title: 'K2 Podcast', type: 'podcast' },
};
const mistakes: Entry = {
  ...minimalEntry('tip-avoid-mistakes'),
  text: {
    pl: 'Najczęstsze błędy obsługi klienta to ignorowanie skarg, długie czekanie i brak przeprosin.',
    en: 'The most common customer service mistakes are ignoring complaints, long waits and no apology.',
    ru: 'Самые частые ошибки обслуживания клиентов — игнорировать жалобы, долгое ожидание и отсутствие извинений.',
  },
  phrasings: {
    pl: ['błędy w obsłudze klienta'],
    en: ['customer service mistakes'],
    ru: ['ошибки обслуживания клиентов'],
  },
};
const engine = engineOver([minimalEntry(), csat, tickets, episode, mistakes]);
const candidate = (question: string, id: string) =>
  rankCandidates(engine, question).find((c) => c.hit.entry.id === id);

describe("the team's own figure for a period", () => {
  const own = [
    'what was our CSAT last week? need it for the retro board',
    'how many tickets did Marek close last week?',
    "what's our NPS this month?",
    'did our CSAT go up this month?',
    'nasz NPS w tym miesiącu',
    'ile zgłoszeń mieliśmy wczoraj',
    'ile ticketów zamknął Marek w zeszłym tygodniu?',
    'jaki był nasz CSAT w zeszłym tygodniu?',
    'какой у нас был CSAT за прошлую неделю',
    'сколько тикетов закрыл Андрей за месяц?',
    'бот, сколько тикетов мы эскалировали на прошлой неделе?',
    'вырос ли наш NPS в этом месяце?',
  ];
  const advice = [
    'how do we keep customers',
    'why should our team answer fast',
    'how do we measure CSAT?',
    'how many customers do we lose to bad service?',
    'our CSAT dropped last week, what does the research say about response time?',
    'jak możemy poprawić nasz CSAT?',
    'ile klientów tracimy przez złą obsługę?',
    'Nasz NPS spadł w zeszłym miesiącu – co mówią badania o przyczynach?',
    'как нам снизить отток',
    'как нам повысить CSAT в этом месяце?',
    'сколько клиентов мы теряем за месяц из-за плохого сервиса?',
    'how many tickets should an agent close per day?',
  ];

  it('is read in three languages, and advice asked with "we" or "our" is not', () => {
    for (const q of own) expect(asksTeamFigure(q), q).toBe(true);
    for (const q of advice) expect(asksTeamFigure(q), q).toBe(false);
  });

  it('rules out every entry, even the metric named', () => {
    for (const q of [own[0], own[7], own[8]] as string[])
      expect(candidate(q, csat.id)?.evidence.detailMissing, q).toBe(1);
    for (const q of [own[1], own[6], own[9]] as string[])
      expect(candidate(q, tickets.id)?.evidence.detailMissing, q).toBe(1);
    expect(engine.answer({ question: own[0] as string }).answered).toBe(false);
    for (const q of ['how do we measure customer satisfaction?', 'jak mierzyć satysfakcję klientów?'])
      expect(candidate(q, csat.id)?.evidence.detailMissing, q).toBe(0);
  });

  it('reads who holds a role in the team as its own too', () => {
    for (const q of [
      'who is our team lead this week?',
      'who is my manager',
      'kto jest naszym kierownikiem zmiany?',
      'Кто у нас тимлид ночной смены?',
    ])
      expect(asksTeamFigure(q), q).toBe(true);
    for (const q of ['who is the Comcast rep', 'who should lead the team meeting', 'кто такой тимлид?'])
      expect(asksTeamFigure(q), q).toBe(false);
  });

  it("reads who is on the team's shift or rota as its own too, not what shifts do to people", () => {
    for (const q of [
      "hey @Bot who's on the late shift rota tonight? Kasia said you'd know 😅",
      'who is working the night shift tomorrow?',
      'kto ma dziś dyżur?',
      'kto jest na nocnej zmianie?',
      'Кто сегодня на смене?',
      'кто дежурит в выходные?',
    ])
      expect(asksTeamFigure(q), q).toBe(true);
    for (const q of [
      'who burns out on the night shift?',
      'how many agents on a late shift are burnt out?',
      'jak zmiany nocne wpływają na wypalenie?',
      'кто чаще выгорает на сменах?',
    ])
      expect(asksTeamFigure(q), q).toBe(false);
    expect(engine.answer({ question: 'kto ma dziś dyżur?' }).answered).toBe(false);
  });
});

describe("another episode, or an episode's recording, slides or sign-up", () => {
  const asks = [
    'when is the next episode of the K2 podcast?',
    'where can I listen to the other episodes of the K2 podcast?',
    'is there a recording of the Voicetel talk?',
    'what other books did Bob Hooey write?',
    'kiedy następny odcinek podcastu K2?',
    'gdzie znajdę slajdy z prezentacji?',
    'jak się zapisać na kolejny webinar Voicetel?',
    'когда выйдет следующий выпуск подкаста K2?',
    'где зарегистрироваться на вебинар про чат-ботов?',
    'какие ещё доклады делал Эстебан Колски?',
  ];

  it('is read in three languages, and what the episode said is not', () => {
    for (const q of asks) expect(asksOfEvent(q), q).toBe(true);
    for (const q of [
      'what did the guest of the K2 podcast say about bots?',
      'o czym jest odcinek K2 Podcast o botach?',
      'что говорится в выпуске K2 Podcast о ботах?',
      'the book says to watch your tone with customers, is that right?',
      'how to close tickets after a webinar about complaints?',
    ])
      expect(asksOfEvent(q), q).toBe(false);
  });

  it("rules out the episode's own entry", () => {
    for (const q of [asks[0], asks[4], asks[7]] as string[])
      expect(candidate(q, episode.id)?.evidence.detailMissing, q).toBe(1);
    expect(
      candidate('what did Wójcicki say about bots in the K2 Podcast episode?', episode.id)?.evidence
        .detailMissing,
    ).toBe(0);
  });
});

describe('all the items of a counted list', () => {
  it('reads the count asked, in three languages (Polish "ten" is "this")', () => {
    expect(detailsAsked('list all ten mistakes from the 10 mistakes article')?.listCount).toBe(10);
    expect(
      detailsAsked("wypisz wszystkie 10 bledow z tekstu '10 błędów w obsłudze klienta'")?.listCount,
    ).toBe(10);
    expect(detailsAsked('wymień wszystkie dziesięć błędów')?.listCount).toBe(10);
    expect(detailsAsked('перечисли все 10 ошибок обслуживания клиентов')?.listCount).toBe(10);
    expect(detailsAsked('jakie funkcje wymienia ten artykuł?')?.listCount).toBeUndefined();
  });

  it('counts the items of the longest list a text holds', () => {
    expect(listLength('Ignore complaints, long waits and no apology.')).toBe(3);
    expect(listLength('A, B, C, D, E.')).toBe(5);
    expect(listLength('One thing only.')).toBe(0);
  });

  it('rules out an entry whose series is shorter than the list asked, not one as long', () => {
    const details = new StatedDetails(mistakes);
    const ten = detailsAsked('list all ten customer service mistakes');
    const three = detailsAsked('what are the three most common customer service mistakes?');
    expect(ten && details.lacks(ten)).toBe(true);
    expect(three && details.lacks(three)).toBe(false);
    for (const q of [
      'wypisz wszystkie 10 błędów w obsłudze klienta',
      'перечисли все 10 ошибок обслуживания клиентов',
    ])
      expect(candidate(q, mistakes.id)?.evidence.detailMissing, q).toBe(1);
  });
});

describe('a length asked by its noun', () => {
  it('asks a duration, in three languages', () => {
    for (const q of [
      "what's the average length of a support call in the mystery shopper study?",
      'what was the average call length?',
      'jaka była średnia długość rozmowy?',
      'jaki był czas trwania połączenia?',
      'какая средняя длительность звонка в техподдержку?',
      'сколько в среднем длится звонок?',
    ])
      expect(askedValues(q, foldText(q)), q).toContain('duration');
    expect(askedValues('what is the average CSAT?', foldText('what is the average CSAT?'))).not.toContain(
      'duration',
    );
  });
});

describe("a country's adjective before the firms counted", () => {
  const country = (q: string) => detailsAsked(q)?.countries.map((c) => c.id) ?? [];

  it('reads Russian adjectives whose й the fold makes и, and operators, call centres, banks and shops', () => {
    expect(country('Какой процент российских компаний пользуется услугами тайных покупателей?')).toEqual([
      'ru',
    ]);
    expect(country('сколько европейских клиентов жалуется?')).toEqual(['eu']);
    expect(country('какой отток у английских банков?')).toEqual(['uk']);
    expect(country('Какой средний годовой отток клиентов у польских операторов мобильной связи?')).toEqual([
      'pl',
    ]);
    expect(country('jaki jest średni czas oczekiwania w polskich call center?')).toEqual(['pl']);
    expect(country('what share of Polish shops answer within an hour?')).toEqual(['pl']);
    // a work, not a population
    expect(country('что пишет российская статья о жалобах?')).toEqual([]);
  });
});
