// What session 40 learned from round 65 (a fact remembered by what it was good for): a name asked as what people call
// someone ("jak się na taką osobę mówi"), the criticism a teaser makes asked last ("what's the writer's gripe?"), the
// guide's FAQ called "вопросы-ответы", the asker's own talk ("to, o czym mówiłem szefowi") and coaching note, the
// Polish second person, "podcast" as no name, a guessed list of causes, profit as an attribute a finding must state;
// from round 66 (facts pointed at by analogy): a simile's picture and the other side named are the story, not the ask.
// Fixture entries are made up; the shipped base is read where the question is about its facts.
import { describe, expect, it } from 'vitest';
import { AFTERMATH_ASKED } from '../../src/answer/aftermath-asks.js';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { askedCustomerMood } from '../../src/answer/customer-mood.js';
import { askerPurposeWords } from '../../src/answer/asker-purpose.js';
import { detailsAsked } from '../../src/answer/detail-asks.js';
import { isFocusWord } from '../../src/answer/focus.js';
import { gistWords } from '../../src/answer/gist-asks.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { namesOf } from '../../src/answer/names.js';
import { notFocusWords } from '../../src/answer/not-focus.js';
import { foldText } from '../../src/answer/normalize.js';
import { stemPolish } from '../../src/answer/polish-stemmer.js';
import { isSourceTalk } from '../../src/answer/source-cues.js';
import { sourceKindsNamed } from '../../src/answer/source-kinds.js';
import { simileWords, withoutOtherSide } from '../../src/answer/similes.js';
import { CHAT_FILLER } from '../../src/answer/stopwords.js';
import { asksForTerm } from '../../src/answer/term-asks.js';
import { loadShippedKb, shippedEngine } from '../fixtures/engines.js';

describe('a name asked as what people call someone', () => {
  it('"jak się na taką osobę mówi" asks a definition, not advice; "jak mówić do klienta" still asks advice', () => {
    const asked = 'ktoś przebrany za kupującego pisze potem raport. jak się na taką osobę mówi?';
    expect([...kindsAskedFor(asked)]).toEqual(['definition']);
    expect(asksForTerm(asked)).toBe(true);
    expect(kindsAskedFor('jak mówić do zdenerwowanego klienta?').has('tip')).toBe(true);
    expect(kindsAskedFor('jak się mówi na kogoś, kto udaje klienta?').has('definition')).toBe(true);
  });

  it('"как это правильно называется" asks a definition; "правильно" names no part of the concept', async () => {
    expect(kindsAskedFor('как это правильно называется?').has('definition')).toBe(true);
    expect(kindsAskedFor('как это правильно называется?').has('tip')).toBe(false);
    const engine = await shippedEngine();
    const result = engine.answer({
      question:
        'к нам иногда приходят люди, которых наняли притворяться обычными посетителями. как это правильно называется?',
    });
    expect(result.answers[0]?.entry.id).toBe('def-mystery-shopper-s004');
  });
});

describe('what a text said, recalled', () => {
  it('"что там говорилось" asks no quote; "что говорил Безос" does', () => {
    expect(
      kindsAskedFor('где-то было, что людей должно быть достаточно — что там говорилось?').has('quote'),
    ).toBe(false);
    expect(kindsAskedFor('что говорил Безос про клиентов?').has('quote')).toBe(true);
  });

  it('"jak mało firm daje radę" asks a figure, not how to act', () => {
    const kinds = kindsAskedFor('te kontrole z udawanym kupującym: jak mało firm naprawdę daje radę?');
    expect(kinds.has('statistic')).toBe(true);
    expect(kinds.has('tip')).toBe(false);
  });

  it('the criticism a teaser makes, asked last, is its gist; a customer’s complaint is a topic', () => {
    expect([
      ...gistWords(foldText("there was a blurb on that score. whats the writer's gripe with it?")),
    ]).toContain('gripe');
    expect([
      ...gistWords(foldText('автор ворчал, что ее меряют все подряд — в чем претензия была?')),
    ]).toContain('претензия');
    expect([...gistWords(foldText('o co autor miał pretensje?'))]).toContain('pretensje');
    expect(gistWords(foldText('what is the complaint process for refunds?')).size).toBe(0);
    expect(gistWords(foldText('клиент пришел с претензией, что делать?')).size).toBe(0);
  });

  it('"вопросы-ответы" and "pytania i odpowiedzi" name the guide’s FAQ', () => {
    expect(sourceKindsNamed('в конце гайда были вопросы-ответы. что там про жалобы?')).toEqual(['faq']);
    expect(sourceKindsNamed('w pytaniach i odpowiedziach na końcu poradnika')).toEqual(['faq']);
  });

  it('"było tam napisane" says where it was read', () => {
    for (const word of ['napisane', 'написано']) expect(isSourceTalk(word), word).toBe(true);
  });
});

describe('the asker’s own talk and work', () => {
  it('what the asker told the boss is the story, not a call’s topic asked', () => {
    expect(
      detailsAsked('to o czym mówiłem szefowi — nie możemy ciąć ludzi. co firma powinna zapewnić?')?.talk,
    ).not.toBe(true);
    expect(detailsAsked('o czym mówił ten konsultant przez 10 godzin?')?.talk).toBe(true);
    expect([...askerPurposeWords('to o czym mówiłem szefowi — że nie możemy ciąć ludzi')]).toEqual([
      'o',
      'czym',
      'mowilem',
      'szefowi',
    ]);
    expect(askerPurposeWords('like I told my boss, we cannot cut the phone team').has('boss')).toBe(true);
    expect(askerPurposeWords('то, что я говорил шефу про смены').has('шефу')).toBe(true);
    expect(askerPurposeWords('co mówił Bezos o klientach?').size).toBe(0);
  });

  it('a coaching note is the asker’s work', () => {
    expect(askerPurposeWords('writing a coaching note for an agent who is fried').has('coaching')).toBe(true);
    expect(askerPurposeWords('pisze notatke coachingowa dla jednego agenta').has('notatke')).toBe(true);
    expect(askerPurposeWords('пишу коучинг-заметку для агента').has('заметку')).toBe(true);
  });
});

describe('words', () => {
  it('the Polish second person meets the verb’s other forms', () => {
    expect(stemPolish('tracisz')).toBe(stemPolish('traci'));
    expect(stemPolish('czekasz')).toBe(stemPolish('czeka'));
    // too short to strip: "robisz" keeps its ending rather than become "rob"
    expect(stemPolish('robisz')).toBe('robisz');
  });

  it('"przypomnisz?" asks the bot to remind, like "przypomnij"', () => {
    for (const word of ['przypomnisz', 'przypomnij', 'напомнишь'])
      expect(CHAT_FILLER.has(word), word).toBe(true);
  });

  it('"podcast" in a title is no name; "K2" is', async () => {
    const names = namesOf(await loadShippedKb());
    expect(names.has('podcast')).toBe(false);
    expect(names.has('k2')).toBe(true);
  });

  it('profit and profitability are attributes asked', () => {
    for (const word of ['profits', 'profitability', 'zysk', 'rentownosc', 'прибыль']) {
      expect(isFocusWord(word), word).toBe(true);
    }
    // the verb "zyskać" (to gain) asks what a practice brings, no attribute
    expect(isFocusWord('zyskamy')).toBe(false);
  });
});

describe('causes and formulas asked', () => {
  it('a list of guessed causes asks the cause', () => {
    expect(askedValues('co padło u tego przewoźnika — prąd, serwerownia, hakerzy?')).toContain('cause');
    expect(askedValues('co padło u Delty w 2016?')).not.toContain('cause');
  });

  it('"how do you actually work out…", "what do you subtract from what" ask a formula', () => {
    expect(askedValues('how do you actually work out that would-you-recommend score?')).toContain('formula');
    expect(askedValues('what do you subtract from what?')).toContain('formula');
  });
});

describe('on the shipped base', () => {
  it('declines profit figures the articles do not give, and answers a poll described by a podcast blurb', async () => {
    const engine = await shippedEngine();
    for (const question of [
      'how much higher are profits at companies whose staff are really engaged?',
      'o ile procent wyższa jest rentowność firm z zaangażowanym zespołem?',
      'насколько выше прибыль у компаний, где персонал вовлечен?',
    ]) {
      expect(engine.answer({ question }).certainty, question).toBe('declined');
    }
    const poll = engine.answer({
      question:
        'a podcast blurb about a guy polling team bosses on a work social site about phoning strangers — into which two kinds did he sort their problems?',
    });
    expect(poll.answers[0]?.entry.id).toBe('case-bartkowski-cold-calling-poll-s004');
  });
});

describe('round 66: a fact pointed at by a picture or by its other side', () => {
  it('a simile’s picture is the story, its words not the ask’s', () => {
    expect([
      ...simileWords('like a first date, no second chance. what share decide after one call?'),
    ]).toEqual(['first', 'date']);
    expect(
      simileWords('Jak na targu, gdzie wszyscy mają te same pomidory — jaka część firm tak robi?').has(
        'pomidory',
      ),
    ).toBe(true);
    expect([...simileWords('Это как с отзывами о кафе: понравилось — шепнёшь паре друзей')]).toContain(
      'кафе',
    );
    // a text recalled, and examples listed, are no pictures
    expect(simileWords('jak w tym tekście definiowali jakość?').size).toBe(0);
    expect(simileWords('как в статье определяют качество?').size).toBe(0);
    expect(simileWords('what are metrics like the NPS for?').size).toBe(0);
    expect(simileWords('jak często klienci się skarżą?').size).toBe(0);
  });

  it('the fact named as the other side of the one asked is no part of the ask', () => {
    const asked =
      'odwrotność tego, że wkurzony klient obgaduje nas — a ten zadowolony to ilu ludziom o nas opowie?';
    expect(simileWords(asked).has('wkurzony')).toBe(true);
    expect(simileWords(asked).has('zadowolony')).toBe(false);
    expect(withoutOtherSide(foldText(asked))).not.toContain('wkurzony');
    expect(askedCustomerMood(foldText(asked))).toBe('pleased');
  });

  it('"how few companies…", "what slice?" ask a figure', () => {
    expect(kindsAskedFor('how few companies actually came out as genuinely great?').has('statistic')).toBe(
      true,
    );
    expect(kindsAskedFor('only a handful of firms were great. what slice?').has('statistic')).toBe(true);
    expect(kindsAskedFor('jaka część firm tak robi?').has('statistic')).toBe(true);
  });

  it('a company’s "computer setup" is its systems, no setup asked', () => {
    expect(notFocusWords('a carrier whose whole computer setup went down').has('setup')).toBe(true);
    expect(notFocusWords('what is the setup of the phone menu?').has('setup')).toBe(false);
  });

  it('"Его уволили?" asks what came after the story', () => {
    expect(AFTERMATH_ASKED.test(foldText('та история с оператором. Его уволили?'))).toBe(true);
    expect(AFTERMATH_ASKED.test(foldText('ta historia z konsultantem — czy go potem zwolnili?'))).toBe(true);
  });
});

describe('round 67: a quote’s speaker described by their role', () => {
  it('"the quote from the founder of…" asks no founder', () => {
    expect(
      notFocusWords('ten cytat założyciela wielkiego sklepu internetowego, że…').has('zalozyciela'),
    ).toBe(true);
    expect(
      notFocusWords('была цитата от основателя самого большого интернет-магазина').has('основателя'),
    ).toBe(true);
    expect(notFocusWords('the quote from the founder of the biggest online store').has('founder')).toBe(true);
    expect(notFocusWords('who is the founder of Zappos?').size).toBe(0);
  });
});
