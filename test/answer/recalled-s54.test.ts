// What session 54 learned from round 124 (onboarding week: new hires' own words, true-or-false checks, comparisons,
// slide material), and from Russian typed in chat: a verb's "-тся" typed as it sounds ("жалуюца"), and Russian in
// Latin letters whose "iya" was read "ийа" ("rossiyan" as "российан", which no country phrasing knows).
import { describe, expect, it } from 'vitest';
import { withoutChatSlang } from '../../src/answer/chat-slang.js';
import { asksChitChat } from '../../src/answer/chit-chat.js';
import { foldText } from '../../src/answer/normalize.js';
import { detailsAsked } from '../../src/answer/detail-asks.js';
import { disputeFrame } from '../../src/answer/dispute-frame.js';
import { cyrillicQuestion } from '../../src/answer/translit-question.js';
import { expectAnsweredFirst, expectDeclined, shippedEngine } from '../fixtures/engines.js';

describe('Russian chat spellings (round 124)', () => {
  it('reads a verb\'s "-тся" typed "-ца", "-тца" or "-цца" and leaves nouns in "-ица" and "-тца" alone', () => {
    expect(withoutChatSlang('сколько недовольных реально жалуюца')).toBe(
      'сколько недовольных реально жалуются',
    );
    expect(withoutChatSlang('мне кажетца, клиенты смеяцца')).toBe('мне кажется, клиенты смеятся');
    for (const kept of ['открой таблица и страница', 'звонил отца клиента', 'граница SLA'])
      expect(withoutChatSlang(kept)).toBe(kept);
  });

  it('answers the count asked with "-тся" typed as it sounds', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      ['сколько недовольных реально жалуюца', 'stat-about-4-percent-complain-s001'],
    ]);
  });

  it('reads a search of Russian typed in Latin letters ending in "-ные" as Russian (round 127)', async () => {
    expect(cyrillicQuestion('vygoranie bolnichnye statistika')).toBeDefined();
    expectAnsweredFirst(await shippedEngine(), [
      ['vygoranie bolnichnye statistika', 'stat-burnout-63-percent-sick-days-s002b'],
    ]);
  });

  it('reads a country typed in Latin letters as the country, and declines the figure asked for it', async () => {
    expect(cyrillicQuestion('Skolko protsentov rossiyan uhodyat posle plohogo servisa?')).toBe(
      'сколько процентов россиян уходят после плохого сервиса?',
    );
    expectDeclined(await shippedEngine(), [
      'Vchera klient rugalsya iz-za ozhidaniya. Skolko protsentov rossiyan uhodyat posle plohogo servisa?',
    ]);
  });
});

describe("the customer by the business's own word (round 124)", () => {
  it('answers a fact about customers asked of passengers, patients, viewers or callers', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'co robić jak pasażer nie mówi ani po polsku ani po angielsku? mamy na to jakiś patent czy na migi',
        'tip-language-teams-or-translation-s002b',
      ],
      [
        'лояльный пациент стоит в 10 раз больше чем его первая покупка — это оттуда цифра или я путаю?',
        'stat-loyal-customer-worth-10x-s001',
      ],
      [
        'why do we always get judged on how long callers sit in the queue at the water line? seems harsh',
        'metric-waiting-time-s003',
      ],
    ]);
  });

  it('still declines what a case does not tell of its subscriber', async () => {
    expectDeclined(await shippedEngine(), [
      'By profession, who exactly is Ryan Block; was he a tech journalist or just an ordinary Comcast subscriber when he recorded that call?',
      'Comcast — how many subscribers does it lose each year over service complaints?',
    ]);
  });
});

describe('a count of who speaks up is no conversation asked (round 125)', () => {
  it('reads "how many speak up" as a count, and a talk asked still as a talk', () => {
    expect(detailsAsked('what was the actual number for how many speak up?')?.talk ?? false).toBe(false);
    expect(detailsAsked('what did the zappos agent and the customer talk about?')?.talk).toBe(true);
  });

  it('answers the share of unhappy customers who complain, asked after a story', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'ok so on my first shift the lead mentioned some rule about the angry ones, like most unhappy people never actually complain to us, they just quietly leave and go somewhere else. what was the actual number for how many speak up? want to get it right before the quiz',
        'stat-1-in-26-complain-s002a',
      ],
    ]);
  });
});

describe('an idiom and a settlement in Polish (round 126)', () => {
  it('reads "brać wszystko jak leci" as no chit-chat, and answers the push-back around it', async () => {
    expect(asksChitChat(foldText('nie prościej, żeby każdy brał wszystko jak leci?'))).toBe(false);
    expect(asksChitChat(foldText('hej bot, jak leci?'))).toBe(true);
    expectAnsweredFirst(await shippedEngine(), [
      [
        'po co mamy osobną kolejkę dla klientów anglojęzycznych? nie prościej, żeby każdy brał wszystko jak leci?',
        'tip-language-teams-or-translation-s002b',
      ],
    ]);
  });

  it('declines the settlement asked in Polish ("ugoda"), which no entry gives', async () => {
    expectDeclined(await shippedEngine(), [
      'ile dostał w ugodzie ten pasażer wyciągnięty z samolotu United?',
    ]);
  });
});

describe('a draft checked before it goes out (round 127)', () => {
  it('reads the check as a claim to verify, in three languages', () => {
    for (const question of [
      "checking before it goes out: 'American Express found almost 2 in 3 consumers say an agent's know-how shapes how they see the brand' – fair?",
      "draft: 'only one unhappy customer in ten tells us' — ok?",
      "tekst do fact of the week: 'Wg American Express ponad 60% konsumentow ocenia marke po tym, ile wie i jak zaradny jest konsultant' – sprawdzcie plz zanim pojdzie",
      'правильно понимаю что кампаний, которые считают свой сервис отличным, в 10 раз больше чем клиентов которые с ними согласны?',
    ])
      expect(disputeFrame(question), question).toBeDefined();
    // "ok" after no quoted draft is no check
    expect(disputeFrame('ok so what is the rule with angry callers?')).toBeUndefined();
  });

  it('answers a draft whose figure is said another way with the statistic that corrects it', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        "checking before it goes out: 'American Express found almost 2 in 3 consumers say an agent's know-how shapes how they see the brand' – fair?",
        'stat-62-percent-rep-knowledge-brand-perception-s002a',
      ],
      [
        "tekst do fact of the week: 'Wg American Express ponad 60% konsumentow ocenia marke po tym, ile wie i jak zaradny jest konsultant' – sprawdzcie plz zanim pojdzie",
        'stat-62-percent-rep-knowledge-brand-perception-s002a',
      ],
    ]);
  });
});

describe("the people of a country in the asker's story, when advice is asked (round 128)", () => {
  it('reads no country asked beside advice, and still reads one beside a figure', () => {
    expect(
      detailsAsked(
        'w kasach z karnetami mamy coraz więcej Czechów i Ukraińców, którzy nie mówią po polsku – co radzili na barierę językową?',
      )?.countries ?? [],
    ).toEqual([]);
    expect(
      detailsAsked('jaki jest sredni czas oczekiwania na konsultanta w polskich call center?')?.countries
        .length,
    ).toBeGreaterThan(0);
  });

  it('answers the language tip asked after a story of foreign customers', async () => {
    expectAnsweredFirst(await shippedEngine(), [
      [
        'na linii rezerwacji promowej mamy duzo Niemcow i Szwedow a nikt nie mowi po szwedzku — jaki byl tip na bariery jezykowe?',
        'tip-language-teams-or-translation-s002b',
      ],
    ]);
    expectDeclined(await shippedEngine(), [
      'jaki jest sredni czas oczekiwania na konsultanta w polskich call center?',
    ]);
  });
});

describe("the workplace's own logistics (rounds 128-129)", () => {
  it('reads the car park and the office move as asks no entry answers, and a story about parking as no such ask', () => {
    for (const question of [
      'is the back car park closed again on monday?',
      'which floor is support moving to after the office move in march',
      'czy na nowym parkingu będą miejsca dla nocnej zmiany infolinii?',
      'Czy stanowiska supportu przenoszą się razem z nami do nowego biura w marcu, czy przez chwilę pracujemy zdalnie?',
      'parkovka u ofisa gde teper na vremya remonta, propusk nuzhen?',
    ])
      expect(asksChitChat(foldText(question)), question).toBe(true);
    for (const story of [
      'we gave out wrong info about parking permit fees like 3 times this year and ppl were furious',
      'Стою на кассе ски-пассов, очередь до парковки, один дядька просто развернулся и ушел молча',
      'same client had 3 botched bookings in a row and cancelled his whole office move with us',
    ])
      expect(asksChitChat(foldText(story)), story).toBe(false);
  });

  it('declines them', async () => {
    expectDeclined(await shippedEngine(), [
      'Is the move to the new office still happening in March? Do we pack our own desks?',
      'anyone know if we get parkign spots at the new site or is it first come first served',
    ]);
  });
});
