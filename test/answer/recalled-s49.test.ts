// What session 49 learned from rounds 99 and 100: two capitals are a person's name only where they are no title, no
// firm and no sentence's first word; "which zappos agent was it" asks who, by name, and "who was it?" after a story
// asks the firm told; "what did the customer even want for 10 hours" asks what the call was about; "which years
// report" asks a year; a cause asked fast ("из за чего", "изза чего") or guessed against another ("zasilanie czy co",
// "пожар или хакеры") is a cause asked. And from round 101: a study's year asked beside who ran it, a settlement,
// the bot asked how it likes it here; IT's "legacy" and "downtime". And from round 102's quiz: a figure or a person
// asked back ("67% - whats that stat about again?", "Dawid Wójcicki – skąd go kojarzymy?") is answered by the entry
// stating it; a quiz question's number ("Pytanie 7:") is no figure. And from round 104: a customer's claim quoted
// and checked ("— zgadza się to z naszą bazą?") is what is asked about.
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { detailsAsked } from '../../src/answer/detail-asks.js';
import { asksFigureBack, leadingFigures } from '../../src/answer/figure-led.js';
import { foldText } from '../../src/answer/normalize.js';
import { withoutQuizWrapping } from '../../src/answer/quiz-frame.js';
import { quotedParts } from '../../src/answer/quoted-speech.js';
import { topicAskedWords } from '../../src/answer/topic-asks.js';
import { canonicalStem } from '../../src/answer/synonyms.js';
import { namesPerson } from '../../src/answer/stated-person.js';
import type { Entry } from '../../src/kb/schema.js';
import { expectAnsweredFirst, expectDeclined, shippedEngine } from '../fixtures/engines.js';

function story(text: Entry['text']): Entry {
  return {
    id: 'case-fixture',
    kind: 'case',
    topics: ['complaints'],
    text,
    phrasings: { en: ['story'] },
    source: { title: 'Person fixture' },
  };
}

describe('a person named by an entry', () => {
  it('is two capitals mid-sentence, or a sentence-opening pair another language keeps', () => {
    expect(namesPerson(story({ en: 'A caller, Ryan Block, recorded the call.' }))).toBe(true);
    expect(
      namesPerson(story({ en: 'Ryan Block recorded the call.', pl: 'Ryan Block nagrał rozmowę.' })),
    ).toBe(true);
  });

  it('is no title, no firm, no place and no sentence-opening pair of one language', () => {
    expect(namesPerson(story({ en: 'It was a secret Guinness World Records attempt.' }))).toBe(false);
    expect(namesPerson(story({ en: 'An outage at Delta Airlines cancelled flights.' }))).toBe(false);
    expect(namesPerson(story({ pl: 'Ankieta w Wielkiej Brytanii.' }))).toBe(false);
    expect(
      namesPerson(
        story({ pl: 'Konsultant Zappos rozmawiał 10 godzin.', ru: 'Сотрудник Zappos говорил 10 часов.' }),
      ),
    ).toBe(false);
  });
});

describe("IT's words", () => {
  it('read legacy as outdated and downtime as an outage, in three languages', () => {
    expect(canonicalStem('legaci', 'en')).toBe(canonicalStem('outdat', 'en'));
    expect(canonicalStem('downtim', 'pl')).toBe(canonicalStem('awari', 'pl'));
    expect(canonicalStem('downtime', 'ru')).toBe(canonicalStem('сбо', 'ru'));
  });
});

describe('what round 99 and round 100 asked', () => {
  it('reads which of a story\'s people it was as who, and "who was it?" after a story as no person', () => {
    expect(askedValues('which zappos agent was on that marathon call?')).toContain('person');
    expect(askedValues('ktory konsultant to byl w tej rozmowie zappos?')).toContain('person');
    expect(
      askedValues('The airline that lost 150 million when its systems went down — who was it?'),
    ).not.toContain('person');
    expect(
      askedValues('kakaya-to kompaniya gde agent provisel na telefone 11 chasov — kto eto byl?'),
    ).not.toContain('person');
    expect(askedValues('who was running delta when that big system crash happened?')).toContain('person');
  });

  it('reads what a caller wanted for hours as what the call was about', () => {
    expect(detailsAsked('what did the customer even want for 10 hours??')?.talk).toBe(true);
    expect(detailsAsked('zappos te 10h z klientem a o co on w ogole dzownil')?.talk).toBe(true);
    expect(detailsAsked('what did the customer want from the refund form?')?.talk ?? false).toBe(false);
  });

  it('reads a typed-fast year and cause', () => {
    expect(askedValues('where is that gartner 89% number from, which years report?')).toContain('year');
    expect(askedValues('гартнер со своими 89% это за какой год исследование было')).toContain('year');
    expect(askedValues('сколько клиентов уходит за год')).not.toContain('year');
    for (const question of [
      'из за чего упала система у дельты в 2016',
      'изза чего вообще упала система у delta',
      'delta 2016 co technicznie padlo ze system lezal, zasilanie czy co',
      'это был пожар или хакеры?',
    ])
      expect(askedValues(question), question).toContain('cause');
  });

  it('declines the details no entry gives, and still answers the story asked', async () => {
    const engine = await shippedEngine();
    expectDeclined(engine, [
      'which zappos agent was on that marathon call and what did the customer even want for 10 hours??',
      'а того оператора из Zappos с 10-часовым звонком как звали?',
      'where is that gartner 89% number from, which years report? want to put a proper cite on the slide',
      'из за чего упала система у дельты в 2016 пожар или электричество',
      'a co w ogole padlo w delcie w 2016 zasilanie czy jakis atak hakerski??',
      // round 101: a study's year beside who ran or paid for it, a settlement, the bot asked how it likes it here
      'Who commissioned the Esteban Kolsky research on complaints, and what year was it done?',
      'Czy United Airlines zawarło ugodę z pasażerem wyciągniętym z samolotu i na jaką kwotę?',
      'Привет, бот! Ты у нас в Discord новенький на неделю — как тебе тут, не скучно?',
    ]);
    expectAnsweredFirst(engine, [
      ['who found that only 1 in 26 unhappy customers complain?', 'stat-1-in-26-complain-s002a'],
      ['как сделать обучение новичков не скучно?', 'tip-comprehensive-staff-training-s002a'],
      [
        'The airline that lost something like 150 million when its systems went down — who was it, and how many flights',
        'case-delta-airlines-2016-outage-s002a',
      ],
      [
        'how long did the zappos agent stay on the phone with that customer?',
        'case-zappos-10-hour-call-s002a',
      ],
    ]);
  });
});

describe("round 102's quiz", () => {
  it('reads a figure asked back, and nothing else, as a recall', () => {
    for (const question of [
      '44% - what was that one about?',
      '76% — что за цифра?',
      '66% - eto pro chto voobshe?',
    ])
      expect(asksFigureBack(question), question).toBe(true);
    expect(asksFigureBack('44% - who measured that?')).toBe(false);
    // round 103: a pair of figures after a colon's label, and a person known for something in the articles
    expect(
      leadingFigures(foldText('Команда страховки спрашивает: 80% и 8% — что это за пара цифр?')),
    ).toEqual([80, 8]);
  });

  it('reads a name asked back as the subject, and a quiz number as no figure', () => {
    expect([...topicAskedWords('dawid wojcicki – skad go kojarzymy?')]).toEqual(['dawid', 'wojcicki']);
    expect(topicAskedWords('dawid wojcicki – ile zarabia?').size).toBe(0);
    expect(withoutQuizWrapping('Pytanie 7: według której firmy 89%?')).not.toMatch(/7/u);
    expect(withoutQuizWrapping('Вопрос 7: какова вероятность?')).not.toMatch(/7/u);
  });

  it('answers the entry asked back, and the question behind a number', async () => {
    const engine = await shippedEngine();
    expectAnsweredFirst(engine, [
      [
        '67% - whats that stat about again? (asking for the help centre crew)',
        'stat-67-percent-hung-up-no-human-s002a',
      ],
      ['66% - eto pro chto voobshe? ne pomnyu otkuda', 'stat-66-percent-switch-to-competitor-s000'],
      ['Dawid Wójcicki – skąd go kojarzymy?', 'case-k2-podcast-voicetel-ai-bots-s004'],
      [
        'Bob Hooey — чем он известен в контексте клиентского сервиса?',
        'quote-bob-hooey-competitor-will-s002b',
      ],
      [
        'Команда страховки спрашивает: 80% и 8% — что это за пара цифр?',
        'stat-80-percent-companies-rate-own-service-high-s001',
      ],
      // the guide's causes asked as a list: its first cause, the others offered beside it (team wordings)
      ['jakie są przyczyny złej obsługi klienta?', 'tip-train-communication-skills-s002a'],
      ['причины плохого сервиса список', 'tip-train-communication-skills-s002a'],
      [
        'Вопрос 7: какова вероятность продать что-то уже существующему клиенту? а) 5–20% б) 30–40% в) 60–70% г) около 90%',
        'stat-60-70-percent-sell-existing-s002b',
      ],
    ]);
    expectDeclined(engine, [
      '67% - who ran that survey and in what year?',
      'Кто такой Винс Ломбарди и чем он известен?',
    ]);
  });
});

describe("round 104's pasted claims", () => {
  it('keep a customer claim the asker checks, and set aside one the asker only reacts to', () => {
    const checked =
      'klient na czacie: "Gartner mówi, że 89% firm konkuruje obsługą" — zgadza się to z naszą bazą?';
    expect(quotedParts(checked)).toHaveLength(1);
    const story =
      'klient na czacie: "Gartner mówi, że 89% firm konkuruje obsługą" — co mu odpisać, żeby się uspokoił?';
    expect(quotedParts(story).some((part) => part.quoted)).toBe(true);
  });

  it('answers the checked claim with the entry stating it', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'klient na czacie: "Gartner mówi, że 89% firm konkuruje obsługą, a nie produktem, a wy chyba o tym nie słyszeliście" — zgadza sie to z nasza baza?',
        'stat-gartner-89-percent-compete-on-service-s000',
      ],
    ]);
  });
});
