// The session-16 check list (test/fixtures/probes/source-and-twins-s16.json, written before the readers): each of its
// source-only, formula and list asks is read by the reader of its class, so a change to a reader that loses one shows
// here, without running the engine. The list's answers are scored with `npm run eval -- FILE`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { askedValues } from '../../src/answer/asked-attributes.js';
import { entryListAsk } from '../../src/answer/list-asks.js';
import { foldText, tokenize } from '../../src/answer/normalize.js';
import { ORIGIN_ASK } from '../../src/answer/source-asks.js';
import { textOfAsks } from '../../src/answer/translit-question.js';
import { REPO_ROOT } from '../fixtures/kb-fixtures.js';

interface Probe {
  q: string;
  fact: string;
  decline: boolean;
}
const probes = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'probes', 'source-and-twins-s16.json'), 'utf8'),
) as Probe[];
const ofClass = (start: string) => probes.filter((p) => p.fact.startsWith(start));
const asked = (q: string) => askedValues(textOfAsks(q, tokenize(q, 200)));

describe('the session-16 check list', () => {
  it('has every who-ask read as asking the source or the researcher, or where the figure comes from', () => {
    const sourceAsks = [...ofClass('source-only ask'), ...ofClass('who-ask')].concat(
      probes.filter((p) => p.fact.endsWith('source-only ask')),
    );
    expect(sourceAsks.length).toBeGreaterThan(15);
    const unread = sourceAsks.filter(
      (p) =>
        !asked(p.q).some((value) => value === 'source' || value === 'researcher') &&
        !ORIGIN_ASK.test(foldText(p.q)),
    );
    // A typo of the verb itself is not read: the search alone answers it (unsure).
    expect(unread.map((p) => p.q)).toEqual([
      'who fund that only 10 percent of compnies give excelent service',
    ]);
  });

  it('has every formula ask read as asking a formula', () => {
    const formulas = [...ofClass('formula'), ...ofClass('calculation')];
    expect(formulas.length).toBeGreaterThan(5);
    expect(formulas.filter((p) => !asked(p.q).includes('formula')).map((p) => p.q)).toEqual([]);
  });

  it('has every list ask read as a list of entries', () => {
    const lists = ofClass('list ask');
    expect(lists.length).toBeGreaterThan(5);
    expect(lists.filter((p) => entryListAsk(foldText(p.q)) === undefined).map((p) => p.q)).toEqual([]);
  });
});
