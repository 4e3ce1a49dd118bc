// A detail asked beside a fact an entry states: a newer period, another country, what a call was about, a list or the
// steps of a how-to. An entry that does not state the detail is no answer (declined), in three languages, with typos
// and without diacritics; questions naming a year or country the entry states, or asking its own list, keep it.
import { describe, expect, it } from 'vitest';
import { detailsAsked } from '../../src/answer/detail-asks.js';
import { holdsList, holdsSteps, periodElsewhere, StatedDetails } from '../../src/answer/stated-details.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver, expectAnsweredFirst, withTexts } from '../fixtures/engines.js';

const switchers = withTexts(
  { ...minimalStatistic('stat-us-uk-switchers'), figure: '58%', source: { title: 'A blog', year: 2019 } },
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
const longCall = withTexts(
  { ...minimalStatistic('stat-acme-longest-call'), figure: '9 h 12 min' },
  {
    pl: 'Rekordowa rozmowa w Acme trwała 9 godzin i 12 minut: tyle konsultant był na linii z jednym klientem.',
    en: 'The record Acme call lasted 9 hours and 12 minutes: that is how long an agent stayed on the line with one customer.',
    ru: 'Рекордный звонок в Acme длился 9 часов 12 минут: столько агент провёл на линии с одним клиентом.',
  },
  {
    pl: ['najdłuższa rozmowa Acme 9 godzin 12 minut'],
    en: ['longest Acme call 9 hours 12 minutes'],
    ru: ['самый длинный звонок Acme 9 часов 12 минут'],
  },
);
const mistakes = withTexts(
  {
    ...minimalStatistic('stat-one-bad-service-loses-ten'),
    figure: '1 → 10',
    source: { title: '12 mistakes in customer service' },
  },
  {
    pl: 'Jeden źle obsłużony klient to dziesięciu innych, którzy nie skorzystają z usług firmy przez ten jeden błąd.',
    en: 'One badly served customer can mean ten others who never use the company, just because of that one mistake.',
    ru: 'Один плохо обслуженный клиент может означать десять других, которые не придут в компанию из-за одной ошибки.',
  },
  {
    pl: ['jeden źle obsłużony klient dziesięciu innych błąd w obsłudze'],
    en: ['one badly served customer ten others lost mistake in customer service'],
    ru: ['один плохо обслуженный клиент десять других ошибка в обслуживании'],
  },
);
const complaintSteps = withTexts(
  minimalEntry('tip-respond-to-complaint'),
  {
    pl: 'Gdy klient składa skargę: przeproś szczerze, weź odpowiedzialność i zaproponuj rozwiązanie.',
    en: 'When a customer complains: apologise sincerely, take responsibility and propose a solution.',
    ru: 'Когда клиент жалуется: искренне извинитесь, возьмите ответственность и предложите решение.',
  },
  {
    pl: ['jak odpowiedzieć na skargę klienta'],
    en: ['how to respond to a customer complaint'],
    ru: ['как ответить на жалобу клиента'],
  },
);
const escalation = withTexts(
  minimalEntry('tip-prepare-escalation-paths'),
  {
    pl: 'Przygotuj się na kryzys, zanim nadejdzie: ustal jasne ścieżki eskalacji na wypadek awarii.',
    en: 'Get ready for a crisis before it hits: set clear escalation paths for emergencies.',
    ru: 'Готовьтесь к кризису заранее: определите чёткие пути эскалации на случай аварий.',
  },
  {
    pl: ['ścieżki eskalacji na wypadek kryzysu'],
    en: ['escalation paths for a crisis'],
    ru: ['пути эскалации на случай кризиса'],
  },
);

const engine = engineOver([switchers, longCall, mistakes, complaintSteps, escalation]);
const ask = (question: string) => engine.answer({ question });

describe('a detail asked beside a fact', () => {
  it('is read in three languages, with typos and without diacritics', () => {
    expect(detailsAsked('в статье 2019 года про 58% — а есть свежие цифры за 2023?')?.newer).toBe(true);
    expect(detailsAsked('are there any newer figures on brand switching?')?.newer).toBe(true);
    expect(detailsAsked('sa jakies nowsze dane o zmianie marki?')?.newer).toBe(true);
    for (const q of [
      'jaki procent Polakow zmienia marke po zlej obsludze?',
      'how many Polish customers switch brands after bad service?',
      'сколько поляков меняют бренд после плохого сервиса?',
      'ile w Polsce?',
      'a jaki jest ten odsetek dla Polski?',
      'what is that figure for Poland alone?',
      'а какая цифра для Польши?',
      // a part of the figure asked for it (round 38)
      'te straty rocznie – ile z tego przypada na Polskę?',
      'сколько из этих потерь приходится на Польшу?',
    ])
      expect(
        detailsAsked(q)?.countries.map((c) => c.id),
        q,
      ).toContain('pl');
    // "For Europe" asks a figure for a place; "for us" names the asker, no country.
    expect(
      detailsAsked("what's the 4.7 trillion loss figure for Europe alone?")?.countries.map((c) => c.id),
    ).toEqual(['eu']);
    expect(detailsAsked('what works for us, a small team?')?.countries ?? []).toEqual([]);
    for (const q of [
      'o czym konsultant Acme rozmawial z klientem przez 9 godzin?',
      'what did the Acme agent talk about with the customer for 9 hours?',
      'о чём агент Acme говорил с клиентом 9 часов?',
    ])
      expect(detailsAsked(q)?.talk, q).toBe(true);
    for (const q of [
      'jakie sa te 12 bledow w obsludze klienta? wymien pls',
      'what are the 12 mistakes in customer service? list them',
      'перечислите эти 12 ошибок в обслуживании',
    ])
      expect(detailsAsked(q)?.list, q).toBe(true);
    for (const q of [
      'jak krok po kroku zbudowac sciezke eskalacji na wypadek kryzysu?',
      'step by step, how do we build an escalation path for a crisis?',
      'как пошагово выстроить эскалацию на случай кризиса?',
    ])
      expect(detailsAsked(q)?.steps, q).toBe(true);
  });

  it('is not read from a source named by its language, a podcast asked about, or a customer quoted', () => {
    expect(detailsAsked('co mówi polski artykuł o zmianie marki?')).toBeUndefined();
    expect(detailsAsked('в польской статье что говорят про смену бренда')).toBeUndefined();
    expect(detailsAsked('о чём подкаст про холодные звонки?')).toBeUndefined();
    expect(
      detailsAsked(
        '> pani w ogóle nie wie, o czym mówi\nile procent klientów chce kompetentnych konsultantów?',
      ),
    ).toBeUndefined();
  });

  it('finds lists and steps where an entry gives them, not in a sentence of one clause', () => {
    expect(holdsList(complaintSteps.text.en!)).toBe(true);
    expect(holdsSteps('First listen to the customer, then answer.')).toBe(true);
    expect(holdsList(escalation.text.en!)).toBe(false);
    expect(holdsSteps(mistakes.text.en!)).toBe(false);
  });

  it('compares a period asked with the entry own years', () => {
    expect(periodElsewhere([2019, 2023], [], 2019)).toBe(true);
    expect(periodElsewhere([2019], [], 2019)).toBe(false);
    expect(periodElsewhere([2016, 2019], [2016], 2019)).toBe(false);
  });
});

describe('the answer to a detail the entry does not state', () => {
  it('asked in a second ask only, leaves the first ask answered, never surely', () => {
    const q = 'Ile konsumentów w USA i Wielkiej Brytanii zmieniłoby markę przez złą obsługę, a ile w Polsce?';
    const result = ask(q);
    expect(result.answers[0]?.entry.id, q).toBe('stat-us-uk-switchers');
    expect(result.certainty, q).toBe('unsure');
  });

  it('is a decline, in three languages', () => {
    for (const q of [
      'в статье 2019 года про 58% сменивших бренд — а есть свежие цифры за 2023?',
      'jaki procent Polaków zmienia markę przez złą obsługę? te 58% jest chyba z USA',
      'what share of German consumers would switch brands over bad service? the 58% is US and UK',
      'o czym konsultant Acme rozmawiał z klientem przez 9 godzin i 12 minut?',
      'о чём агент Acme 9 часов 12 минут говорил с клиентом?',
      'jakie sa te 12 bledow w obsludze klienta? wymien pls',
      'what are the 12 mistakes in customer service? list them',
      'jak krok po kroku zbudować ścieżkę eskalacji na wypadek kryzysu?',
      'как пошагово выстроить пути эскалации на случай кризиса?',
    ])
      expect(ask(q).certainty, q).toBe('declined');
  });

  it('leaves the year, country or list the entry states answered', () => {
    const expected: [string, string][] = [
      [
        'what did the 2019 survey of US and UK consumers find about switching brands over bad service?',
        'stat-us-uk-switchers',
      ],
      [
        'ile procent konsumentów w USA i Wielkiej Brytanii zmieniłoby markę przez złą obsługę?',
        'stat-us-uk-switchers',
      ],
      ['сколько потребителей в США сменили бы бренд из-за плохого сервиса?', 'stat-us-uk-switchers'],
      ['how long did the record Acme call last?', 'stat-acme-longest-call'],
      ['Jak odpowiedzieć na skargę klienta krok po kroku?', 'tip-respond-to-complaint'],
      ['how to respond to a customer complaint, step by step?', 'tip-respond-to-complaint'],
      ['как ответить на жалобу клиента пошагово?', 'tip-respond-to-complaint'],
    ];
    expectAnsweredFirst(engine, expected);
  });
});

describe('newer figures asked for a year', () => {
  const survey = (id: string, year: number, share: string): Entry =>
    withTexts(
      { ...minimalStatistic(id), figure: share, source: { title: `Service survey ${year}`, year } },
      {
        pl: `W badaniu z ${year} roku ${share} klientów zmieniło markę przez złą obsługę.`,
        en: `In a ${year} survey, ${share} of customers switched brands over bad service.`,
        ru: `В опросе ${year} года ${share} клиентов сменили бренд из-за плохого сервиса.`,
      },
      {
        pl: ['ilu klientów zmienia markę przez złą obsługę'],
        en: ['how many customers switch brands over bad service'],
        ru: ['сколько клиентов меняют бренд из-за плохого сервиса'],
      },
    );
  const older = survey('stat-switchers-2019', 2019, '58%');
  const newer = survey('stat-switchers-2023', 2023, '61%');

  it('are a missing detail only for an entry stating an older year or none', () => {
    const asks = detailsAsked('are there fresher figures for 2023 on switching brands over bad service?');
    expect(asks?.newerYear).toBe(2023);
    expect(new StatedDetails(older).lacks(asks!)).toBe(true);
    expect(new StatedDetails(newer).lacks(asks!)).toBe(false);
    expect(new StatedDetails(minimalStatistic()).lacks(asks!)).toBe(true);
    // No year named: the figures of one article are never the newer ones asked for.
    expect(
      new StatedDetails(newer).lacks(detailsAsked('are there any newer figures on brand switching?')!),
    ).toBe(true);
  });

  it('are answered by the entry of that year, declined beside the older one alone', () => {
    const q = 'есть свежие цифры за 2023 — сколько клиентов меняют бренд из-за плохого сервиса?';
    const both = engineOver([older, newer]).answer({
      question: q,
    });
    expect(both.answered, q).toBe(true);
    expect(both.answers[0]?.entry.id, q).toBe('stat-switchers-2023');
    const oldOnly = engineOver([older]).answer({ question: q });
    expect(oldOnly.certainty, q).toBe('declined');
  });
});
