// What round 56 of the held-out sets (content for the team's channel) taught: the post, newsletter or meeting a lead
// picks content for is their purpose, not what is asked; a quote asked on a subject is not its author's one quote on
// another; this year's episode is not a named one of years ago; a holiday's date and a joke are chit-chat; a quiz's
// "3 answers to choose from" holds no figure; "что имеют в виду под X" asks a definition. Fixture entries are made up.
import { describe, expect, it } from 'vitest';
import { askerPurposeWords } from '../../src/answer/asker-purpose.js';
import { asksChitChat } from '../../src/answer/chit-chat.js';
import { kindsAskedFor } from '../../src/answer/intent.js';
import { foldText } from '../../src/answer/normalize.js';
import { withoutQuizWrapping } from '../../src/answer/quiz-frame.js';
import { topicAskedWords } from '../../src/answer/topic-asks.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';
import { engineOver, expectAnsweredFirst, withTexts } from '../fixtures/engines.js';

const purpose = (question: string) => [...askerPurposeWords(question)].sort();

describe("the team channel's post as the asker's purpose", () => {
  it('is a post, a newsletter, a meeting or a team channel named as what the answer is for', () => {
    expect(purpose('need a tip on why fast replies matter, for the SLA reminder post')).toEqual([
      'for',
      'post',
      'reminder',
      'sla',
      'the',
    ]);
    expect(purpose('macie jakies liczby do newslettera?')).toEqual(['do', 'newslettera']);
    expect(purpose('цитата на открытие встречи про удержание клиентов')).toEqual([
      'встречи',
      'на',
      'открытие',
    ]);
    expect(purpose("a stat on churn for the team's channel")).toContain('channel');
  });

  it('is not a word that only starts like one, nor a support channel asked about', () => {
    expect(purpose('to serio az tak wplywa na postrzeganie marki?')).toEqual([]);
    expect(purpose('what to post in our social media channel')).toEqual([]);
  });
});

describe('chit-chat a channel asks for', () => {
  it("is a holiday's or a week's date", () => {
    expect(asksChitChat(foldText('when is customer service week this year? want a post ready'))).toBe(true);
    expect(asksChitChat(foldText('kiedy jest międzynarodowy tydzień obsługi klienta?'))).toBe(true);
    expect(asksChitChat(foldText('когда международная неделя клиентского сервиса?'))).toBe(true);
  });

  it('is a joke asked with "киньте", as typed or read from Latin letters', () => {
    expect(asksChitChat(foldText('киньте анекдот про колл-центр'))).toBe(true);
    expect(asksChitChat(foldText('кинте анекдот про колл-центр'))).toBe(true);
  });

  it('is not the time asked of a step or of a wait', () => {
    expect(asksChitChat(foldText('when is the best time to follow up?'))).toBe(false);
    expect(asksChitChat(foldText('когда клиент ждет больше одного дня'))).toBe(false);
  });
});

describe('what a channel post asks', () => {
  it('reads the subject of a quote asked beside its author', () => {
    const subject = (question: string) => [...topicAskedWords(foldText(question))];
    expect(subject('daj cytat Jeffa Bezosa o pracownikach albo kulturze firmy')).toEqual(['pracownikach']);
    expect(subject('Jeff Bezos quote about employees')).toEqual(['employees']);
    expect(subject('a Bezos quote for Monday')).toEqual([]);
  });

  it('drops the answer options a quiz asks for, so no figure is asked', () => {
    expect(withoutQuizWrapping('po czym mierzymy jakość? chcę 3 odpowiedzi do wyboru')).not.toContain('3');
    expect(withoutQuizWrapping('how do we measure quality, with 3 options')).not.toContain('3');
    expect(withoutQuizWrapping('как измерять качество, три варианта ответа')).not.toContain('три');
  });

  it('asks a definition with "что имеют в виду под"', () => {
    expect(kindsAskedFor("что обычно имеют в виду под 'плохим сервисом'?").has('definition')).toBe(true);
  });
});

const quote: Entry = withTexts(
  { ...minimalEntry('quote-castell-friends'), kind: 'quote' },
  {
    pl: '„Niezadowolony klient w sieci opowie o tym tysiącom znajomych.” – Mira Castell.',
    en: '“An unhappy customer online tells thousands of friends.” – Mira Castell.',
    ru: '«Недовольный клиент в сети расскажет об этом тысячам друзей». — Мира Кастелл.',
  },
  {
    pl: ['cytat o niezadowolonych klientach'],
    en: ['quote on unhappy customers'],
    ru: ['цитата о недовольных'],
  },
);
const outage: Entry = withTexts(
  { ...minimalEntry('case-skyjet-2015-outage'), kind: 'case' },
  {
    pl: 'W 2015 roku awaria systemów Skyjet odwołała setki lotów, a agenci nie widzieli rezerwacji.',
    en: 'In 2015 a Skyjet systems outage cancelled hundreds of flights, and agents could not see bookings.',
    ru: 'В 2015 году сбой систем Skyjet отменил сотни рейсов, а агенты не видели бронирований.',
  },
  { pl: ['awaria Skyjet'], en: ['Skyjet outage'], ru: ['сбой Skyjet'] },
);

describe('content asked of fixture entries', () => {
  const engine = engineOver([quote, outage, minimalEntry()]);

  it("answers the author's quote, asked bare or on its own subject", () => {
    expectAnsweredFirst(engine, [
      ['Mira Castell quote for the newsletter', 'quote-castell-friends'],
      ['Castell quote about unhappy customers', 'quote-castell-friends'],
      ['the Skyjet outage story for the newsletter', 'case-skyjet-2015-outage'],
    ]);
  });

  it("declines the author's quote on a subject it does not touch, and this year's episode", () => {
    for (const question of [
      'Mira Castell quote about employees',
      'cytat Miry Castell o pracownikach albo kulturze firmy',
      "this year's Skyjet outage, any numbers?",
      'a co z awarią Skyjet z tego roku?',
    ])
      expect(engine.answer({ question }).answered, question).toBe(false);
  });
});
