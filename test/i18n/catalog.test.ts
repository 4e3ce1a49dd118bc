// The message catalog: plural forms from Intl.PluralRules in each language, and three catalogs of one shape.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/i18n/catalog.js';
import { pluralEn, pluralPl, pluralRu } from '../../src/i18n/plural.js';
import { richMarkdown } from '../../src/discord/to-discord-message.js';
import type { KbIssue, KbProblem } from '../../src/kb/problems.js';
import { LANGS, type Lang } from '../../src/kb/schema.js';
import { kbIssueText, kbProblemLine, kbProblemRich } from '../../src/render/kb-problem-text.js';
import { richToText } from '../../src/render/to-text.js';

describe('plural forms', () => {
  it('Polish has three: 1 wpis, 2-4 wpisy, 5-21 wpisów, 22-24 wpisy, and 12-14 take the many form', () => {
    const form = (n: number) => `${n} ${pluralPl(n, 'wpis', 'wpisy', 'wpisów')}`;
    expect([1, 2, 4, 5, 12, 13, 21, 22, 24, 25, 112].map(form)).toEqual([
      '1 wpis',
      '2 wpisy',
      '4 wpisy',
      '5 wpisów',
      '12 wpisów',
      '13 wpisów',
      '21 wpisów',
      '22 wpisy',
      '24 wpisy',
      '25 wpisów',
      '112 wpisów',
    ]);
  });

  it('Russian has three: 1 and 21 запись, 2-4 and 22 записи, 5-20 and 11-14 записей', () => {
    const form = (n: number) => `${n} ${pluralRu(n, 'запись', 'записи', 'записей')}`;
    expect([1, 2, 5, 11, 12, 21, 22, 25, 101, 111].map(form)).toEqual([
      '1 запись',
      '2 записи',
      '5 записей',
      '11 записей',
      '12 записей',
      '21 запись',
      '22 записи',
      '25 записей',
      '101 запись',
      '111 записей',
    ]);
  });

  it('English has two: 1 entry, 0 and 2 entries', () => {
    expect([0, 1, 2].map((n) => `${n} ${pluralEn(n, 'entry', 'entries')}`)).toEqual([
      '0 entries',
      '1 entry',
      '2 entries',
    ]);
  });

  it('reaches the replies: /kb reload counts read right in every language', () => {
    expect(LANGS.map((lang) => catalog(lang).admin.kbReport.counts(2, 5))).toEqual([
      '2 wpisy, 5 tematów.',
      '2 entries, 5 topics.',
      '2 записи, 5 тем.',
    ]);
  });
});

describe('validation messages', () => {
  const tooLong = (lang: Lang, max: number) =>
    kbIssueText({ code: 'too_long', max }, lang).match(/\d+ \S+$/)?.[0];

  it('count characters with three plural forms in Polish and Russian, two in English', () => {
    expect([1, 2, 5, 22, 700].map((max) => tooLong('pl', max))).toEqual([
      '1 znak',
      '2 znaki',
      '5 znaków',
      '22 znaki',
      '700 znaków',
    ]);
    expect([1, 2, 5, 21, 700].map((max) => tooLong('ru', max))).toEqual([
      '1 символ',
      '2 символа',
      '5 символов',
      '21 символ',
      '700 символов',
    ]);
    expect([1, 700].map((max) => tooLong('en', max))).toEqual(['1 character', '700 characters']);
  });

  it('have a message for every issue code in every language, each naming what it was given', () => {
    const issues: KbIssue[] = [
      { code: 'unknown_field', key: 'colour' },
      { code: 'unknown_topic', topic: 'no-such-topic' },
      { code: 'duplicate_id', first: 'first.json' },
      { code: 'invalid_json', line: 3, column: 16, error: 'CommaExpected' },
      { code: 'not_utf8', byte: '0xb3', offset: 14 },
    ];
    for (const lang of LANGS)
      for (const issue of issues) {
        const given = Object.values(issue).slice(1).map(String);
        expect(kbIssueText(issue, lang)).toEqual(expect.stringContaining(given[0]!));
      }
  });

  it('word a problem with its place in the reader’s language, ids and fields as code in Discord only', () => {
    const problem: KbProblem = { file: 'team.json', entryId: 'tip-x', field: 'text.ru', code: 'missing' };
    expect(LANGS.map((lang) => kbProblemLine(problem, lang))).toEqual([
      `team.json, ${richToText(catalog('pl').validation.where.entry('tip-x'))}, ${richToText(catalog('pl').validation.where.field('text.ru'))}: ${catalog('pl').validation.issue.missing({ code: 'missing' })}`,
      'team.json, entry tip-x, field text.ru: is missing',
      `team.json, ${richToText(catalog('ru').validation.where.entry('tip-x'))}, ${richToText(catalog('ru').validation.where.field('text.ru'))}: ${catalog('ru').validation.issue.missing({ code: 'missing' })}`,
    ]);
    expect(richMarkdown(kbProblemRich({ ...problem, file: 'my_team.json' }, 'en'))).toBe(
      '`my_team.json`, entry `tip-x`, field `text.ru`: is missing',
    );
  });
});

describe('the three catalogs', () => {
  /** Every key path of a catalog, with the type of its value (a text, a function of N parameters, a list). */
  function shape(value: unknown, at = ''): string[] {
    if (typeof value === 'function') return [`${at}: function/${value.length}`];
    if (typeof value !== 'object' || value === null) return [`${at}: ${typeof value}`];
    if (Array.isArray(value)) return [`${at}: list`];
    return Object.entries(value).flatMap(([key, v]) => shape(v, `${at}.${key}`));
  }

  it('have the same keys, and the same parameters for every message, in pl, en and ru', () => {
    const [pl, en, ru] = LANGS.map((lang) => {
      const { replies, admin, commands, refusals, validation, cli } = catalog(lang);
      return shape({ replies, admin, commands, refusals, validation, cli });
    });
    expect(pl).toEqual(en);
    expect(ru).toEqual(en);
  });

  it('give every slash command a description of at most 100 characters, as Discord requires', () => {
    const tooLong = LANGS.flatMap((lang) =>
      JSON.stringify(catalog(lang).commands)
        .match(/"description":"(?:[^"\\]|\\.)*"/g)!
        .map((d) => JSON.parse(`{${d}}`).description as string)
        .filter((d) => d.length > 100),
    );
    expect(tooLong).toEqual([]);
  });
});
