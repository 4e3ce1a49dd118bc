// Loading the knowledge base: a valid folder loads; every problem of a broken folder is located and listed at once.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledgeBase, type LoadResult } from '../../src/kb/load.js';
import type { KbProblem } from '../../src/kb/problems.js';
import { kbProblemLine } from '../../src/render/kb-problem-text.js';
import {
  emptyTempFolder,
  minimalEntry,
  minimalStatistic,
  minimalTopic,
  rawEntries,
  removeKbFolders,
  FIXTURE_KB_DIR,
  validKbFiles,
  writeKbFolder,
} from '../fixtures/kb-fixtures.js';

afterEach(removeKbFolders);

function problemsOf(result: LoadResult): KbProblem[] {
  if (result.ok) throw new Error('expected the knowledge base to be invalid, but it loaded');
  return result.problems;
}

async function loadFiles(files: Record<string, unknown>): Promise<KbProblem[]> {
  return problemsOf(await loadKnowledgeBase(await writeKbFolder(files)));
}

describe('the fixture knowledge base (test/fixtures/kb)', () => {
  it('loads without a problem', async () => {
    const result = await loadKnowledgeBase(FIXTURE_KB_DIR);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('holds every entry of every file, each once', async () => {
    const result = await loadKnowledgeBase(FIXTURE_KB_DIR);
    if (!result.ok) throw new Error('the fixture knowledge base did not load');
    const expected = (await rawEntries(FIXTURE_KB_DIR)).map((e) => e.id).sort();
    expect(result.kb.entries.map((e) => e.id).sort()).toEqual(expected);
  });
});

describe('a valid fixture folder', () => {
  it('loads its topics and entries from separate files', async () => {
    const result = await loadKnowledgeBase(await writeKbFolder(validKbFiles()));
    if (!result.ok) throw new Error(result.problems.map((p) => kbProblemLine(p, 'en')).join('\n'));
    expect([result.kb.topics.map((t) => t.id), result.kb.entries.map((e) => e.id)]).toEqual([
      [minimalTopic().id],
      [minimalEntry().id],
    ]);
  });

  it('ignores files that are not .json', async () => {
    const result = await loadKnowledgeBase(
      await writeKbFolder({ ...validKbFiles(), 'README.md': '# not a knowledge-base file {' }),
    );
    expect(result.ok).toBe(true);
  });
});

describe('a problem in one file', () => {
  it('names the file when its JSON is invalid', async () => {
    const problems = await loadFiles({ ...validKbFiles(), 'broken.json': '{ "entries": [ }' });
    expect(problems).toEqual([expect.objectContaining({ file: 'broken.json', code: 'invalid_json' })]);
  });

  it('locates Russian phrasings left behind without a Russian text at phrasings.ru of its entry', async () => {
    const entry = minimalEntry('tip-no-russian');
    const problems = await loadFiles({
      'topics.json': { topics: [minimalTopic()] },
      'entries.json': { entries: [{ ...entry, text: { pl: entry.text.pl, en: entry.text.en } }] },
    });
    expect(problems).toEqual([
      {
        file: 'entries.json',
        entryId: 'tip-no-russian',
        field: 'phrasings.ru',
        code: 'no_text_in_language',
        lang: 'ru',
      },
    ]);
  });

  it('reports an empty text (blank counts as empty) as must not be empty', async () => {
    const entry = minimalEntry('tip-blank');
    const problems = await loadFiles({
      'topics.json': { topics: [minimalTopic()] },
      'entries.json': { entries: [{ ...entry, text: { ...entry.text, en: '   ' } }] },
    });
    expect(problems).toEqual([
      {
        file: 'entries.json',
        entryId: 'tip-blank',
        field: 'text.en',
        code: 'empty',
      },
    ]);
  });

  it('reports a topic that no file defines, naming the topic and where it is used', async () => {
    const problems = await loadFiles({
      'topics.json': { topics: [minimalTopic('complaints')] },
      'entries.json': { entries: [minimalEntry('tip-stray', 'no-such-topic')] },
    });
    expect(problems).toEqual([
      {
        file: 'entries.json',
        entryId: 'tip-stray',
        field: 'topics.0',
        code: 'unknown_topic',
        topic: 'no-such-topic',
      },
    ]);
  });

  it('reports a statistic without its figure at the field figure', async () => {
    const { figure: _figure, ...noFigure } = minimalStatistic('stat-no-figure');
    const problems = await loadFiles({
      'topics.json': { topics: [minimalTopic()] },
      'entries.json': { entries: [noFigure] },
    });
    expect(problems).toEqual([
      {
        file: 'entries.json',
        entryId: 'stat-no-figure',
        field: 'figure',
        code: 'statistic_needs_figure',
      },
    ]);
  });

  it('reports an unknown field of an entry at that field', async () => {
    const problems = await loadFiles({
      'topics.json': { topics: [minimalTopic()] },
      'entries.json': { entries: [{ ...minimalEntry('tip-coloured'), colour: 'red' }] },
    });
    expect(problems).toEqual([
      {
        file: 'entries.json',
        entryId: 'tip-coloured',
        field: 'colour',
        code: 'unknown_field',
        key: 'colour',
      },
    ]);
  });

  it('reports a misspelt nested field at its full path', async () => {
    const entry = minimalEntry('tip-typo');
    const problems = await loadFiles({
      'topics.json': { topics: [minimalTopic()] },
      'entries.json': { entries: [{ ...entry, source: { ...entry.source, publisherr: 'x' } }] },
    });
    expect(problems).toEqual([
      {
        file: 'entries.json',
        entryId: 'tip-typo',
        field: 'source.publisherr',
        code: 'unknown_field',
        key: 'publisherr',
      },
    ]);
  });

  it('reports a figure translated into only some languages at the missing language', async () => {
    const problems = await loadFiles({
      'topics.json': { topics: [minimalTopic()] },
      'entries.json': {
        entries: [{ ...minimalStatistic('stat-half'), figure: { pl: '1 na 10', en: '1 in 10' } }],
      },
    });
    expect(problems).toEqual([
      {
        file: 'entries.json',
        entryId: 'stat-half',
        field: 'figure.ru',
        code: 'needs_for_language',
        what: 'figure',
        lang: 'ru',
      },
    ]);
  });

  it('reports an unknown key of a file beside the problems of its entries', async () => {
    const { ru: _ru, ...noRussian } = minimalEntry('tip-broken').text;
    const problems = await loadFiles({
      'topics.json': { topics: [minimalTopic()] },
      'entries.json': { foo: 1, entries: [{ ...minimalEntry('tip-broken'), text: noRussian }] },
    });
    expect(problems).toEqual([
      { file: 'entries.json', field: 'foo', code: 'unknown_file_key', key: 'foo' },
      {
        file: 'entries.json',
        entryId: 'tip-broken',
        field: 'phrasings.ru',
        code: 'no_text_in_language',
        lang: 'ru',
      },
    ]);
  });

  it('reports a text left untranslated (the same in two languages)', async () => {
    const entry = minimalEntry('tip-untranslated');
    const problems = await loadFiles({
      'topics.json': { topics: [minimalTopic()] },
      'entries.json': { entries: [{ ...entry, text: { ...entry.text, ru: entry.text.en } }] },
    });
    expect(problems).toEqual([
      {
        file: 'entries.json',
        entryId: 'tip-untranslated',
        field: 'text.ru',
        code: 'untranslated',
        sameAs: 'en',
        lang: 'ru',
      },
    ]);
  });

  it('says a missing list field is missing', async () => {
    const { phrasings: _p, ...noPhrasings } = minimalEntry('tip-no-phrasings');
    const problems = await loadFiles({
      'topics.json': { topics: [minimalTopic()] },
      'entries.json': { entries: [noPhrasings] },
    });
    expect(problems).toEqual([
      { file: 'entries.json', entryId: 'tip-no-phrasings', field: 'phrasings', code: 'missing' },
    ]);
  });

  it('gives the line and column of invalid JSON', async () => {
    const dir = await writeKbFolder(validKbFiles());
    await writeFile(path.join(dir, 'broken.json'), '{\n  "entries": [\n    {"id": "x",}\n  ]\n}');
    const problems = problemsOf(await loadKnowledgeBase(dir));
    expect(problems).toEqual([
      { file: 'broken.json', code: 'invalid_json', line: 3, column: 16, error: 'PropertyNameExpected' },
    ]);
  });

  it('still checks the other entries of a file that has one broken entry', async () => {
    const { ru: _ru, ...noRussian } = minimalEntry('tip-broken').text;
    const problems = await loadFiles({
      'topics.json': { topics: [minimalTopic()] },
      'entries.json': {
        entries: [
          { ...minimalEntry('tip-broken'), text: noRussian },
          minimalEntry('tip-stray', 'no-such-topic'),
        ],
      },
    });
    expect(problems.map((p) => `${p.entryId} ${p.field}`).sort()).toEqual([
      'tip-broken phrasings.ru',
      'tip-stray topics.0',
    ]);
  });

  it('reports an unknown top-level key of a file', async () => {
    const problems = await loadFiles({ ...validKbFiles(), 'extra.json': { entires: [] } });
    expect(problems).toEqual([
      { file: 'extra.json', field: 'entires', code: 'unknown_file_key', key: 'entires' },
    ]);
  });

  it('names an entry without an id by its position in the file', async () => {
    const { id: _id, ...noId } = minimalEntry();
    const problems = await loadFiles({
      'topics.json': { topics: [minimalTopic()] },
      'entries.json': { entries: [minimalEntry('tip-first'), noId] },
    });
    expect(problems).toEqual([
      { file: 'entries.json', position: { list: 'entries', index: 2 }, field: 'id', code: 'missing' },
    ]);
  });
});

describe('problems across files', () => {
  it('reports an id used in two files, naming both files', async () => {
    const problems = await loadFiles({
      'topics.json': { topics: [minimalTopic()] },
      'a.json': { entries: [minimalEntry('tip-twice')] },
      'b.json': { entries: [minimalEntry('tip-twice')] },
    });
    expect(problems).toEqual([
      { file: 'b.json', entryId: 'tip-twice', field: 'id', code: 'duplicate_id', first: 'a.json' },
    ]);
  });

  it('reports a topic id defined in two files', async () => {
    const problems = await loadFiles({
      ...validKbFiles(),
      'more-topics.json': { topics: [minimalTopic()] },
    });
    expect(problems).toEqual([
      {
        file: 'topics.json',
        topicId: minimalTopic().id,
        field: 'id',
        code: 'duplicate_topic',
        first: 'more-topics.json',
      },
    ]);
  });

  it('accepts an entry whose topic is defined in a file read after it', async () => {
    const result = await loadKnowledgeBase(
      await writeKbFolder({
        'a-entries.json': { entries: [minimalEntry()] },
        'z-topics.json': { topics: [minimalTopic()] },
      }),
    );
    expect(result.ok).toBe(true);
  });

  it('lists every problem of the folder at once, not just the first', async () => {
    const russianless = minimalEntry('tip-no-russian');
    const { figure: _figure, ...noFigure } = minimalStatistic('stat-no-figure');
    const problems = await loadFiles({
      'topics.json': { topics: [minimalTopic()] },
      '1-broken.json': '{ not json',
      '2-language.json': {
        entries: [{ ...russianless, text: { pl: russianless.text.pl, en: russianless.text.en } }],
      },
      '3-figure.json': { entries: [noFigure] },
      '4-topic.json': { entries: [minimalEntry('tip-stray', 'no-such-topic')] },
      '5-dup-a.json': { entries: [minimalEntry('tip-twice')] },
      '6-dup-b.json': { entries: [minimalEntry('tip-twice')] },
    });
    const located = problems.map((p) => [p.file, p.entryId, p.field]);
    expect(located).toEqual(
      expect.arrayContaining([
        ['1-broken.json', undefined, undefined],
        ['2-language.json', 'tip-no-russian', 'phrasings.ru'],
        ['3-figure.json', 'stat-no-figure', 'figure'],
        ['4-topic.json', 'tip-stray', 'topics.0'],
        ['6-dup-b.json', 'tip-twice', 'id'],
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  it('lists every problem of one entry at once', async () => {
    const { figure: _figure, ...noFigure } = minimalStatistic('stat-twice-broken');
    const problems = await loadFiles({
      'topics.json': { topics: [minimalTopic()] },
      'entries.json': { entries: [{ ...noFigure, text: { ...noFigure.text, pl: '' } }] },
    });
    expect(problems.map((p) => p.field).sort()).toEqual(['figure', 'text.pl']);
  });
});

describe('a folder that cannot be a knowledge base', () => {
  it('is a problem when it is empty, naming the folder', async () => {
    const dir = await emptyTempFolder();
    const problems = problemsOf(await loadKnowledgeBase(dir));
    expect(problems).toEqual([{ file: dir, code: 'folder_empty' }]);
  });

  it('is a problem when it does not exist, naming the folder', async () => {
    const dir = path.join(await emptyTempFolder(), 'missing');
    const problems = problemsOf(await loadKnowledgeBase(dir));
    expect(problems).toEqual([{ file: dir, code: 'folder_unreadable', detail: expect.any(String) }]);
  });

  it('is a problem when its files define topics but no entry', async () => {
    const problems = await loadFiles({ 'topics.json': { topics: [minimalTopic()] } });
    expect(problems).toEqual([expect.objectContaining({ code: 'no_entry' })]);
  });
});
