// Knowledge-base files for tests: small valid topics and entries, and reading and rewriting the JSON files of a folder.
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Entry, Topic } from '../../src/kb/schema.js';

/** What a knowledge-base file holds (the loader reads it key by key; this is the shape tests write). */
export interface KbFile {
  topics?: Topic[];
  entries?: Entry[];
}
import { makeTempDir } from './temp-dir.js';

export function topic(id: string, name = id): Topic {
  return { id, names: { pl: `${name} (pl)`, en: name, ru: `${name} (ru)` } };
}

/** A valid tip whose texts are made from `text` (unique texts give unique cards). */
export function tipEntry(id: string, topics: string[], text = `Advice ${id}.`): Entry {
  return {
    id,
    kind: 'tip',
    topics,
    text: { pl: `${text} (pl)`, en: text, ru: `${text} (ru)` },
    phrasings: { pl: [`pytanie ${id}`], en: [`question ${id}`], ru: [`вопрос ${id}`] },
    source: { title: `Article about ${id}`, publisher: 'Test Blog' },
  };
}

export function statisticEntry(id: string, topics: string[], figure: string, text = `Figure ${id}.`): Entry {
  return { ...tipEntry(id, topics, text), kind: 'statistic', figure };
}

/** Writes a knowledge-base folder in a temp folder: each value is written as JSON, or as is when a string. */
export async function writeKbFolder(files: Record<string, KbFile | string>): Promise<string> {
  const dir = await makeTempDir('cs-coach-kb-');
  for (const [name, content] of Object.entries(files)) await writeKbFile(dir, name, content);
  return dir;
}

export async function writeKbFile(dir: string, name: string, content: KbFile | string): Promise<void> {
  const text = typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`;
  await writeFile(path.join(dir, name), text, 'utf8');
}

/**
 * Replaces a file at once (a temp file renamed over it), so that a reload running meanwhile reads either the old
 * content or the new one, never a half-written file.
 */
export async function replaceKbFile(dir: string, name: string, content: KbFile): Promise<void> {
  const temp = path.join(dir, `.${name}.tmp`);
  await writeFile(temp, `${JSON.stringify(content, null, 2)}\n`, 'utf8');
  await rename(temp, path.join(dir, name));
}

export async function readKbFile(
  dir: string,
  name: string,
): Promise<{ topics?: Topic[]; entries?: Entry[] }> {
  return JSON.parse(await readFile(path.join(dir, name), 'utf8')) as { topics?: Topic[]; entries?: Entry[] };
}

/** Reads a file of the folder, lets `edit` change its entries, and writes it back. */
export async function editKbEntries(
  dir: string,
  name: string,
  edit: (entries: Entry[]) => Entry[],
): Promise<void> {
  const file = await readKbFile(dir, name);
  await writeKbFile(dir, name, { ...file, entries: edit(file.entries ?? []) });
}

/** The file of the folder that holds the entry `id`. */
export async function fileOfEntry(dir: string, names: readonly string[], id: string): Promise<string> {
  for (const name of names) {
    if ((await readKbFile(dir, name)).entries?.some((e) => e.id === id)) return name;
  }
  throw new Error(`no file of ${dir} holds entry ${id}`);
}
