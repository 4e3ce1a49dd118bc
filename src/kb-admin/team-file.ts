// The team's own knowledge-base file (KB_DIR/team.json): read as plain JSON, written atomically under a lock.
import { open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { KbProblem } from '../kb/problems.js';
import { decodeKbFile, parseKbJson } from '../kb/read-kb-file.js';

/** Where /kb add writes; entries edited elsewhere stay in their own files. */
export const TEAM_FILE = 'team.json';

export { kbChangeSchema, type KbChange, MAX_CHANGE_LINES } from '../kb/file-extras.js';

/** A file's JSON as an object; a missing file is an empty one (the team file is created by the first /kb add). */
export type KbFileObject = Record<string, unknown> & { entries?: unknown[]; topics?: unknown[] };

export async function readKbFileObject(
  dir: string,
  file: string,
): Promise<{ ok: true; content: KbFileObject; raw: string | undefined } | { ok: false; problem: KbProblem }> {
  const bytes = await readFile(path.join(dir, file)).catch((e: NodeJS.ErrnoException) => e);
  if (bytes instanceof Error) {
    if (bytes.code === 'ENOENT') return { ok: true, content: {}, raw: undefined };
    return { ok: false, problem: { file, code: 'file_unreadable', detail: bytes.message } };
  }
  const decoded = decodeKbFile(bytes);
  if (!decoded.ok) return { ok: false, problem: { file, ...decoded.issue } };
  const parsed = parseKbJson(decoded.text);
  if (!parsed.ok) return { ok: false, problem: { file, ...parsed.issue } };
  if (typeof parsed.json !== 'object' || parsed.json === null || Array.isArray(parsed.json))
    return { ok: false, problem: { file, code: 'not_an_object' } };
  return { ok: true, content: parsed.json as KbFileObject, raw: decoded.text };
}

/** Temp file in the same folder, then rename: a reader (or a crash) sees the old file or the new one, never half. */
export async function writeKbFileAtomically(dir: string, file: string, text: string): Promise<void> {
  const temp = path.join(dir, `.${file}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, path.join(dir, file));
  } finally {
    await rm(temp, { force: true });
  }
}

export const kbFileText = (content: KbFileObject) => `${JSON.stringify(content, null, 2)}\n`;

/** A lock older than this is left over from a crashed process and is taken over. */
const STALE_LOCK_MS = 10_000;
const LOCK_TRIES = 100;

/**
 * Runs `work` holding "<dir>/.kb-edit.lock". A lock file rather than an in-memory queue because several processes
 * (shards) may edit the same folder; written by hand because it is a dozen lines on fs.open's exclusive flag.
 */
export async function withKbLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const lock = path.join(dir, '.kb-edit.lock');
  for (let attempt = 0; ; attempt += 1) {
    try {
      await (await open(lock, 'wx')).close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= LOCK_TRIES) throw error;
      const age = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > STALE_LOCK_MS) await rm(lock, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}
