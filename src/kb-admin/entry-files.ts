// Which file of the knowledge-base folder holds an entry, so that an edit changes it where it lives.
import { readdir } from 'node:fs/promises';
import { isKbFileName } from '../kb/read-kb-file.js';
import { readKbFileObject } from './team-file.js';

export async function fileOfEntry(dir: string, id: string): Promise<string | undefined> {
  for (const file of (await readdir(dir)).filter(isKbFileName).sort()) {
    const read = await readKbFileObject(dir, file);
    if (read.ok && read.content.entries?.some((e) => (e as { id?: unknown }).id === id)) return file;
  }
  return undefined;
}
