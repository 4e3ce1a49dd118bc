// A hash of the code that turns entries into index data: a stored index is trusted only when built by the same code.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The contents of every module of the answer engine (this folder's parent, compiled or TypeScript source), of the
 * knowledge-base schema, and the version of the stemmer package. Hashing the code itself rather than a version
 * number means that no edit of a stop word, a synonym or an ending can leave a stale index trusted.
 */
export async function engineFingerprint(): Promise<string> {
  const answerDir = fileURLToPath(new URL('..', import.meta.url));
  const kbDir = fileURLToPath(new URL('../../kb', import.meta.url));
  const files = [
    ...(await modulesUnder(answerDir)),
    ...(await readdir(kbDir)).filter((f) => /^schema\.(js|ts)$/.test(f)).map((f) => path.join(kbDir, f)),
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash
      .update(path.relative(answerDir, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  }
  const require = createRequire(import.meta.url);
  hash.update(String((require('snowball-stemmer.jsx/package.json') as { version?: string }).version));
  return hash.digest('hex');
}

async function modulesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const item of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) found.push(...(await modulesUnder(full)));
    else if (/\.(js|ts)$/.test(item.name) && !item.name.endsWith('.d.ts')) found.push(full);
  }
  return found;
}
