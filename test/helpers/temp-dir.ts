// Temporary folders for tests (state files, knowledge-base copies), removed by removeTempDirs() after each test.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever folder vitest runs from. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The knowledge base the product ships (read-only for tests: copy it before editing). Only the tests of its own
 * properties and the answer-quality evaluation read it; the others use FIXTURE_KB_DIR, so that editing the shipped
 * entries breaks no unrelated test.
 */
export const SHIPPED_KB_DIR = path.join(REPO_ROOT, 'data', 'kb');

/** A small knowledge base for tests (test/fixtures/kb): three topics, one entry of each kind, three languages. */
export const FIXTURE_KB_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'kb');

const created: string[] = [];

/** A new empty folder under the OS temp folder. */
export async function makeTempDir(prefix = 'cs-coach-test-'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** A temp copy of the fixture knowledge base that a test may edit freely. */
export async function copyFixtureKb(): Promise<string> {
  const dir = await makeTempDir('cs-coach-kb-');
  await cp(FIXTURE_KB_DIR, dir, { recursive: true });
  return dir;
}

/** Removes every folder made by this module; call from afterEach. */
export async function removeTempDirs(): Promise<void> {
  const dirs = created.splice(0);
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}
