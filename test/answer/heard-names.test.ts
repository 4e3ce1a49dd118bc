// Names, terms and acronyms spelt as heard (voice messages through speech-to-text, round 29): a Polish ear's spelling
// of an English name ("junajted erlajns"), a loanword in Cyrillic ("мистери шоппер"), a one-word name heard as two
// words, and an acronym spelt as its letters' names ("en pe es", "эн пи эс") meet the entry that uses them.
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import { rankCandidates } from '../../src/answer/candidates.js';
import { heardLatinKey, soundKey } from '../../src/answer/name-readings.js';
import { withSpeltAcronyms } from '../../src/answer/spelt-letters.js';
import { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry } from '../fixtures/kb-fixtures.js';
import { loadFixtureKb } from '../fixtures/engines.js';

const united: Entry = {
  ...minimalEntry('case-united-passenger'),
  kind: 'case',
  text: {
    pl: 'W 2017 roku United Airlines siłą usunęły pasażera z samolotu i straciły na wartości rynkowej.',
    en: 'In 2017 United Airlines dragged a passenger off a plane and lost market value.',
    ru: 'В 2017 году United Airlines силой сняли пассажира с самолёта и потеряли в рыночной стоимости.',
  },
  phrasings: { pl: ['afera z pasażerem'], en: ['passenger removal'], ru: ['история с пассажиром'] },
};
const shopper: Entry = {
  ...minimalEntry('def-mystery-shopper'),
  kind: 'definition',
  term: {
    pl: 'tajemniczy klient (mystery shopper)',
    en: 'mystery shopper',
    ru: 'тайный покупатель (mystery shopper)',
  },
  text: {
    pl: 'Tajemniczy klient (mystery shopper) to osoba udająca klienta, by ocenić obsługę.',
    en: 'A mystery shopper is a person posing as a customer to rate the service.',
    ru: 'Тайный покупатель (mystery shopper) — человек, который под видом клиента оценивает обслуживание.',
  },
  phrasings: {
    pl: ['kim jest tajemniczy klient'],
    en: ['what is a mystery shopper'],
    ru: ['кто такой тайный покупатель'],
  },
};
const nps: Entry = {
  ...minimalEntry('tip-nps-purpose'),
  text: {
    pl: 'Mierz NPS tylko wtedy, gdy wiesz, co zrobisz z wynikiem.',
    en: 'Measure NPS only when you know what you will do with the score.',
    ru: 'Измеряйте NPS, только если знаете, что сделаете с результатом.',
  },
  phrasings: { pl: ['po co mierzyć NPS'], en: ['why measure NPS'], ru: ['зачем измерять NPS'] },
};

let engine: AnswerEngine;
beforeAll(async () => {
  const kb = await loadFixtureKb();
  engine = new AnswerEngine(new KnowledgeBase(kb.topics, [...kb.entries, united, shopper, nps]));
});
const topAnswer = (question: string) => engine.answer({ question }).answers[0]?.entry.id;
const topCandidate = (question: string) => rankCandidates(engine, question)[0]?.hit.entry.id;

describe('a name spelt as heard', () => {
  it('keys a Polish ear spelling as the English name sounds', () => {
    expect(heardLatinKey('junajted')).toBe(soundKey('united'));
    expect(heardLatinKey('erlajns')).toBe(soundKey('airlines'));
  });

  it('meets the entry naming it, in Latin or Cyrillic letters', () => {
    expect(topCandidate('co zrobiła junajted erlajns z tym pasażerem w samolocie')).toBe(
      'case-united-passenger',
    );
    expect(topAnswer('кто такой мистери шоппер')).toBe('def-mystery-shopper');
    expect(topCandidate('czym się zajmuje mistery szoper')).toBe('def-mystery-shopper');
  });
});

describe('an acronym spelt as its letters', () => {
  it('is read as a name the entries use, in any of the languages', () => {
    const names = new Set(['nps']);
    expect(withSpeltAcronyms('why bother with en pee es', names)).toBe('why bother with NPS');
    expect(withSpeltAcronyms('зачем нам эн пи эс', names)).toBe('зачем нам NPS');
    expect(withSpeltAcronyms('po co nam en-pe-es', names)).toBe('po co nam NPS');
  });

  it('leaves letter-like words alone when they spell no name', () => {
    const names = new Set(['nps']);
    for (const text of ['see you are right', 'a i tak nie wiem', 'ты видишь эс эм'])
      expect(withSpeltAcronyms(text, names)).toBe(text);
  });

  it('finds the entry about it', () => {
    expect(topAnswer('po co w ogóle mierzyć en pe es')).toBe('tip-nps-purpose');
    expect(topAnswer('зачем вообще измерять эн пи эс')).toBe('tip-nps-purpose');
  });
});
