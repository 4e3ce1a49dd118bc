// What round 53 of the held-out sets (hiring and onboarding new agents, in HR words) taught: the hiring work an asker
// names is their purpose, not what they ask; "wzorcowa" is exemplary, no formula; an effect asked with "jak … wpływa"
// beside numbers asks no advice; "коммуникабельность" is communication skills. Small fixture entries (made-up wording).
import { describe, expect, it } from 'vitest';
import { askerPurposeWords } from '../../src/answer/asker-purpose.js';
import { isFocusWord } from '../../src/answer/focus.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver, expectAnsweredFirst, shippedEngine, withTexts } from '../fixtures/engines.js';

describe('the hiring work an asker names', () => {
  it('is their purpose in three languages: a job ad, an interview, a headcount request, a vacancy', () => {
    const purposes: [string, string[]][] = [
      [
        "in the interview I want to ask about an angry customer, what's the recommended way?",
        ['in', 'the', 'interview'],
      ],
      ['what % of customers expect polite staff? good line for the job ad', ['for', 'the', 'job', 'ad']],
      ['writing a job ad - should i demand communication skills?', ['writing', 'a', 'job', 'ad']],
      [
        'does availability count as a quality metric? need it for the headcount request',
        ['for', 'the', 'headcount', 'request'],
      ],
      ['na rozmowie rekrutacyjnej chcę dać case z klientem', ['na', 'rozmowie', 'rekrutacyjnej']],
      ['w ogłoszeniu chcę napisać, że szukamy empatycznych osób', ['w', 'ogloszeniu']],
      ['на собесе хочу дать кандидату кейс', ['на', 'собесе']],
      ['Сколько клиентов ждут вежливости? хочу вставить в текст вакансии', ['в', 'текст', 'вакансии']],
      ['Пишу вакансию оператора поддержки.', ['пишу', 'вакансию']],
    ];
    for (const [question, words] of purposes)
      expect([...askerPurposeWords(question)], question).toEqual(words);
  });

  it('leaves a conversation with a customer alone: it is as often the call asked about', () => {
    expect(askerPurposeWords('co robić w rozmowie z klientem, który krzyczy?').size).toBe(0);
    expect(askerPurposeWords('как вести себя в разговоре с клиентом на линии?').size).toBe(0);
  });
});

describe('"wzorcowy" and "wzór"', () => {
  it('is exemplary, no attribute an entry must state; "wzór" is still a formula', () => {
    expect(isFocusWord('wzorcowa')).toBe(false);
    expect(isFocusWord('wzorowy')).toBe(false);
    expect(isFocusWord('wzoru')).toBe(true);
    expect(isFocusWord('wzór')).toBe(true);
  });
});

describe('an effect asked beside numbers', () => {
  it('asks a statistic, no advice, with its "jak", "как" or "how do"', () => {
    expect(kindsAskedFor('Są jakieś liczby, jak wypalenie wpływa na absencje i rotację?')).toEqual(
      new Set(['statistic']),
    );
    expect(kindsAskedFor('есть цифры, как выгорание влияет на текучку?')).toEqual(new Set(['statistic']));
    expect(kindsAskedFor('any stats? how do long queues affect loyalty')).toEqual(new Set(['statistic']));
  });

  it('leaves a tip asked without numbers, or asked beside the effect', () => {
    // a tip may tell what bad service does to the staff
    expect(kindsAskedFor('как плохой сервис влияет на сотрудников саппорта?').has('tip')).toBe(true);
    expect(kindsAskedFor('ile procent, jak to wpływa i co robić?').has('tip')).toBe(true);
    expect(kindsAskedFor('jak wpływać na klientów?').has('tip')).toBe(true);
  });
});

const communication: Entry = withTexts(
  minimalEntry('tip-train-talking'),
  {
    pl: 'Ucz zespół umiejętności komunikacyjnych: jasnego mówienia i słuchania.',
    en: 'Train the team in communication skills: speaking clearly and listening.',
    ru: 'Обучайте команду коммуникативным навыкам: ясной речи и умению слушать.',
  },
  { pl: ['szkolenie z komunikacji'], en: ['communication training'], ru: ['обучение общению'] },
);
const waiting: Entry = withTexts(
  minimalStatistic('stat-queue-tenth'),
  {
    pl: 'Co dziesiąty klient rezygnuje po dwóch minutach czekania na linii.',
    en: 'One customer in ten gives up after two minutes waiting on the line.',
    ru: 'Каждый десятый клиент бросает трубку после двух минут ожидания на линии.',
  },
  {
    pl: ['ile osób rezygnuje z czekania'],
    en: ['how many give up waiting'],
    ru: ['сколько бросают ожидание'],
  },
);

describe('the job ad around an ask, on fixture entries', () => {
  const engine = engineOver([communication, waiting]);

  it('finds the communication-skills tip asked as "коммуникабельность" or "komunikatywność" in a job ad', () => {
    expectAnsweredFirst(engine, [
      [
        'Пишу вакансию оператора. Коммуникабельность ставить требованием или этому можно научить?',
        'tip-train-talking',
      ],
    ]);
  });

  it('finds the shipped communication-skills tip asked as "komunikatywność" in a job ad', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'piszę ogłoszenie: komunikatywność wymagać czy da się jej nauczyć?',
        'tip-train-communication-skills-s002a',
      ],
      ['czy komunikatywności da się nauczyć?', 'tip-train-communication-skills-s002a'],
    ]);
  });
});
