// Ukrainian words in a Russian question ("Що требуют клієнти?") are read as their Russian equivalents: the question
// stays Russian, its stop words drop out, and it meets the Russian text of the entries.
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { detectLanguage } from '../../src/answer/detect-language.js';
import { russianFromUkrainian } from '../../src/answer/ukrainian-words.js';
import type { Entry } from '../../src/kb/schema.js';
import { minimalEntry, minimalStatistic } from '../fixtures/kb-fixtures.js';
import { engineOver } from '../fixtures/engines.js';

const silentComplainers: Entry = {
  ...minimalStatistic('stat-one-in-26-complain'),
  figure: '1 in 26',
  text: {
    pl: 'Tylko jeden na 26 niezadowolonych klientów składa skargę otwarcie, reszta po prostu odchodzi.',
    en: 'Only one in 26 unhappy customers complains openly; the rest simply leave.',
    ru: 'Лишь один из 26 недовольных клиентов открыто жалуется, остальные просто уходят.',
  },
  phrasings: {
    pl: ['ilu niezadowolonych klientów się skarży'],
    en: ['how many unhappy customers complain'],
    ru: ['сколько недовольных клиентов жалуется'],
  },
};
const sickDays: Entry = {
  ...minimalStatistic('stat-burnout-sick-days'),
  figure: '63%',
  text: {
    pl: 'Wypaleni pracownicy o 63% częściej biorą dzień zwolnienia lekarskiego.',
    en: 'Burnt-out employees are 63% more likely to take a sick day.',
    ru: 'Выгоревшие сотрудники на 63% чаще берут больничный.',
  },
  phrasings: {
    pl: ['wypalenie pracowników zwolnienia lekarskie'],
    en: ['burnout sick days'],
    ru: ['выгорание сотрудников больничные'],
  },
};
const engine = engineOver([silentComplainers, sickDays, minimalEntry()]);

describe('Ukrainian words in a Russian question', () => {
  it('are read as their Russian equivalents, Russian words and other scripts left as typed', () => {
    expect(russianFromUkrainian('Що требуют клієнти від поддержки?')).toBe(
      'что требуют клиенты от поддержки?',
    );
    expect(russianFromUkrainian('Скільки відсотків недовольных клиентов')).toBe(
      'сколько процентов недовольных клиентов',
    );
    expect(russianFromUkrainian('на скільки вони частіше берут больничный?')).toBe(
      'на сколько они чаще берут больничный?',
    );
    expect(russianFromUkrainian('Як часто Zappos отвечает?')).toBe('как часто Zappos отвечает?');
    expect(russianFromUkrainian('ile klientów się skarży?')).toBe('ile klientów się skarży?');
  });

  it('left out of the table, are spelt the Russian way where the languages differ by rule', () => {
    expect(russianFromUkrainian('лояльність')).toBe('лояльность');
    expect(russianFromUkrainian('менеджерів')).toBe('менеджеров');
  });

  it('keep the question Russian', () => {
    expect(detectLanguage('Правда, що только один из 26 клієнтів открыто жалуется?')).toBe('ru');
    expect(detectLanguage('Скільки клієнтів скаржаться відкрито?')).toBe('ru');
    expect(engine.answer({ question: 'Що кажуть клієнти?' }).lang).toBe('ru');
  });

  it('are read by the detectors of what was asked', () => {
    expect(askedValues(russianFromUkrainian('скільки клієнтів скаржаться?'))).toContain('count');
  });

  it('meet the Russian text of the entry that answers', () => {
    for (const [question, id] of [
      ['Скільки незадоволених клієнтів скаржаться відкрито?', 'stat-one-in-26-complain'],
      ['Правда, що тільки один з 26 клієнтів відкрито скаржиться?', 'stat-one-in-26-complain'],
      ['Вигорання співробітників: на скільки вони частіше берут больничный?', 'stat-burnout-sick-days'],
    ] as const) {
      const result = engine.answer({ question });
      expect(result.answered, question).toBe(true);
      expect(result.answers[0]?.entry.id, question).toBe(id);
    }
  });
});
