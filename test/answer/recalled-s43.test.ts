// What session 43 learned from round 74: a time norm asked "in minutes or hours", and a judgement placed after the
// work it cites ("w tekście o jakości obsługi za dopuszczalny"), still ask a duration; a Babel-like mix of
// languages, a podcast told by its bleeped title and firms "worth an A" under secret checks find their entries. From
// round 75: a count worked out, people lost as a cost, "where was it said that…", a work as the speaker, a term in a
// cited work's title, customers who "would say the same", and staff a company "should have" no longer rule out the
// right entry. From round 76: one in how many asked the other way round, an episode recalled, the asker's title, "what's
// our way of…", "what on earth were they talking about", Gallup's figures and "a dozen" good experiences. From round
// 77: "the % part", a group's name, a glossary box as the speaker, "o co chodziło w sprawie…".
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { besideAsks } from '../../src/answer/beside-asks.js';
import { detailsAsked } from '../../src/answer/detail-asks.js';
import { asksOfEvent } from '../../src/answer/event-asks.js';
import { stanceAsked } from '../../src/answer/figure-stance.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { findingAskedElsewhere } from '../../src/answer/known-elsewhere.js';
import { notFocusWords } from '../../src/answer/not-focus.js';
import { roleAsked } from '../../src/answer/role-person.js';
import { saidTopicWords } from '../../src/answer/said-topic.js';
import { foldText } from '../../src/answer/normalize.js';
import { withoutSourceDescriptions } from '../../src/answer/source-description.js';
import { expectAnsweredFirst, expectDeclined, shippedEngine } from '../fixtures/engines.js';

describe('a time norm asked with two units', () => {
  it('reads "in minutes or hours" as a duration asked, in each language', () => {
    expect(askedValues('is there a norm for replies to emails, in minutes or hours?')).toContain('duration');
    expect(askedValues('czy jest norma na odpowiedź mailową w minutach czy godzinach?')).toContain(
      'duration',
    );
    expect(askedValues('есть ли норма на ответ по почте, в минутах или часах?')).toContain('duration');
    // a unit inside a story asks nothing: "w minutach albo godzinach klienci odchodzą" tells, it does not ask
    expect(askedValues('w minutach albo godzinach klienci odchodzą do konkurencji, prawda?')).not.toContain(
      'duration',
    );
  });
});

describe('a judgement after the cited work', () => {
  it('keeps "za dopuszczalny" out of what describes the text', () => {
    const folded = foldText('jaki czas reakcji uznano w artykule o jakości obsługi za przyzwoity?');
    expect(withoutSourceDescriptions(folded)).toContain('za przyzwoity');
    expect(askedValues('jaki czas reakcji uznano w artykule o jakości obsługi za przyzwoity?')).toContain(
      'duration',
    );
  });

  it('still drops a description that runs to the end of its clause', () => {
    const folded = foldText('w tym artykule o telefonii — jaki procent klientów odchodzi?');
    expect(withoutSourceDescriptions(folded)).not.toContain('telefonii');
  });
});

describe('round 74 on the shipped base', () => {
  it('declines a waiting-time norm the articles never give, and finds three retold entries', async () => {
    const engine = await shippedEngine();
    expectDeclined(engine, [
      'ile minut albo godzin klient może czekać na maila według tekstu o jakości obsługi — jest taka norma?',
    ]);
    expectAnsweredFirst(engine, [
      [
        'coś jak wieża Babel z klientami z różnych krajów — co radzili na taki chaos językowy?',
        'tip-language-teams-or-translation-s002b',
      ],
      [
        'who was on that bots episode with the starred-out swear word?',
        'case-k2-podcast-voicetel-ai-bots-s004',
      ],
      [
        'фирмы проверяли под видом обычных покупателей — сколько из них заслужили пятёрку за сервис?',
        'stat-mystery-shoppers-10-percent-excellent-s001',
      ],
    ]);
  });
});

describe('round 75: readings that ruled the right entry out', () => {
  it('a count worked out, and people lost as a cost, ask no calculation or price', () => {
    const words = (q: string) => [...notFocusWords(q)];
    expect(words('ilu klientów tam wyliczyli?')).toContain('wyliczyli');
    expect(words('how many customers had they calculated?')).toContain('calculated');
    expect(words('jedna wpadka kosztuje nas całą grupę klientów')).toContain('kosztuje');
    // a price asked stays an attribute
    expect(words('ile kosztuje licencja LiveAgent?')).not.toContain('kosztuje');
  });

  it('"where was it said that…" asks the work, not a place', () => {
    expect(askedValues('где писали, что сервис — это новый маркетинг?')).not.toContain('place');
    expect(askedValues('gdzie było, że obsługa to nowy marketing?')).not.toContain('place');
    expect(askedValues('where was it said that service is the new marketing?')).not.toContain('place');
    expect(askedValues('где произошёл этот сбой?')).toContain('place');
  });

  it('a work or no one as the speaker asks the topic as usual', () => {
    expect([...saidTopicWords(foldText('co ten poradnik mówi o zwrotach towaru?'))]).toEqual([]);
    expect([...saidTopicWords(foldText('что говорилось про число консультантов?'))]).toEqual([]);
    expect([...saidTopicWords(foldText('did the quality article say anything about staffing?'))]).toEqual([]);
    expect([...saidTopicWords(foldText('co Bezos mówił o pracownikach?'))]).toContain('pracownikach');
  });

  it("a term in the cited work's description is no term to define", () => {
    const asks = besideAsks(
      'в статье про то, что такое качество обслуживания, что было про консультантов на связи?',
    );
    expect(asks?.terms).toBeUndefined();
    expect(besideAsks('что такое качество обслуживания?')?.terms).toBeDefined();
  });

  it('customers who "would say the same" agree; they intend nothing', () => {
    expect(stanceAsked(foldText('how many of their customers would say the same?'))).toBe('others');
    expect(stanceAsked(foldText('ilu klientów powiedziałoby to samo?'))).toBe('others');
    expect(stanceAsked(foldText('what share of customers would switch?'))).toBe('intent');
  });

  it('how many staff a company should have asks advice, however the sentence runs', () => {
    const kinds = kindsAskedFor('how many consultants we should have on?');
    expect(kinds.has('statistic')).toBe(false);
    expect(kinds.has('metric')).toBe(true);
    expect(kindsAskedFor('how many people should be answering at night?').has('tip')).toBe(true);
  });

  it('finds the entries round 75 missed, asked in other words', async () => {
    const engine = await shippedEngine();
    expectAnsweredFirst(engine, [
      [
        'w zapowiedzi było, że jedna wpadka kosztuje nas całą grupę klientów — ilu ich tam wyliczyli?',
        'stat-one-bad-service-loses-10-customers-s000',
      ],
      ['gdzie było, że obsługa klienta to nowy marketing?', 'tip-treat-service-as-marketing-s001'],
      [
        'the gap between how good firms think their service is and how many customers would say the same — the two figures?',
        'stat-8-percent-customers-agree-service-great-s001',
      ],
      [
        'co ten poradnik mówi o tym, jak zawiłe zasady zwrotu towaru wpływają na kolejne zakupy?',
        'tip-make-returns-easy-s002b',
      ],
    ]);
  });
});

describe('round 76: readings learned', () => {
  it('one in how many asked the other way round is a share', () => {
    expect(askedValues('na ilu klientów przypada jeden, który złoży skargę?')).toEqual(['share']);
    expect(askedValues('how many customers are there for every one who complains?')).toEqual(['share']);
  });

  it('an episode recalled is no other episode asked', () => {
    expect(asksOfEvent('there was another episode where a guy ran a poll — what were the two piles?')).toBe(
      false,
    );
    expect(asksOfEvent('там был ещё один выпуск, где человек устроил опрос, — какие кучки?')).toBe(false);
    expect(asksOfEvent('is there another episode of that podcast?')).toBe(true);
  });

  it("the asker's title and a board of directors ask no director", () => {
    const words = [
      ...notFocusWords('Операционный директор. Нужна цифра для совета директоров про удержание.'),
    ];
    expect(words).toEqual(expect.arrayContaining(['директор', 'директоров']));
    expect([...notFocusWords('кто директор Zappos?')]).not.toContain('директор');
  });

  it('"what\'s our way of…" asks a tip, "what on earth were they talking about" what was said', () => {
    const kinds = kindsAskedFor("what's our usual way of handling a refund complaint?");
    expect(kinds.has('definition')).toBe(false);
    expect(kinds.has('tip')).toBe(true);
    expect(detailsAsked('what on earth were they talking about on that call?')?.talk).toBe(true);
  });

  it('declines Gallup\'s figures and "a dozen good for one bad", which the articles do not give', async () => {
    expect(
      findingAskedElsewhere(foldText('a dozen good experiences make up for one bad one — true?'))?.name,
    ).toBe('twelve good experiences for one bad');
    expectDeclined(await shippedEngine(), [
      "what percentages did Gallup report for firms with engaged staff? it's for my quarterly deck",
      'ile dobrych doświadczeń trzeba, żeby klient zapomniał jedno złe — chyba tuzin?',
    ]);
  });
});

describe('round 77: readings learned', () => {
  it("\"what's the % part\" asks no term; a group's name is no person's", () => {
    expect(besideAsks('it was 6 and 15, but whats the % part?')?.terms).toBeUndefined();
    expect(
      roleAsked(foldText('jak się nazywa zadowolonych klientów, którzy sami nas polecają?')),
    ).toBeUndefined();
    expect(roleAsked(foldText('jak się nazywał ten klient, który nagrał rozmowę?'))).toBeDefined();
  });

  it('a glossary box as the speaker, and an affair asked in Polish', () => {
    expect([...saidTopicWords(foldText('what did it say that stage of the network was?'))]).toEqual([]);
    expect(kindsAskedFor('o co chodziło w sprawie tego klienta z Comcastem?').has('case')).toBe(true);
  });
});

describe('round 78: readings learned', () => {
  it("the asker's own forecast asks no forecast; a system knocked out asks its cause", () => {
    expect(detailsAsked('robię prognozę absencji — o ile częściej wypaleni biorą L4?')?.newer ?? false).toBe(
      false,
    );
    expect(detailsAsked('what does the forecast say for 2030?')?.newer).toBe(true);
    expect(askedValues('what actually knocked their systems out?')).toContain('cause');
    expect(askedValues('przez co w ogóle padło, prąd?')).toContain('cause');
  });
});

describe('round 79: readings learned', () => {
  it('"gdzie jest mowa o tym, że…" asks the work; "what the source actually says" checks a claim', () => {
    expect(askedValues('gdzie jest mowa o tym, że za słabą obsługę grożą kary?')).not.toContain('place');
    expect(askedValues('где говорится, что за плохой сервис бывают штрафы?')).not.toContain('place');
    expect(stanceAsked(foldText('is that what the source actually says?'))).toBeUndefined();
    expect(stanceAsked(foldText('how many customers actually switched?'))).toBe('actual');
  });
});
