// Loading a folder again with the same file cache: only files that changed are read and parsed again, and the
// result is the same as a full load.
import { utimes } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KbFileCache } from '../../src/kb/file-cache.js';
import { loadKnowledgeBase, type LoadResult } from '../../src/kb/load.js';
import { chunksOf } from '../../src/kb/reload-protocol.js';
import { editKbEntries, tipEntry, topic, writeKbFile, writeKbFolder } from '../helpers/kb-files.js';
import { removeTempDirs } from '../helpers/temp-dir.js';

afterEach(removeTempDirs);

const HOUR_AGO = new Date(Date.now() - 3600_000);

/** A folder of a topics file and three entry files, all last written an hour ago. */
async function threeFileKb(): Promise<string> {
  const dir = await writeKbFolder({
    'a-topics.json': { topics: [topic('service')] },
    'b.json': { entries: [tipEntry('tip-b1', ['service']), tipEntry('tip-b2', ['service'])] },
    'c.json': { entries: [tipEntry('tip-c1', ['service'])] },
    'd.json': { entries: [tipEntry('tip-d1', ['service'])] },
  });
  for (const name of ['a-topics.json', 'b.json', 'c.json', 'd.json'])
    await utimes(path.join(dir, name), HOUR_AGO, HOUR_AGO);
  return dir;
}

function okResult(result: LoadResult) {
  if (!result.ok) throw new Error(`load failed: ${JSON.stringify(result.problems)}`);
  return result;
}

describe('loading again with the same cache', () => {
  it('an edit to one file of four re-reads and re-parses only that file, and gives what a full load gives', async () => {
    const dir = await threeFileKb();
    const cache = new KbFileCache();
    okResult(await loadKnowledgeBase(dir, cache));
    await editKbEntries(dir, 'c.json', (entries) => [...entries, tipEntry('tip-c2', ['service'])]);

    const again = okResult(await loadKnowledgeBase(dir, cache));

    expect(again.filesReread).toEqual(['c.json']);
    expect(again.filesReparsed).toEqual(['c.json']);
    const full = okResult(await loadKnowledgeBase(dir));
    expect(again.kb.entries).toEqual(full.kb.entries);
    expect(again.kb.topics).toEqual(full.kb.topics);
    expect(again.kb.entries.map((e) => e.id)).toEqual(['tip-b1', 'tip-b2', 'tip-c1', 'tip-c2', 'tip-d1']);
  });

  it('the first load reads and parses every file', async () => {
    const dir = await threeFileKb();
    const first = okResult(await loadKnowledgeBase(dir, new KbFileCache()));
    expect(first.filesReparsed).toEqual(['a-topics.json', 'b.json', 'c.json', 'd.json']);
  });

  it('nothing changed: nothing is read, and the entries are the very same objects', async () => {
    const dir = await threeFileKb();
    const cache = new KbFileCache();
    const first = okResult(await loadKnowledgeBase(dir, cache));

    const again = okResult(await loadKnowledgeBase(dir, cache));

    expect(again.filesReread).toEqual([]);
    expect(again.filesReparsed).toEqual([]);
    again.kb.entries.forEach((entry, i) => expect(entry).toBe(first.kb.entries[i]));
  });

  it('an added file is read, a removed file drops its entries', async () => {
    const dir = await threeFileKb();
    const cache = new KbFileCache();
    okResult(await loadKnowledgeBase(dir, cache));
    await writeKbFile(dir, 'e.json', { entries: [tipEntry('tip-e1', ['service'])] });
    const { rm } = await import('node:fs/promises');
    await rm(path.join(dir, 'b.json'));

    const again = okResult(await loadKnowledgeBase(dir, cache));

    expect(again.filesReparsed).toEqual(['e.json']);
    expect(again.kb.entries.map((e) => e.id)).toEqual(['tip-c1', 'tip-d1', 'tip-e1']);
    expect(again.kb.entries).toEqual(okResult(await loadKnowledgeBase(dir)).kb.entries);
  });

  it('a file touched without a change is read to compare its content, but not parsed again', async () => {
    const dir = await threeFileKb();
    const cache = new KbFileCache();
    okResult(await loadKnowledgeBase(dir, cache));
    const now = new Date();
    await utimes(path.join(dir, 'd.json'), now, now);

    const again = okResult(await loadKnowledgeBase(dir, cache));

    expect(again.filesReread).toEqual(['d.json']);
    expect(again.filesReparsed).toEqual([]);
  });

  it('a file rewritten just after it was read, keeping its size and time, is still read again', async () => {
    const dir = await threeFileKb();
    // The cache looked at the files half a second after they were last written: too close to trust their time.
    const cache = new KbFileCache(() => HOUR_AGO.getTime() + 500);
    okResult(await loadKnowledgeBase(dir, cache));
    await editKbEntries(dir, 'c.json', (entries) => entries.map((e) => ({ ...e, id: 'tip-cx' })));
    await utimes(path.join(dir, 'c.json'), HOUR_AGO, HOUR_AGO);

    const again = okResult(await loadKnowledgeBase(dir, cache));

    expect(again.filesReparsed).toEqual(['c.json']);
    expect(again.kb.entry('tip-cx')).toBeDefined();
  });

  it('a file that became invalid is reported as a full load reports it, and fixing it loads again', async () => {
    const dir = await threeFileKb();
    const cache = new KbFileCache();
    okResult(await loadKnowledgeBase(dir, cache));
    await writeKbFile(dir, 'c.json', '{ "entries": [');

    const broken = await loadKnowledgeBase(dir, cache);

    expect(broken).toEqual(await loadKnowledgeBase(dir));
    expect(broken.ok).toBe(false);
    await writeKbFile(dir, 'c.json', { entries: [tipEntry('tip-c1', ['service'])] });
    expect(okResult(await loadKnowledgeBase(dir, cache)).filesReparsed).toEqual(['c.json']);
  });
});

describe('the chunks a worker sends', () => {
  it('cut a long file into slices of 100 entries in order, its topics in the first', () => {
    const entries = Array.from({ length: 250 }, (_, i) => tipEntry(`tip-${i}`, ['service']));
    const topics = [topic('service')];

    const chunks = chunksOf([
      { file: 'a.json', hash: 'x', topics, entries },
      { file: 'b.json', hash: 'y', topics: [], entries: entries.slice(0, 1) },
    ]);

    expect(chunks.map((c) => [c.file, c.entries.length, c.topics.length])).toEqual([
      ['a.json', 100, 1],
      ['a.json', 100, 0],
      ['a.json', 50, 0],
      ['b.json', 1, 0],
    ]);
    expect(chunks.slice(0, 3).flatMap((c) => c.entries)).toEqual(entries);
  });
});
