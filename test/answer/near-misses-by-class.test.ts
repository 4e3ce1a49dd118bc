// Near misses read by class, not by wording (session 14): a term that only resembles the one a definition defines,
// a price or address of a place an article links to, a reward a person in a story got, a cause guessed as a yes/no,
// a segment written as a phrase, and another measure asked of a part of those a figure counts. Each is proved on a
// small knowledge base of its own, with the entries still answering what they do say.
import { describe, expect, it } from 'vitest';
import { askedTerms, definedTermKeys, definesNoneAsked } from '../../src/answer/asked-term.js';
import { besideAsks, lacksBesideAsk } from '../../src/answer/beside-asks.js';
import { detailsAsked } from '../../src/answer/detail-asks.js';
import { followUpWords, partAskWords } from '../../src/answer/follow-up-ask.js';
import { guessedCauseWords } from '../../src/answer/guessed-cause.js';
import { segmentPhraseWords } from '../../src/answer/segment-phrases.js';
import { textOfAsks } from '../../src/answer/translit-question.js';
import { asksOfVenue } from '../../src/answer/venue-asks.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';
import { shoeboxLongCall, switchSurvey } from '../fixtures/story-entries.js';
import { engineOver } from '../fixtures/engines.js';

const network: Entry = {
  ...minimalEntry('def-4-5g'),
  kind: 'definition',
  text: {
    pl: '4,5G to sieci komórkowe czwartej generacji rozszerzone o agregację pasm, np. LTE-A i LTE Pro. To etap między 4G a 5G.',
    en: '4.5G means fourth-generation mobile networks extended with carrier aggregation, such as LTE-A and LTE Pro. They are a step between 4G and 5G.',
    ru: '4,5G — это сотовые сети четвёртого поколения с агрегацией частот, например LTE-A и LTE Pro. Это этап между 4G и 5G.',
  },
  phrasings: {
    pl: ['co to jest 4,5G', 'sieć między 4G a 5G'],
    en: ['what is 4.5G', 'network between 4G and 5G'],
    ru: ['что такое 4,5G', 'сеть между 4G и 5G'],
  },
};
const helpdesk: Entry = {
  ...minimalEntry('def-helphub'),
  kind: 'definition',
  text: {
    pl: 'HelpHub to program do obsługi klienta z jedną skrzynką dla wszystkich kanałów (omnichannel) i czatem na żywo.',
    en: 'HelpHub is customer-service software with one inbox for every channel (omnichannel) and live chat.',
    ru: 'HelpHub — программа для обслуживания клиентов с общим омниканальным ящиком (omnichannel) и живым чатом.',
  },
  phrasings: { pl: ['co to jest HelpHub'], en: ['what is HelpHub'], ru: ['что такое HelpHub'] },
  source: { title: 'Guide to help desks', url: 'https://tyres.example/' },
};
const engine = engineOver([network, helpdesk, shoeboxLongCall, switchSurvey, minimalEntry()]);
const ask = (question: string) => engine.answer({ question });

describe('a term that only resembles the one a definition defines', () => {
  it('reads the term asked in three languages, before or after the asking words', () => {
    expect(askedTerms('what is LTE exactly?')).toEqual([['lte']]);
    expect(askedTerms('Что такое омниканальность и зачем она?')).toEqual([['омник']]);
    expect(askedTerms('omnichannel – co to?')).toEqual([['omnic']]);
    expect(askedTerms('co to jest 4,5 G')).toEqual([['4.5', 'g', '4.5g']]);
  });

  it('reads no term in a pronoun, a noun of asking or a longer clause', () => {
    for (const q of [
      'what is it',
      'what is the difference between 4G and 5G',
      'what are lte networks built on',
      'jak się masz',
    ])
      expect(askedTerms(q), q).toBeUndefined();
  });

  it('keeps what a definition defines: its subject and the terms its phrasings ask about', () => {
    const keys = definedTermKeys(network);
    expect(keys.has('4.5g')).toBe(true);
    expect(keys.has('lte')).toBe(false);
    expect(definedTermKeys(helpdesk).has('helph')).toBe(true);
  });

  it('rules out a definition asked about a neighbour it names in passing, never another kind of entry', () => {
    expect(definesNoneAsked(network, askedTerms('what is LTE?') ?? [])).toBe(true);
    expect(definesNoneAsked(network, askedTerms('что такое 4,5G?') ?? [])).toBe(false);
    expect(definesNoneAsked(helpdesk, askedTerms('co to jest omnichannel?') ?? [])).toBe(true);
    // a typo of the term still meets it
    expect(definesNoneAsked(helpdesk, askedTerms('what is HelpHbu?') ?? [])).toBe(false);
    expect(definesNoneAsked(shoeboxLongCall, askedTerms('what is LTE?') ?? [])).toBe(false);
  });

  it('declines the neighbour and answers the term', () => {
    for (const q of ['what is LTE?', 'co to jest 5G?', 'что такое омниканальность?'])
      expect(ask(q).certainty, q).toBe('declined');
    expect(ask('co to jest 4,5G?').answers[0]?.entry.id).toBe(network.id);
    expect(ask('what is HelpHub?').answers[0]?.entry.id).toBe(helpdesk.id);
  });
});

describe('a price, address or hours of a place an article links to', () => {
  it('reads the place and the offer asked, in three languages', () => {
    for (const q of [
      'how much is a tyre change at the workshop the article links to?',
      'Ile kosztuje wymiana opon w tej wulkanizacji, do której jest link?',
      'jaki jest adres warsztatu z linku?',
      'сколько стоит замена шин в шиномонтаже по ссылке из статьи?',
    ])
      expect(asksOfVenue(q), q).toBe(true);
  });

  it('reads no place in a link between two things, nor a price of a service itself', () => {
    for (const q of [
      'is there a link between service and costs?',
      'ile kosztuje pozyskanie nowego klienta?',
      'how much does bad service cost a company?',
    ])
      expect(asksOfVenue(q), q).toBe(false);
  });

  it('rules out every entry', () => {
    const asks = besideAsks('what are the opening hours of the tyre shop linked in the article?');
    for (const entry of [network, helpdesk, shoeboxLongCall, switchSurvey])
      expect(lacksBesideAsk(asks, entry)).toBe(true);
  });
});

describe('a reward a person in a story got', () => {
  it('reads the reward in either order, with or without the asking word', () => {
    for (const q of [
      'was the agent who stayed on the line for nine hours given a raise?',
      'the Shoebox agent got a bonus?',
      'dostał jakąś nagrodę ten konsultant?',
      'premię dostał za tę rozmowę?',
      'получил ли оператор Shoebox премию?',
      'премию ему дали за звонок?',
    ])
      expect(detailsAsked(q)?.aftermath, q).toBe(true);
    expect(detailsAsked(textOfAsks('poluchil li operator Shoebox premiyu?'))?.aftermath).toBe(true);
  });

  it('declines it beside a story that tells none, and still answers the story', () => {
    expect(ask('получил ли оператор Shoebox премию за тот звонок?').certainty).toBe('declined');
    expect(ask('how long did the Shoebox agent stay on the phone?').answers[0]?.entry.id).toBe(
      shoeboxLongCall.id,
    );
  });
});

describe('a cause guessed as a yes/no', () => {
  it('reads the guessed cause up to its clause or the figure after it', () => {
    expect([...guessedCauseWords('is it because of the pandemic that 58% would switch?')]).toEqual([
      'the',
      'pandemic',
    ]);
    expect([...guessedCauseWords('czy to przez pandemię 58% klientów odchodzi?')]).toEqual(['pandemie']);
    expect([...guessedCauseWords('не из-за хакерской атаки ли клиенты ушли?')]).toEqual([
      'хакерскои',
      'атаки',
    ]);
    expect([...guessedCauseWords('was the outage caused by a cyberattack?')]).toEqual(['a', 'cyberattack']);
  });

  it('reads no guess in a verification or a plain "przez"', () => {
    expect(guessedCauseWords('is it true that 58% leave after bad service?').size).toBe(0);
    expect(guessedCauseWords('konsultant rozmawiał przez 9 godzin?').size).toBe(0);
  });

  it('declines a cause the entry gives no word on, and answers one it states', () => {
    expect(ask('is it because of the pandemic that 58% would switch to a competitor?').certainty).toBe(
      'declined',
    );
    expect(ask('did 58% go to a competitor because of bad service?').answers[0]?.entry.id).toBe(
      switchSurvey.id,
    );
  });
});

describe('a segment written as a phrase', () => {
  it('reads business sizes, online shops and startups in three languages', () => {
    expect([...segmentPhraseWords('is it the same for small businesses?')]).toEqual(['small', 'businesses']);
    expect([...segmentPhraseWords('a dla małych firm?')]).toEqual(['malych', 'firm']);
    expect([...segmentPhraseWords('а для малого бизнеса?')]).toEqual(['малого', 'бизнеса']);
    expect([...segmentPhraseWords('a w sklepach internetowych?')]).toEqual(['sklepach', 'internetowych']);
  });

  it('leaves the asker\'s own business and ordinary "many" or "average" alone', () => {
    for (const q of [
      "we're a small business, how do we keep customers?",
      'jesteśmy małą firmą, co robić?',
      'większość firm twierdzi, że…',
      'в среднем компании теряют клиентов',
    ])
      expect(segmentPhraseWords(q).size, q).toBe(0);
  });

  it('declines the figure asked for such a segment', () => {
    expect(
      ask('what percent of small businesses lose customers to a competitor after bad service?').certainty,
    ).toBe('declined');
    expect(ask('what percent of consumers go to a competitor after bad service?').answers[0]?.entry.id).toBe(
      switchSurvey.id,
    );
  });
});

describe('another measure asked of a part of those a figure counts', () => {
  it('reads the tail after "of them" as the measure asked, hedges left out', () => {
    expect([...partAskWords('58% go to a competitor, how many of them probably come back later?')]).toEqual([
      'come',
      'back',
      'later',
    ]);
    expect([...partAskWords('58% klientów odchodzi, ile z nich wraca?')]).toEqual(['wraca']);
    expect([...partAskWords('58% уходят к конкуренту — сколько из них возвращаются?')]).toEqual([
      'возвращаются',
    ]);
    expect(partAskWords('how many of them leave?').size).toBe(0);
    // a contrast word makes it the follow-up of follow-up-ask.ts, which an entry must not match at all
    expect(partAskWords('58% go to a competitor — and how many of them come back?').size).toBe(0);
    expect([...followUpWords('58% go to a competitor — and how many of them come back?')]).toContain('come');
  });

  it('declines the other measure and answers the figure restated', () => {
    expect(
      ask('58% go to a competitor after bad service, how many of them come back a year later?').certainty,
    ).toBe('declined');
    expect(ask('58% go to a competitor — after what kind of service?').answers[0]?.entry.id).toBe(
      switchSurvey.id,
    );
  });
});
