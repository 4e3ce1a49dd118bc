// Names across scripts: a Latin name inside a Cyrillic question stays Latin, a name written in Cyrillic meets the Latin
// name an entry uses, a network generation (2.5G, "2,5 G") is a name, and "who hosts X" asks for a person.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/answer/analyze.js';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import { rankCandidates } from '../../src/answer/candidates.js';
import { focusPhraseWords } from '../../src/answer/focus.js';
import { cyrillicSoundKey, soundKey, withLatinNames } from '../../src/answer/name-readings.js';
import { namesOf } from '../../src/answer/names.js';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';
import { loadFixtureKb } from '../fixtures/engines.js';

const zappos: Entry = {
  ...minimalEntry('stat-zappos-call'),
  kind: 'statistic',
  figure: '10 h',
  text: {
    pl: 'Rekordowa rozmowa w Zappos trwała 10 godzin.',
    en: 'The record call at Zappos lasted 10 hours.',
    ru: 'Рекордный звонок в Zappos длился 10 часов.',
  },
  phrasings: { pl: ['rekord rozmowy'], en: ['longest call'], ru: ['самый долгий звонок'] },
};
const generation: Entry = {
  ...minimalEntry('def-2-5g'),
  kind: 'definition',
  term: { pl: '2,5G', en: '2.5G', ru: '2,5G' },
  text: {
    pl: '2,5G to sieci komórkowe z pakietową transmisją danych, np. GPRS.',
    en: '2.5G means mobile networks with packet data, such as GPRS.',
    ru: '2,5G — это сотовые сети с пакетной передачей данных, например GPRS.',
  },
  phrasings: { pl: ['co to jest 2,5G'], en: ['what is 2.5G'], ru: ['что такое 2,5G'] },
};
const podcast: Entry = {
  ...minimalEntry('tip-podcast-staffing'),
  text: {
    pl: 'W podcaście K2 o sharing economy radzą dzielić dyżury telefoniczne.',
    en: 'The K2 podcast on the sharing economy advises sharing phone shifts.',
    ru: 'В подкасте K2 о sharing economy советуют делить телефонные смены.',
  },
  phrasings: { pl: ['podcast K2'], en: ['K2 podcast'], ru: ['подкаст K2'] },
};

let engine: AnswerEngine;
beforeAll(async () => {
  const kb = await loadFixtureKb();
  engine = new AnswerEngine(new KnowledgeBase(kb.topics, [...kb.entries, zappos, generation, podcast]));
});
const ask = (question: string) => engine.answer({ question });
const wordsOf = (question: string) => analyzeQuestion(question).map((w) => w.word);

describe('a Latin word in a question', () => {
  it('stays Latin inside a Cyrillic question', () => {
    expect(wordsOf('Кто такой Ryan Block и чем закончился его суд с Comcast?')).toEqual(
      expect.arrayContaining(['ryan', 'block', 'comcast']),
    );
  });

  it('stays Latin in a question with Polish letters, whatever Russian it seems to hold', () => {
    expect(wordsOf('cytat Boba Hooeya, dokładne brzmienie do wiki?')).toEqual(
      expect.arrayContaining(['boba', 'hooeya', 'brzmienie']),
    );
  });

  it('is still read in Cyrillic in a question typed wholly in Latin letters', () => {
    expect(wordsOf('skolko klientov zhaluyutsya')).toContain('жалуются');
  });
});

describe('a name written in Cyrillic', () => {
  it('sounds like the Latin name it stands for', () => {
    const pairs: [string, string][] = [
      ['заппос', 'zappos'],
      ['комкаст', 'comcast'],
      ['гартнер', 'gartner'],
      ['дельта', 'delta'],
      ['раиан', 'ryan'],
      ['гугл', 'google'],
    ];
    for (const [cyrillic, latin] of pairs) expect(cyrillicSoundKey(cyrillic), cyrillic).toBe(soundKey(latin));
  });

  it('meets the Latin name an entry uses', () => {
    for (const q of ['заппос рекорд звонка', 'Сколько длился рекордный звонок в Заппос?']) {
      const result = ask(q);
      expect(result.answered, q).toBe(true);
      expect(result.answers[0]?.entry.id, q).toBe('stat-zappos-call');
    }
  });

  it('is not read into a word the entries use', () => {
    const words = analyzeQuestion('рекорд звонка');
    const bySound = new Map([[cyrillicSoundKey('рекорд'), 'record']]);
    expect(
      withLatinNames(
        words,
        bySound,
        (w) => w,
        () => true,
      ),
    ).toBe(words);
    expect(
      withLatinNames(
        words,
        bySound,
        (w) => w,
        () => false,
      )[0]?.stems,
    ).toContain('record');
  });
});

describe('a network generation', () => {
  it('is a name, also where it opens the text that defines it', () => {
    expect(namesOf(new KnowledgeBase([], [generation])).has('2.5g')).toBe(true);
  });

  it('is read as one word when typed apart', () => {
    expect(wordsOf('what is 2.5 G')).toContain('2.5g');
    expect(wordsOf('co to jest 2,5 G')).toContain('2.5g');
    for (const q of ['what is 2.5 G', 'co to jest 2,5 G', 'что такое 2,5G'])
      expect(ask(q).answers[0]?.entry.id, q).toBe('def-2-5g');
  });
});

describe('a name beside words the entry lacks', () => {
  const nameOnly = (question: string, id: string) =>
    rankCandidates(engine, question).find((c) => c.hit.entry.id === id)?.evidence.nameOnly;

  it('is no name alone when it is the term the entry defines', () => {
    expect(nameOnly('Kindly explain 2.5G networks, which technologies come under it?', 'def-2-5g')).toBe(0);
    const story =
      'whats 2.5G? some1 in the telco queue asked me and i totally blanked lol. is it like half of 3G or what';
    expect(nameOnly(story, 'def-2-5g')).toBe(0);
    expect(nameOnly('Bob Hooey book title and publisher', 'quote-take-care')).toBe(1);
  });

  it('while asking what the entry does not say of it is still declined', () => {
    expect(ask('who invented 2.5G and in what year').certainty).toBe('declined');
  });
});

describe('"who hosts" a thing', () => {
  it('asks for a person in three languages', () => {
    expect([...focusPhraseWords('kto prowadzi K2 Podcast?')]).toEqual(['prowadzi']);
    expect([...focusPhraseWords('who hosts the K2 podcast?')]).toEqual(['hosts']);
    expect([...focusPhraseWords('кто ведёт подкаст K2?')]).toEqual(['ведет']);
    expect(focusPhraseWords('jak prowadzić rozmowę z klientem').size).toBe(0);
  });

  it('is declined when the entry names no host, while the plain question is answered', () => {
    for (const q of [
      'kto prowadzi K2 Podcast o sharing economy i kiedy wychodzą nowe odcinki',
      'who hosts the K2 podcast?',
      'кто ведёт подкаст K2?',
    ])
      expect(ask(q).certainty, q).toBe('declined');
    expect(ask('K2 podcast sharing economy').answers[0]?.entry.id).toBe('tip-podcast-staffing');
  });
});
