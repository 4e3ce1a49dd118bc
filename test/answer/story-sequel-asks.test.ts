// Details of a story or a study that an entry does not state, asked in wordings the pool never used: what a company
// did after the story (responded, apologised, compensated, rewarded), what a person behind a quote does or is known
// for, who ran a study, what the caller wanted; Russian typed in Latin letters read by the Russian phrasings. The
// entries keep answering what they do state.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { besideAsks } from '../../src/answer/beside-asks.js';
import { detailsAsked } from '../../src/answer/detail-asks.js';
import { isFocusWord } from '../../src/answer/focus.js';
import { tokenize } from '../../src/answer/normalize.js';
import { StatedDetails } from '../../src/answer/stated-details.js';
import { statesValue } from '../../src/answer/stated-values.js';
import { cyrillicQuestion, textOfAsks } from '../../src/answer/translit-question.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, REPO_ROOT } from '../fixtures/kb-fixtures.js';
import { shoeboxLongCall, switchSurvey } from '../fixtures/story-entries.js';
import { engineOver } from '../fixtures/engines.js';

const apology: Entry = {
  ...minimalEntry('case-cablenet-apology'),
  kind: 'case',
  text: {
    pl: 'Konsultant Cablenet nie pozwolił Ryanowi Hartowi zrezygnować z abonamentu; po publikacji nagrania Cablenet przeprosił go publicznie.',
    en: 'A Cablenet agent would not let Ryan Hart cancel his plan; after the recording spread, Cablenet apologised to him publicly.',
    ru: 'Оператор Cablenet не давал Райану Харту отказаться от тарифа; после публикации записи Cablenet публично извинился перед ним.',
  },
  phrasings: {
    pl: ['Ryan Hart i Cablenet'],
    en: ['Ryan Hart Cablenet cancellation'],
    ru: ['Райан Харт и Cablenet'],
  },
};
const quote: Entry = {
  ...minimalEntry('quote-tom-reed-patience'),
  kind: 'quote',
  text: {
    pl: '„Cierpliwość do klienta zwraca się z nawiązką.” – Tom Reed.',
    en: '“Patience with a customer pays for itself many times over.” – Tom Reed.',
    ru: '«Терпение к клиенту окупается многократно». – Том Рид.',
  },
  phrasings: {
    pl: ['cytat Toma Reeda o cierpliwości'],
    en: ['Tom Reed quote on patience'],
    ru: ['цитата Тома Рида о терпении'],
  },
  source: { title: 'Test article', attribution: 'Tom Reed' },
};
const reward: Entry = {
  ...minimalEntry('tip-reward-good-work'),
  text: {
    pl: 'Nagradzaj dobrą pracę zespołu, a złe zachowania omawiaj od razu.',
    en: 'Reward the team for good work and address bad behaviour at once.',
    ru: 'Поощряйте хорошую работу команды и сразу разбирайте плохое поведение.',
  },
  phrasings: {
    pl: ['jak motywować zespół nagrodami'],
    en: ['should good work be rewarded'],
    ru: ['как поощрять команду'],
  },
};
const engine = engineOver([shoeboxLongCall, apology, quote, switchSurvey, reward, minimalEntry()]);
const ask = (question: string) => engine.answer({ question });

describe('a question typed in Russian Latin letters', () => {
  it('is read in Cyrillic for the readers of its asks, function words spelt in full', () => {
    expect(cyrillicQuestion('kto provodil opros pro 58% klientov?')).toBe(
      'кто проводил опрос про 58% клиентов?',
    );
    expect(cyrillicQuestion('skolko minut dlilsya zvonok?')).toBe('сколько минут длился звонок?');
    expect(textOfAsks('kak shoebox otreagiroval?')).toMatch(
      /^kak shoebox otreagiroval\?\. как \S+ отреагировал\?$/u,
    );
  });

  it('leaves Polish, English and Cyrillic questions as they are', () => {
    for (const q of ['ile klientow narzeka', 'how many customers complain', 'сколько клиентов жалуется'])
      expect(textOfAsks(q), q).toBe(q);
  });

  it('asks what the same question in Cyrillic asks', () => {
    expect(askedValues(textOfAsks('kto provodil opros pro 58% klientov?'))).toContain('researcher');
    expect(detailsAsked(textOfAsks('kak shoebox kompensiroval klientke ozhidanie?'))?.aftermath).toBe(true);
  });
});

describe('what a company or a person did after the story', () => {
  it('is read in three languages', () => {
    for (const q of [
      'how did Cablenet respond to the viral recording?',
      'what did Shoebox do to thank the agent after the call?',
      'did the Shoebox agent get some kind of bonus for it?',
      'was the agent fired in the end?',
      'Jak Cablenet zareagował na nagranie?',
      'czy Shoebox jakoś nagrodził konsultanta?',
      'co zrobiła firma po tej aferze?',
      'Как Shoebox наградил оператора после звонка?',
      'Извинился ли Cablenet перед клиентом?',
      // what the company spent afterwards (round 38)
      'how much money did Skyjet end up investing in new IT systems?',
      'ile Skyjet potem zainwestował w nowe systemy?',
      'сколько Skyjet потом вложил в новые системы?',
    ])
      expect(detailsAsked(q)?.aftermath, q).toBe(true);
  });

  it('is not read in advice, in how customers reacted, or in what the story itself tells', () => {
    for (const q of [
      'should good work be rewarded?',
      'how did customers react to the video?',
      'jak zareagowali klienci na zmianę?',
      'what did the Shoebox agent do for the customer on that call?',
      'how did the outage end up costing so much?',
      'как клиенты отреагировали на сбой?',
      'how much should a company invest in service?',
      'how much did Skyjet lose in the outage?',
      // how a story ended is its outcome, which the case itself tells (round 47: "Chem zakonchilos'?" of the outage)
      'how did the story end?',
      'czym się skończyła ta historia?',
      'чем закончилась эта история?',
    ])
      expect(detailsAsked(q)?.aftermath ?? false, q).toBe(false);
  });

  it('is told only by a story whose text tells a response', () => {
    const asks = detailsAsked('how did Shoebox respond afterwards?');
    expect(asks?.aftermath).toBe(true);
    const lacks = (entry: Entry) => asks !== undefined && new StatedDetails(entry).lacks(asks);
    expect(lacks(shoeboxLongCall)).toBe(true);
    expect(lacks(apology)).toBe(false);
    // a tip about rewarding tells no company's response
    expect(lacks(reward)).toBe(true);
  });

  it('is declined beside a story that does not tell it, and answered by one that does', () => {
    for (const q of [
      'how did Shoebox reward the agent after the 9-hour call?',
      'Czy Shoebox nagrodził konsultanta po rekordowej rozmowie?',
      'Как Shoebox наградил оператора после рекордного звонка?',
    ])
      expect(ask(q).certainty, q).toBe('declined');
    const result = ask('Did Cablenet apologise to Ryan Hart after the recording?');
    expect(result.answered).toBe(true);
    expect(result.answers[0]?.entry.id).toBe(apology.id);
  });
});

describe('what the person behind a quote is or does', () => {
  it('is read without "who" in three languages', () => {
    for (const q of [
      'Tom Reed - what does he do for a living?',
      'Tom Reed, is he an author or a speaker?',
      'what is Tom Reed known for?',
      "What's Tom Reed's background?",
      'Czym się zajmuje Tom Reed?',
      'Kim z zawodu jest Tom Reed?',
      'Z czego znany jest Tom Reed?',
      'Чем известен Том Рид?',
      'Кем работает Том Рид?',
    ])
      expect(detailsAsked(q)?.who, q).toBe(true);
    for (const q of [
      'what sport did Tom Reed coach?',
      'jaki sport trenował Reed?',
      'какой вид спорта у Рида?',
    ])
      expect(detailsAsked(q)?.role, q).toBe(true);
  });

  it('is declined beside the quote, which is still answered', () => {
    for (const q of [
      'Tom Reed - what does he do for a living?',
      'Чем известен Том Рид?',
      'Czym się zajmuje Tom Reed?',
    ])
      expect(ask(q).certainty, q).toBe('declined');
    const result = ask('who said patience with a customer pays for itself?');
    expect(result.answers[0]?.entry.id).toBe(quote.id);
  });
});

describe('who ran a study, and what the caller wanted', () => {
  it('reads who is behind a figure in other words', () => {
    for (const q of [
      "who's behind the stat that 58% would switch?",
      'which company actually ran that survey?',
      'who put out the number that 58% go to a competitor?',
      'who is the author of the 58% stat?',
      'od kogo pochodzą te dane?',
    ])
      expect(askedValues(q), q).toContain('researcher');
  });

  it('reads how many people a study asked by its verb, not by its noun', () => {
    for (const q of [
      'How many people did the Acme study survey?',
      'ilu ludzi ankietował Acme?',
      'na ilu osobach zrobiono to badanie?',
      'скольких людей опросил Acme?',
    ])
      expect(askedValues(q), q).toContain('sample');
    expect(askedValues('how many of the people surveyed said they would switch?')).not.toContain('sample');
  });

  it('reads a cause asked with why and a past verb, and a count of travellers', () => {
    for (const q of [
      'what was the outage caused by?',
      'dlaczego padły systemy w 2016?',
      'почему упала система в 2016?',
    ])
      expect(askedValues(q), q).toContain('cause');
    expect(askedValues('dlaczego warto odpowiadać szybko?')).not.toContain('cause');
    for (const q of [
      'how many travellers were stuck?',
      'ilu podróżnych utknęło?',
      'сколько путешественников застряло?',
    ])
      expect(besideAsks(q)?.counted, q).toBe('passenger');
  });

  it('reads what the caller wanted in other words', () => {
    for (const q of [
      'what was the lady on the line trying to buy?',
      'did the customer end up ordering anything?',
      'O czym w ogóle była ta rozmowa?',
      'co chciała kupić klientka?',
      'что клиентка хотела купить?',
    ])
      expect(detailsAsked(q)?.talk, q).toBe(true);
  });

  it('declines who ran an unattributed survey, and keeps its figure', () => {
    expect(ask("who's behind the stat that 58% of consumers would go to a competitor?").certainty).toBe(
      'declined',
    );
    expect(ask('what share of consumers go to a competitor after bad service?').answers[0]?.entry.id).toBe(
      switchSurvey.id,
    );
  });
});

describe('an airport', () => {
  it('is a place stated only by its name', () => {
    expect(statesValue('overloaded phone lines and airport staff', 'place')).toBe(false);
    expect(statesValue("passengers stranded at O'Hare Airport", 'place')).toBe(true);
    expect(statesValue('pasażer na lotnisku Chopina', 'place')).toBe(true);
  });
});

describe('the probe list of near misses (test/fixtures/probes)', () => {
  it('has every near miss read as asking something an entry must state', () => {
    const file = path.join(REPO_ROOT, 'test', 'fixtures', 'probes', 'story-study-details.json');
    const probes = JSON.parse(readFileSync(file, 'utf8')) as { q: string; decline: boolean }[];
    const unread = probes
      .filter((p) => p.decline)
      .filter((p) => {
        const text = textOfAsks(p.q);
        return (
          askedValues(text).length === 0 &&
          detailsAsked(text) === undefined &&
          besideAsks(text) === undefined &&
          !tokenize(p.q, 200).some((w) => isFocusWord(w))
        );
      })
      .map((p) => p.q);
    expect(unread).toEqual([]);
  });
});
