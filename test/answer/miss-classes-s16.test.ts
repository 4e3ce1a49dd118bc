// Classes of the pooled held-out misses read in session 16, on small fixture entries: a machine word that names a
// payphone or a vending machine rather than the phone menu (other-machine.ts), a figure's meaning asked in another
// setting (figure-meaning.ts), voicing displeasure read as complaining (paraphrase-groups.ts), and a benefit asked
// without an apostrophe (benefit-asks.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asksForBenefit } from '../../src/answer/benefit-asks.js';
import { rankCandidates } from '../../src/answer/candidates.js';
import { figureMeaningWords, figureSettingWords } from '../../src/answer/figure-meaning.js';
import { foldText, tokenize } from '../../src/answer/normalize.js';
import { otherMachineWords } from '../../src/answer/other-machine.js';
import { stemWord } from '../../src/answer/stem.js';
import type { Entry, Lang } from '../../src/kb/schema.js';
import { minimalEntry, REPO_ROOT } from '../fixtures/kb-fixtures.js';
import { oneIn26 } from '../fixtures/story-entries.js';
import { engineOver } from '../fixtures/engines.js';

const phoneMenuTip: Entry = {
  ...minimalEntry('tip-phone-menu'),
  text: {
    pl: 'Nie każ klientom przebijać się przez rozbudowane menu telefoniczne: automat bez wyjścia do konsultanta irytuje.',
    en: 'Do not make callers fight through a long phone menu: an automated line with no way to an agent annoys them.',
    ru: 'Не заставляйте звонящих продираться через длинное голосовое меню: автомат без выхода на оператора раздражает.',
  },
  phrasings: {
    pl: ['klienci nie lubią automatu telefonicznego'],
    en: ['customers hate the automated phone menu'],
    ru: ['клиенты злятся на телефонный автомат'],
  },
};
const engine = engineOver([phoneMenuTip, oneIn26, minimalEntry()]);

function ranked(question: string) {
  return rankCandidates(engine, question)[0];
}

describe('a machine of another sort', () => {
  const machine = (q: string) => [...otherMachineWords(tokenize(q, 200), foldText(q))];

  it('is read beside what it sells or takes, or by its kind, in Polish and Russian', () => {
    expect(machine('automat telefoniczny na monety – gdzie jeszcze stoją?')).toEqual(['automat']);
    expect(machine('automat z kawą na korytarzu nie działa')).toEqual(['automat']);
    expect(machine('ile kosztuje automat do napojów?')).toEqual(['automat']);
    expect(machine('gdzie jest automat biletowy?')).toEqual(['automat']);
    expect(machine('торговый автомат с кофе сломался')).toEqual(['автомат']);
    expect(machine('игровые автоматы запретили?')).toEqual(['автоматы']);
    expect(machine('опять выбило автомат в серверной')).toEqual(['автомат']);
  });

  it('is not read where the word is the phone menu', () => {
    expect(machine('gadał z automatem na infolinii i się rozłączył')).toEqual([]);
    expect(machine('klienci nie cierpią rozmawiać z automatem')).toEqual([]);
    expect(machine('не смог пробиться через автомат к живому оператору')).toEqual([]);
    expect(machine('what share of callers hang up on an automated menu')).toEqual([]);
  });

  it('weighs nothing, so a payphone question is no phone-menu question', () => {
    const payphone = ranked('automat telefoniczny na monety – gdzie jeszcze stoją?');
    const menu = ranked('klienci nie cierpią rozmawiać z automatem telefonicznym');
    expect(menu?.hit.entry.id).toBe(phoneMenuTip.id);
    expect(payphone === undefined || payphone.probability < menu!.probability).toBe(true);
    const [withMachine] = rankCandidates(engine, 'automat telefoniczny').filter(
      (c) => c.hit.entry.id === phoneMenuTip.id,
    );
    const [asPayphone] = rankCandidates(engine, 'automat telefoniczny na monety').filter(
      (c) => c.hit.entry.id === phoneMenuTip.id,
    );
    expect(asPayphone === undefined || asPayphone.probability < withMachine!.probability).toBe(true);
  });
});

describe("a figure's meaning asked in a setting", () => {
  const setting = (q: string) => [...figureSettingWords(tokenize(q, 200), figureMeaningWords(foldText(q)))];

  it('is the words besides the asking words and the figure, in three languages', () => {
    expect(setting('co oznacza liczba 7 w numerologii?')).toEqual(['w', 'numerologii']);
    expect(setting('что означает число 13 в суевериях?')).toEqual(['в', 'суевериях']);
    expect(setting("what does the number 23 mean on Jordan's jersey?")).toEqual([
      'on',
      'jordan',
      's',
      'jersey',
    ]);
  });

  it('is none when the figure is asked alone, nor without a figure asked, and stops at the work named', () => {
    expect(setting('skąd ta liczba 26?')).toEqual([]);
    expect(setting('ile osób się skarży w numerologii?')).toEqual([]);
    expect(setting('Do czego odnosi się mnożnik 6-7 w felietonie o tym, czemu obsługa kuleje?')).toEqual([
      'w',
    ]);
  });

  it('rules out the statistic stating the figure when it matches too little of the setting', () => {
    for (const q of [
      'co oznacza liczba 26 w numerologii?',
      'что означает цифра 26 в нумерологии?',
      'what does the number 26 mean in the Bible?',
    ]) {
      const entry = rankCandidates(engine, q).find((c) => c.hit.entry.id === oneIn26.id);
      expect(entry === undefined || entry.probability < 0.05, q).toBe(true);
    }
  });

  it('keeps the statistic when the setting is its own', () => {
    for (const q of [
      'co oznacza liczba 26 przy skargach klientów?',
      'что означает цифра 26 про жалобы клиентов?',
      'what does the number 26 mean for customer complaints?',
    ])
      expect(ranked(q)?.hit.entry.id, q).toBe(oneIn26.id);
  });
});

describe('voicing displeasure', () => {
  const same = (lang: Lang, a: string, b: string) =>
    stemWord(foldText(a), lang) === stemWord(foldText(b), lang);

  it('is complaining, in Polish and Russian', () => {
    expect(same('pl', 'wyraża', 'skarga')).toBe(true);
    expect(same('pl', 'wyrazić', 'skargi')).toBe(true);
    expect(same('ru', 'выражает', 'жалоба')).toBe(true);
    expect(same('ru', 'высказывают', 'жалобы')).toBe(true);
    expect(same('ru', 'выражает', 'ожидание')).toBe(false);
  });

  it('meets the complaint statistic', () => {
    expect(ranked('правда, что только каждый 26-й клиент вслух выражает недовольство?')?.hit.entry.id).toBe(
      oneIn26.id,
    );
    expect(ranked('tylko jeden na 26 klientów głośno wyraża niezadowolenie?')?.hit.entry.id).toBe(oneIn26.id);
  });
});

describe('a benefit asked without an apostrophe', () => {
  it('is read as with one', () => {
    for (const q of [
      'whats the point of mystery shoppers',
      'what’s the point of mystery shoppers',
      'whats the benefit of a phone menu',
      "what's the use of it",
    ])
      expect(asksForBenefit(foldText(q), new Set()), q).toBe(true);
    expect(asksForBenefit(foldText('whats the price of a phone menu'), new Set())).toBe(false);
  });
});

describe('the check list of these classes (test/fixtures/probes/miss-classes-s16.json)', () => {
  const file = path.join(REPO_ROOT, 'test', 'fixtures', 'probes', 'miss-classes-s16.json');
  const probes = JSON.parse(readFileSync(file, 'utf8')) as { q: string; fact: string; decline: boolean }[];
  const machineWord = /automat|автомат/iu;

  it('has every machine of another sort and every figure asked in another setting read by its reader', () => {
    const unread = probes
      .filter((p) => p.decline)
      .filter((p) => {
        const tokens = tokenize(p.q, 200);
        if (p.fact.startsWith('a machine word') && machineWord.test(p.q))
          return otherMachineWords(tokens, foldText(p.q)).size === 0;
        if (p.fact.startsWith("a figure's meaning"))
          return figureSettingWords(tokens, figureMeaningWords(foldText(p.q))).size === 0;
        return false;
      })
      .map((p) => p.q);
    expect(unread).toEqual([]);
    // and the answerable ones of those classes are not read so
    const misread = probes
      .filter((p) => !p.decline && p.fact.startsWith('a machine word'))
      .filter((p) => otherMachineWords(tokenize(p.q, 200), foldText(p.q)).size > 0)
      .map((p) => p.q);
    expect(misread).toEqual([]);
  });
});
