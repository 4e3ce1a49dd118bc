// Keeps a knowledge-base folder's search index on disk between starts: a start with the same files and the same
// engine code reads it (milliseconds) instead of analysing every entry again.
import { createHash } from 'node:crypto';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AnswerEngine } from '../answer/answer-engine.js';
import { buildIndexData } from '../answer/index/build-index-data.js';
import { engineFingerprint } from '../answer/index/engine-fingerprint.js';
import { decodeIndexSnapshot, encodeIndexSnapshot } from '../answer/index/index-snapshot.js';
import { namesOf } from '../answer/names.js';
import { SearchIndex } from '../answer/search-index.js';
import type { Logger } from '../logger.js';
import type { KnowledgeBase } from './knowledge-base.js';
import type { LoadedFile } from './load.js';

export interface CachedEngine {
  engine: AnswerEngine;
  /** 'cache': read from the cache file; 'built': built here (the file was missing, stale or damaged). */
  source: 'cache' | 'built';
  /** Settles once a newly built index is stored (never rejects: a cache that cannot be written is only logged). */
  stored: Promise<void>;
}

/** The cache file of a knowledge-base folder: one per folder, replaced whenever its files or the engine change. */
export function indexCacheFile(cacheDir: string, kbDir: string): string {
  const folder = createHash('sha256').update(path.resolve(kbDir)).digest('hex').slice(0, 16);
  return path.join(cacheDir, `index-${folder}.bin`);
}

/** What a stored index must have been built from: the engine's code and each file's name and content hash. */
export async function indexCacheKey(files: readonly Pick<LoadedFile, 'file' | 'hash'>[]): Promise<string> {
  const hash = createHash('sha256').update(await engineFingerprint());
  for (const { file, hash: content } of files) hash.update(`\0${file}\0${content}`);
  return hash.digest('hex');
}

/** The engine for `kb` (loaded from `kbDir` as `files`), from the cache when it holds this very index, else built and stored. */
export async function engineWithIndexCache(
  cacheDir: string,
  kbDir: string,
  kb: KnowledgeBase,
  files: readonly LoadedFile[],
  logger?: Logger,
): Promise<CachedEngine> {
  const file = indexCacheFile(cacheDir, kbDir);
  const key = await indexCacheKey(files);
  const cached = await readOwnFile(file).then(
    (bytes) => bytes && decodeIndexSnapshot(bytes, key),
    () => undefined,
  );
  if (cached) {
    try {
      const index = SearchIndex.fromData(kb, cached.data);
      const engine = new AnswerEngine(kb, undefined, { index, names: new Set(cached.names) });
      return { engine, source: 'cache', stored: Promise.resolve() };
    } catch (error) {
      logger?.warn(
        { err: error, file },
        'the stored search index does not fit the knowledge base; rebuilding it',
      );
    }
  }
  const data = buildIndexData(kb.entries, kb.topics);
  const names = [...namesOf(kb)];
  const bytes = encodeIndexSnapshot({ data, names }, key);
  const engine = new AnswerEngine(kb, undefined, {
    index: SearchIndex.fromData(kb, data),
    names: new Set(names),
  });
  const stored = store(file, bytes).catch((error: Error) =>
    logger?.warn({ err: error, file }, 'cannot store the search index; the next start builds it again'),
  );
  return { engine, source: 'built', stored };
}

/**
 * The file's bytes, unless another user owns it: the default folder is under the shared temp folder, and an index
 * planted there by someone else must not steer the answers.
 */
async function readOwnFile(file: string): Promise<Buffer | undefined> {
  const handle = await open(file, 'r');
  try {
    const { uid } = await handle.stat();
    if (process.getuid && uid !== process.getuid()) return undefined;
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Writes beside the target and renames, so that another process never reads a half-written file. */
async function store(file: string, bytes: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(partial, bytes);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
