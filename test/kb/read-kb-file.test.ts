import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { decodeKbFile, isKbFileName, parseKbJson } from '../../src/kb/read-kb-file.js';
import { minimalEntry, minimalTopic, writeKbFolder } from '../fixtures/kb-fixtures.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading a knowledge-base file', () => {
  it('accepts a byte-order mark and drops it', () => {
    const decoded = decodeKbFile(bytes(0xef, 0xbb, 0xbf, ...utf8('{"entries": []}')));
    expect(decoded).toEqual({ ok: true, text: '{"entries": []}' });
  });

  it('refuses a Windows-1250 file, naming the first bad byte and its offset', () => {
    // "Skarga Łukasza": Ł is 0xa3 in Windows-1250, not valid UTF-8 on its own.
    const decoded = decodeKbFile(bytes(...utf8('{"a": "Skarga '), 0xa3, ...utf8('ukasza"}')));
    expect(decoded).toEqual({ ok: false, issue: { code: 'not_utf8', byte: '0xa3', offset: 14 } });
  });

  it('counts the offset after real multi-byte letters and a real replacement character', () => {
    const good = utf8('"zażółć \uFFFD ');
    const decoded = decodeKbFile(bytes(...good, 0xff));
    expect(decoded).toEqual({ ok: false, issue: { code: 'not_utf8', byte: '0xff', offset: good.length } });
  });

  it('matches .json in any case and skips hidden temp files', () => {
    expect(
      ['team.JSON', 'a.Json', 'b.json', '.team.json.tmp', '.x.json', 'notes.txt'].filter(isKbFileName),
    ).toEqual(['team.JSON', 'a.Json', 'b.json']);
  });

  it.each([
    ['{\n  "entries": [\n    {"id": "x",}\n  ]\n}', 3, 16, 'PropertyNameExpected'],
    ['{\n  "entries": [ }', 2, 16, 'ValueExpected'],
    ['{"a": 1', 1, 8, 'CloseBraceExpected'],
    ['{"a": "line\nbreak"}', 1, 7, 'UnexpectedEndOfString'],
  ] as const)('gives the line and column of invalid JSON %#', (text, line, column, error) => {
    expect(parseKbJson(text)).toEqual({ ok: false, issue: { code: 'invalid_json', line, column, error } });
  });
});

describe('the loader with such files', () => {
  it('loads a folder whose file has a byte-order mark and an upper-case .JSON name', async () => {
    const dir = await writeKbFolder({ 'topics.json': { topics: [minimalTopic()] } });
    await writeFile(path.join(dir, 'Team.JSON'), `\uFEFF${JSON.stringify({ entries: [minimalEntry()] })}`);
    const result = await loadKnowledgeBase(dir);
    expect(result.ok && result.kb.entries.map((e) => e.id)).toEqual(['tip-listen']);
  });

  it('refuses a file in a legacy encoding with its name, loading nothing', async () => {
    const dir = await writeKbFolder({ 'topics.json': { topics: [minimalTopic()] } });
    const text = JSON.stringify({ entries: [{ ...minimalEntry(), text: { pl: 'Słuchaj' } }] });
    await writeFile(path.join(dir, 'legacy.json'), Buffer.from(text.replace('ł', '\u00b3'), 'latin1'));
    const result = await loadKnowledgeBase(dir);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      { file: 'legacy.json', code: 'not_utf8', byte: '0xb3', offset: expect.any(Number) },
    ]);
  });
});
