// Writes a generated knowledge base of N entries as a folder of files, like a real data/kb, for reload measurements.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { LANGS, type Entry } from '../src/kb/schema.js';
import { generateKnowledgeBase } from './generate-kb.js';

/** Entries per generated file: a 10,000-entry base becomes 100 files, so that one edit touches 1% of it. */
export const ENTRIES_PER_FILE = 100;

/** The generated base's file names, in load order. */
export const entryFileName = (n: number) => `generated-${String(n).padStart(4, '0')}.json`;

/** Writes topics.json and the generated entries of `size` (shipped entries first) into `dir`; returns the file names. */
export async function writeGeneratedKb(
  dir: string,
  size: number,
  seed: number,
  shippedDir = 'data/kb',
): Promise<string[]> {
  const shipped = await loadKnowledgeBase(shippedDir);
  if (!shipped.ok) throw new Error(`${shippedDir} is invalid; run "npm run kb -- validate"`);
  const kb = generateKnowledgeBase(shipped.kb, size, seed);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'topics.json'), JSON.stringify({ topics: kb.topics }), 'utf8');
  const names: string[] = [];
  for (let start = 0; start < kb.entries.length; start += ENTRIES_PER_FILE) {
    const name = entryFileName(start / ENTRIES_PER_FILE);
    const entries = kb.entries.slice(start, start + ENTRIES_PER_FILE).map(withinLimits);
    await writeFile(path.join(dir, name), JSON.stringify({ entries }, null, 2), 'utf8');
    names.push(name);
  }
  return names;
}

/** Mixing in a donor's words can make a text longer than the schema allows: cut it at a word, as an editor would. */
function withinLimits(entry: Entry): Entry {
  const cut = (text: string, max: number) =>
    text.length <= max ? text : text.slice(0, text.lastIndexOf(' ', max - 1)).trim();
  const each = <T>(make: (lang: (typeof LANGS)[number]) => T) =>
    Object.fromEntries(LANGS.map((lang) => [lang, make(lang)])) as Record<(typeof LANGS)[number], T>;
  return {
    ...entry,
    ...(entry.term ? { term: each((lang) => cut(entry.term![lang] ?? '', 100)) } : {}),
    text: each((lang) => cut(entry.text[lang] ?? '', 700)),
    phrasings: each((lang) => (entry.phrasings[lang] ?? []).map((p) => cut(p, 200))),
  };
}
