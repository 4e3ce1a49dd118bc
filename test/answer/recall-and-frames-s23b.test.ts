// Session 23 (quality23b): facts recalled by their figure and source ("Brightline, 41% — what was that about?"), and
// the asker's own frame around a clear ask: where they heard of it ("someone in the chat mentioned it"), what they
// need it for ("for my slides"), a long lead-in before a colon, "where does X stem from" (an origin, not a place).
// Small fixture entries (made-up names and figures); no shipped wording.
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { askerPurposeWords, withoutAskerPurpose } from '../../src/answer/asker-purpose.js';
import { customerMood } from '../../src/answer/customer-mood.js';
import { asksOfEvent } from '../../src/answer/event-asks.js';
import { leadingFigures } from '../../src/answer/figure-led.js';
import { foldText } from '../../src/answer/normalize.js';
import { ownSettingWords } from '../../src/answer/own-setting.js';
import { frameWords } from '../../src/answer/question-frame.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

const brightline: Entry = {
  ...minimalStatistic('stat-brightline-41-percent-trust'),
  figure: '41%',
  text: {
    pl: 'Badanie Brightline pokazało, że 41% klientów ufa marce bardziej, gdy konsultant zna produkt.',
    en: 'A Brightline study showed that 41% of customers trust a brand more when the agent knows the product.',
    ru: 'Исследование Brightline показало, что 41% клиентов больше доверяют бренду, если оператор знает продукт.',
  },
  phrasings: {
    pl: ['wiedza konsultanta a zaufanie do marki'],
    en: ['agent product knowledge and brand trust'],
    ru: ['знание продукта оператором и доверие к бренду'],
  },
  source: { title: 'Service basics', attribution: 'Brightline' },
};
const oneIn19: Entry = {
  ...minimalStatistic('stat-one-in-19-write-back'),
  figure: '1 in 19',
  text: {
    pl: 'Tylko jeden na 19 niezadowolonych klientów odpisuje na ankietę po rozmowie.',
    en: 'Only one in 19 unhappy customers answers the survey after a call.',
    ru: 'Лишь один из 19 недовольных клиентов отвечает на опрос после звонка.',
  },
  phrasings: {
    pl: ['ilu niezadowolonych odpowiada na ankietę'],
    en: ['how many unhappy customers answer the survey'],
    ru: ['сколько недовольных отвечают на опрос'],
  },
};
const seventeen: Entry = {
  ...minimalStatistic('stat-17-percent-post-reviews'),
  figure: '17%',
  text: {
    pl: '17% niezadowolonych klientów opisuje złą obsługę w recenzji w internecie.',
    en: '17% of unhappy customers describe bad service in an online review.',
    ru: '17% недовольных клиентов описывают плохое обслуживание в отзыве в интернете.',
  },
  phrasings: {
    pl: ['ilu klientów pisze recenzje o złej obsłudze'],
    en: ['how many customers write reviews about bad service'],
    ru: ['сколько клиентов пишут отзывы о плохом обслуживании'],
  },
};
const quintCase: Entry = {
  ...minimalEntry('case-mara-quint-gym'),
  kind: 'case',
  text: {
    pl: 'W 2019 roku Mara Quint chciała wypowiedzieć karnet na siłownię, ale recepcja odsyłała ją od okienka do okienka.',
    en: 'In 2019 Mara Quint tried to cancel her gym membership, but the front desk sent her from one counter to the next.',
    ru: 'В 2019 году Мара Квинт хотела расторгнуть абонемент в спортзал, но на ресепшене её гоняли от стойки к стойке.',
  },
  phrasings: {
    pl: ['historia Mary Quint i siłowni'],
    en: ['Mara Quint gym story'],
    ru: ['история Мары Квинт и спортзала'],
  },
};

const engine = engineOver([brightline, oneIn19, seventeen, quintCase, minimalEntry()]);
const top = (question: string) => engine.answer({ question }).answers[0]?.entry.id;

describe('a fact recalled by its figure and its source', () => {
  it('reads the figure a question opens with, alone or after a name, and nothing else', () => {
    expect(leadingFigures(foldText('17 procent — o co tam chodziło?'))).toEqual([17]);
    expect(leadingFigures(foldText('Brightline, 41% — what was it about?'))).toEqual([41]);
    expect(leadingFigures(foldText('17 процентов, напомни, что это было?'))).toEqual([17]);
    // a sentence about the figure, a hedged figure, a year: no key
    expect(leadingFigures(foldText('41% to ci, którzy ufają marce — a ilu z nich kupuje?'))).toEqual([]);
    expect(leadingFigures(foldText('почти 20% тех, кто недоволен, — что они делают?'))).toEqual([]);
    expect(leadingFigures(foldText('Mara Quint, 2019 — co to za historia?'))).toEqual([]);
  });

  it('answers a name and its headline figure, which alone would be a name met by chance', () => {
    for (const q of [
      'Brightline, 41% — czego to dotyczyło?',
      'Brightline 41% — what was that one about?',
      'Brightline, 41 процент — о чём это было?',
    ])
      expect(top(q), q).toBe(brightline.id);
  });

  it('puts the entry of the leading figure before the one of a figure named beside it', () => {
    for (const q of [
      '17 percent, remind me what that was? It came right after the 1-in-19 figure',
      '17 procent, co to było? Stało obok liczby 1 na 19',
      '17 процентов — что это было? Рядом с цифрой 1 из 19',
    ])
      expect(top(q), q).toBe(seventeen.id);
  });
});

describe('the asker frame around a clear ask', () => {
  it('reads a channel where the asker heard of the fact as no setting of it', () => {
    expect([...ownSettingWords(foldText('ktoś na czacie o tym wspomniał, co to za historia?'))]).toContain(
      'czacie',
    );
    expect([...ownSettingWords(foldText('someone in the chat mentioned it, what happened?'))]).toContain(
      'chat',
    );
    expect([...ownSettingWords(foldText('что за история, раз уж о ней спросили в чате?'))]).toContain('чате');
    expect(top('Mara Quint, 2019 — co to była za historia, bo ktoś na czacie o niej wspomniał?')).toBe(
      quintCase.id,
    );
  });

  it('reads the asker making their own slides or webinar as no event logistics', () => {
    expect(asksOfEvent('Przygotowuję slajdy na webinar dla zespołu: ilu klientów pisze recenzje?')).toBe(
      false,
    );
    expect(asksOfEvent("I'm preparing slides for my webinar — how many customers write reviews?")).toBe(
      false,
    );
    expect(asksOfEvent('Готовлю слайды к вебинару: сколько клиентов пишут отзывы?')).toBe(false);
    expect(asksOfEvent('where can I download the slides from the webinar?')).toBe(true);
  });

  it('weighs nothing of what the asker needs the answer for', () => {
    expect([...askerPurposeWords('Do reviews matter? asking for my metrics slide')]).toEqual([
      'asking',
      'for',
      'my',
      'metrics',
      'slide',
    ]);
    expect(
      askerPurposeWords('Pytam do prezentacji dla zarządu: czy recenzje są ważne?').has('prezentacji'),
    ).toBe(true);
    expect(askerPurposeWords('Спрашиваю для моей презентации: важны ли отзывы?').has('презентации')).toBe(
      true,
    );
    expect(withoutAskerPurpose('what did the report say')).toBe('what did the report say');
  });

  it('weighs nothing of a pitch, a deck, a business case or a numbered slide the asker is making', () => {
    const purposes: [string, string[]][] = [
      ['For the hiring pitch, how long do customers wait?', ['for', 'the', 'hiring', 'pitch']],
      ['Need a number for slide 4: do customers complain?', ['for', 'slide', '4']],
      [
        'Putting together onboarding slides: do customers complain?',
        ['putting', 'together', 'onboarding', 'slides'],
      ],
      ['Robię business case na nowy etat: ilu klientów odchodzi?', ['robie', 'business', 'case']],
      ['Szukam liczby do decku o skargach', ['do', 'decku']],
      ['Нужно для деки директору: сколько клиентов уходят?', ['для', 'деки', 'директору']], // whom the deck is for too (session 46)
      ['Для KPI-презентации: сколько клиентов уходят?', ['для', 'kpi', 'презентации']],
      ['Пишу слайд номер 2 про отзывы', ['пишу', 'слаид', 'номер', '2']],
    ];
    for (const [question, words] of purposes)
      expect([...askerPurposeWords(question)], question).toEqual(words);
    // what the asker is making, not a report asked about
    expect(askerPurposeWords('what budget did Skyjet lose in the outage?').size).toBe(0);
  });

  it("reads a certification, an exam or a quiz as the asker's purpose too, in three languages", () => {
    expect(askerPurposeWords('definition of NPS for the certification exam?').has('certification')).toBe(
      true,
    );
    expect(askerPurposeWords('definicja NPS na certyfikację?').has('certyfikacje')).toBe(true);
    expect(askerPurposeWords('дефиниция NPS для сертификации?').has('сертификации')).toBe(true);
    expect(askerPurposeWords('how many customers leave after a bad exam experience')).toEqual(new Set());
  });

  it('reads a long lead-in before a colon as the story around the ask', () => {
    expect(
      frameWords('Moderator reading a listener question aloud: how many customers answer the survey?'),
    ).toContain('moderator');
    expect(frameWords('Kolega z działu sprzedaży pyta mnie: ilu klientów odpowiada na ankietę?')).toContain(
      'sprzedazy',
    );
    // a short name before a colon is what is asked
    expect(frameWords('Mara Quint: co się stało?').size).toBe(0);
  });

  it('reads "where does X stem from" as an origin, not a place', () => {
    for (const q of [
      'Where does uneven service quality usually stem from?',
      'where do most repeat complaints actually come from?',
    ])
      expect(askedValues(q), q).not.toContain('place');
    expect(askedValues('Where was the gym?')).toContain('place');
  });
});

describe('a comparison of the two moods with the other side left unnamed', () => {
  it('reads both moods, so neither mood puts its own finding first', () => {
    for (const q of [
      'O dobrej obsłudze ludzie opowiadają rzadziej niż o złej — ile razy rzadziej?',
      'People mention good service less often than bad — by how much?',
      'О хорошем обслуживании говорят реже, чем о плохом, — во сколько раз?',
    ])
      expect(customerMood(foldText(q)), q).toBeUndefined();
    expect(customerMood(foldText('Ilu osobom powie klient po dobrej obsłudze?'))).toBe('pleased');
    expect(customerMood(foldText('po złej obsłudze ilu klientów odchodzi?'))).toBe('displeased');
  });
});
