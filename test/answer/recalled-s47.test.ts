// What session 47 learned from rounds 91-93: the asker speaking right after a trade ("w hotelu chcę…") names their own
// workplace; pet or car owners are the customers, not an owner asked; the year's measures or a start planned for next
// year ask no forecast; "что там было" asked last of a named story asks the story; an aside in brackets asks nothing;
// a "recipe" for a reply is no recipe asked; the Pareto rule is a finding the articles do not hold; a quote "about
// how long" asks no amount; a statistic asked by its source's name is that source's; "the max wait" is a time asked.
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { detailsAsked } from '../../src/answer/detail-asks.js';
import { gistWords } from '../../src/answer/gist-asks.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { notFocusWords } from '../../src/answer/not-focus.js';
import { foldText } from '../../src/answer/normalize.js';
import { ownSettingWords } from '../../src/answer/own-setting.js';
import { expectAnsweredFirst, expectDeclined, shippedEngine } from '../fixtures/engines.js';

describe('the asker’s own workplace', () => {
  it('is a trade the asker speaks of right after', () => {
    expect(ownSettingWords('na desku programu lojalnosciowego w hotelu chce powiesic kartke')).toContain(
      'hotelu',
    );
    // a trade asked of stays asked
    expect(ownSettingWords('ile procent gosci w hotelu narzeka?').has('hotelu')).toBe(false);
  });

  it('answers the loyal customer’s worth asked at a hotel desk', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'Na desku programu lojalnosciowego w hotelu chce powiesic kartke motywacyjna – ile razy wiecej jest wart staly gosc niz jego pierwszy zakup? Bylo to w tym tekscie o kosztach zlej obslugi.',
        'stat-loyal-customer-worth-10x-s001',
      ],
    ]);
  });
});

describe('owners who are the customers', () => {
  it('asks no owner', () => {
    expect(notFocusWords('pet owners get so annoyed when they explain it again')).toContain('owners');
    expect(notFocusWords('właściciele psów dzwonią kilka razy')).toContain('wlasciciele');
    expect(notFocusWords('владельцы питомцев злятся')).toContain('владельцы');
    // an owner asked stays asked
    expect(notFocusWords('who is the owner of Zappos?').has('owner')).toBe(false);
  });

  it('answers the figure on repeating oneself asked at a vet clinic', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'vet clinic reception here. pet owners get so annoyed when they have to explain the whole thing again to every person they talk to — is there a number on that? want to pin it for the front desk team',
        'stat-89-percent-repeat-issue-s002b',
      ],
    ]);
  });
});

describe('next year as the asker’s plan', () => {
  it('asks no forecast when it is the year’s measures or a start planned', () => {
    expect(
      detailsAsked('собираю показатели на следующий год. по каким метрикам мерить качество?')?.newer,
    ).not.toBe(true);
    expect(detailsAsked('should we start tracking NPS next year?')?.newer).not.toBe(true);
    // a forecast asked stays one
    expect(detailsAsked('what will churn be next year?')?.newer).toBe(true);
  });

  it('answers what to measure and whether to track NPS', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'я менеджер поддержки, собираю показатели на следующий год. по каким метрикам советовали мерить качество сервиса в той статейке про то, что такое качество обслуживания?',
        'tip-measure-service-quality-regularly-s003',
      ],
      [
        "Manager here. The board asked whether we should start tracking NPS next year. Wasn't there a piece saying lots of orgs measure it just because everybody else does? What was its point?",
        'tip-measure-nps-with-a-purpose-s000',
      ],
    ]);
  });
});

describe('what happened, asked last of a named story', () => {
  it('asks the story, and its asking words weigh nothing', () => {
    expect(kindsAskedFor('райан блок комкаст — что там было и в каком году')).toContain('case');
    expect(kindsAskedFor('Ryan Block, co tam było?')).toContain('case');
    expect([...gistWords(foldText('райан блок комкаст — что там было и в каком году'))]).toEqual([
      'что',
      'там',
      'было',
    ]);
    // what a work said on a topic is no story
    expect(kindsAskedFor('что там было про NPS в статье?')).not.toContain('case');
  });

  it('answers the Comcast story asked by its names alone', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      ['райан блок комкаст — что там было и в каком году', 'case-ryan-block-comcast-s002b'],
    ]);
  });
});

describe('an aside in brackets and a recipe for a reply', () => {
  it('ask no attribute', () => {
    const aside = notFocusWords(
      "making the chat personal (remembering the kid's age, what they bought last year) brings people back?",
    );
    expect(aside).toContain('age');
    expect(aside).toContain('bought');
    // a bracket asking something still asks
    expect(notFocusWords('the Delta outage (what year?) cost how much').has('year')).toBe(false);
    expect(notFocusWords('какой там был рецепт ответа на жалобу?')).toContain('рецепт');
  });

  it('answers the personalisation figure and the reply to a complaint', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        "Hi! I'm the seasonal chat person at the toy shop for December. Is there a number showing that making the chat personal (remembering the kid's age, what they bought last year) actually brings people back?",
        'stat-44-percent-repeat-buyers-personalisation-s002a',
      ],
      [
        'сижу на жалобах в сети постаматов, тетенька в бешенстве: ячейка не открылась и посылку три дня не могла забрать. какой там был рецепт ответа на жалобу на плохой сервис? извиниться и дальше что',
        'tip-respond-to-complaint-apologise-own-fix-s002b',
      ],
    ]);
  });
});

describe('what the articles do not hold or state', () => {
  it('declines the Pareto rule, a maximum wait, a deadline for complaints and the time before hanging up', async () => {
    expect(askedValues("what's the max wait callers will put up with?")).toContain('duration');
    expectDeclined(await shippedEngine(), [
      'what was that rule where a small slice of your customers brings in most of the money? what were the proportions again',
      'Hotel, program lojalnosciowy: była ta zasada, że mała garstka najlepszych gości przynosi większość przychodu. Jakie tam były proporcje?',
      "city helpline again: our queue is averaging 12 mins. what's the max wait the quality article says callers will put up with before satisfaction drops?",
      // a deadline for answering a complaint, and after how long callers hang up (round 93)
      "wasn't there a rule that you've got a day at most to get back to someone who complained or you've lost them? or was it two days",
      'Klient z wycofanym tosterem pyta, ile mamy czasu na odpowiedź na jego reklamację, bo słyszał, że jak nie odpiszemy w terminie, to uznaje się ją automatycznie. Ile to dni?',
      'для городской горячей линии: после скольки минут ожидания люди обычно бросают трубку? где-то было число',
    ]);
    // a wait told beside a complaint asked is no deadline asked
    expectAnsweredFirst(await shippedEngine(), [
      [
        'recepcja w klinice weterynaryjnej tu :) pani dzwoni zdenerwowana bo czekała z kotem półtorej godziny ponad termin. jak wg tego FAQ najlepiej odpowiedziec na taka skarge?',
        'tip-respond-to-complaint-apologise-own-fix-s002b',
      ],
    ]);
  });
});

describe('a quote about how long, and a statistic asked by its source', () => {
  it('asks no amount of a quote’s subject', () => {
    expect(
      askedValues('цитата ломбарди про то сколько ищешь клиента и сколько его теряешь — как дословно?'),
    ).not.toContain('count');
    expect(askedValues('сколько клиентов теряют из-за плохого сервиса?')).toContain('count');
  });

  it('answers the quote and the statistic credited to Gartner', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'цитата ломбарди про то сколько ищешь клиента и сколько его теряешь — как дословно?',
        'quote-lombardi-months-to-find-seconds-to-lose-s002b',
      ],
      [
        'Robię slajd na kurs odświeżający dla konsultantów z dłuższym stażem i brakuje mi tej statystyki Gartnera – ile firm konkuruje dziś obsługą, a nie samym produktem?',
        'stat-gartner-89-percent-compete-on-service-s000',
      ],
      ['comcast ryan block o co chodzilo i w ktorym roku', 'case-ryan-block-comcast-s002b'],
    ]);
  });
});
