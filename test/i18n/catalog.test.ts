// The message catalog: plural forms from Intl.PluralRules in each language, and three catalogs of one shape.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/i18n/catalog.js';
import { pluralEn, pluralPl, pluralRu } from '../../src/i18n/plural.js';
import { LANGS } from '../../src/kb/schema.js';

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
      const { replies, admin, commands } = catalog(lang);
      return shape({ replies, admin, commands });
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
