// The start-up's index cache: built and stored the first time, read the next; rebuilt when the knowledge base
// changed or the file is damaged; a cache that cannot be written costs nothing but a warning.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KbHolder } from '../../src/kb/kb-holder.js';
import { makeTempDir, removeTempDirs } from '../helpers/temp-dir.js';
import { capturingLogger } from '../helpers/logger.js';
import { minimalEntry, minimalTopic } from '../fixtures/kb-fixtures.js';
import { engineWithIndexCache, indexCacheFile } from '../../src/kb/index-cache.js';
import { InProcessKbLoader } from '../../src/kb/kb-loader.js';

afterEach(removeTempDirs);

async function kbFolder(): Promise<string> {
  const dir = await makeTempDir('cs-coach-kb-');
  await writeFile(path.join(dir, 'topics.json'), JSON.stringify({ topics: [minimalTopic()] }));
  await writeFile(path.join(dir, 'entries.json'), JSON.stringify({ entries: [minimalEntry()] }));
  return dir;
}

/** Loads the folder as the start-up does, and says where its index came from. */
async function startUp(kbDir: string, cacheDir: string, logger = capturingLogger().logger) {
  const loaded = await new InProcessKbLoader(kbDir).load({ buildIndex: false });
  if (!loaded.ok) throw new Error('the fixture knowledge base is invalid');
  const cached = await engineWithIndexCache(cacheDir, kbDir, loaded.kb, loaded.files, logger);
  await cached.stored;
  return cached;
}

const ASK = { question: 'how to listen to a customer' };

describe('the index cache', () => {
  it('builds and stores the index on the first start, and reads it on the next', async () => {
    const [kbDir, cacheDir] = [await kbFolder(), await makeTempDir()];
    const first = await startUp(kbDir, cacheDir);
    expect(first.source).toBe('built');
    expect(await readdir(cacheDir)).toEqual([path.basename(indexCacheFile(cacheDir, kbDir))]);
    const second = await startUp(kbDir, cacheDir);
    expect(second.source).toBe('cache');
    expect(second.engine.answer(ASK)).toEqual(first.engine.answer(ASK));
  });

  it('builds again when a file of the knowledge base changed, and answers from the new content', async () => {
    const [kbDir, cacheDir] = [await kbFolder(), await makeTempDir()];
    await startUp(kbDir, cacheDir);
    const changed = {
      ...minimalEntry(),
      text: { ...minimalEntry().text, en: 'Escalate refunds to a supervisor.' },
    };
    changed.phrasings = { ...changed.phrasings, en: ['who handles refunds'] };
    await writeFile(path.join(kbDir, 'entries.json'), JSON.stringify({ entries: [changed] }));
    const after = await startUp(kbDir, cacheDir);
    expect(after.source).toBe('built');
    expect(after.engine.answer({ question: 'who handles refunds', lang: 'en' }).answered).toBe(true);
    expect((await startUp(kbDir, cacheDir)).source).toBe('cache');
  });

  it('builds again, and stores a good file, when the stored one is damaged', async () => {
    const [kbDir, cacheDir] = [await kbFolder(), await makeTempDir()];
    await startUp(kbDir, cacheDir);
    const file = indexCacheFile(cacheDir, kbDir);
    const bytes = await readFile(file);
    bytes[bytes.length - 3] = (bytes[bytes.length - 3] as number) ^ 0xff;
    await writeFile(file, bytes);
    expect((await startUp(kbDir, cacheDir)).source).toBe('built');
    expect((await startUp(kbDir, cacheDir)).source).toBe('cache');
  });

  it('still starts, with a warning, when the cache folder cannot be written', async () => {
    const kbDir = await kbFolder();
    const blocked = path.join(await makeTempDir(), 'a-file');
    await writeFile(blocked, 'not a folder');
    const { logger, records } = capturingLogger();
    const started = await startUp(kbDir, path.join(blocked, 'cache'), logger);
    expect(started.source).toBe('built');
    expect(started.engine.answer(ASK).answered).toBe(true);
    expect(records.map((r) => r.msg)).toContain(
      'cannot store the search index; the next start builds it again',
    );
  });

  it('is used by the holder at start-up when given a folder', async () => {
    const [kbDir, cacheDir] = [await kbFolder(), await makeTempDir()];
    const first = await KbHolder.load(kbDir, { offThread: false, indexCacheDir: cacheDir });
    if (!first.ok) throw new Error('the fixture knowledge base is invalid');
    // The holder does not wait for the store; the file appears shortly after.
    await expect.poll(() => readdir(cacheDir)).toEqual([path.basename(indexCacheFile(cacheDir, kbDir))]);
    expect((await startUp(kbDir, cacheDir)).source).toBe('cache');
    expect(first.holder.current().answer(ASK).answered).toBe(true);
  });
});
