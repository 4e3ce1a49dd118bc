// namesResearcher answers as NAMED_RESEARCHER's test does, on every shipped entry's texts and on seeded random texts.
import { describe, expect, it } from 'vitest';
import { NAMED_RESEARCHER, namesResearcher } from '../../src/answer/stated-study.js';
import { LANGS } from '../../src/kb/schema.js';
import { seededRandom } from '../helpers/random.js';
import { loadShippedKb } from '../fixtures/engines.js';

describe('namesResearcher', () => {
  it('finds a study named by who ran it, before or after the name', () => {
    // A capital opening a sentence tells no name.
    expect(namesResearcher('Gartner found that 89 % of firms compete on service.')).toBe(false);
    expect(namesResearcher('In 2019 Gartner found that 89 % of firms compete on service.')).toBe(true);
    expect(namesResearcher('American Express ran a survey of 1,000 consumers.')).toBe(true);
    expect(namesResearcher('Według Gartnera firmy konkurują obsługą.')).toBe(true);
    expect(namesResearcher('По данным Gartner, компании конкурируют сервисом.')).toBe(true);
    expect(namesResearcher('89 % of firms compete on service.')).toBe(false);
  });

  it("answers as the pattern's test on every shipped entry's texts", async () => {
    const shipped = await loadShippedKb();
    const texts = shipped.entries.flatMap((entry) => LANGS.map((lang) => entry.text[lang] ?? ''));
    expect(texts.filter((text) => namesResearcher(text) !== NAMED_RESEARCHER.test(text))).toEqual([]);
    expect(texts.filter((text) => namesResearcher(text)).length).toBeGreaterThan(10);
  });

  it("answers as the pattern's test on seeded random texts of its words", () => {
    const random = seededRandom(17);
    const pieces = [
      'Gartner',
      'Anna Nowak',
      "'s",
      ' ',
      '. ',
      '“',
      ' data',
      ' found',
      ' ran a poll',
      ' conducted the survey',
      ' przeprowadził ankietę',
      ' провела опрос',
      ' (2019)',
      'According to ',
      'Według ',
      'По данным ',
      'x',
      '😀',
    ];
    const mismatches: string[] = [];
    for (let i = 0; i < 20000; i++) {
      let text = '';
      for (let k = Math.floor(random() * 10); k >= 0; k--)
        text += pieces[Math.floor(random() * pieces.length)];
      if (namesResearcher(text) !== NAMED_RESEARCHER.test(text)) mismatches.push(text);
    }
    expect(mismatches).toEqual([]);
  });
});
