// Reads and validates every JSON file of a knowledge-base folder into a KnowledgeBase, or lists every problem.
import { readdir } from 'node:fs/promises';
import { KbFileCache } from './file-cache.js';
import { KnowledgeBase } from './knowledge-base.js';
import { parseKbFile, type ParsedFile } from './parse-file.js';
import type { KbProblem } from './problems.js';
import { isKbFileName } from './read-kb-file.js';
import { missingTranslations } from './translations.js';

export { parseKbFile };

/** A valid file of the folder with the hash of the content it was parsed from. */
export interface LoadedFile extends ParsedFile {
  hash: string;
}

/** Which files a load read from disk and which it parsed again; the others came from the cache. */
export interface FileActivity {
  filesReread: string[];
  filesReparsed: string[];
}

export type FilesLoadResult =
  ({ ok: true; files: LoadedFile[] } & FileActivity) | { ok: false; problems: KbProblem[] };

export type LoadResult =
  | ({ ok: true; kb: KnowledgeBase; warnings: KbProblem[] } & FileActivity)
  | { ok: false; problems: KbProblem[] };

/** Loads the folder whole; give the same `cache` to each load of a folder to re-read only the files that changed. */
export async function loadKnowledgeBase(dir: string, cache = new KbFileCache()): Promise<LoadResult> {
  const result = await loadKbFiles(dir, cache);
  if (!result.ok) return result;
  return {
    ok: true,
    kb: knowledgeBaseOf(result.files),
    warnings: missingTranslations(result.files),
    filesReread: result.filesReread,
    filesReparsed: result.filesReparsed,
  };
}

/** The snapshot made of a folder's valid files, in file-name order. */
export function knowledgeBaseOf(files: readonly ParsedFile[]): KnowledgeBase {
  return new KnowledgeBase(
    files.flatMap((p) => p.topics),
    files.flatMap((p) => p.entries),
  );
}

/** Every valid file of the folder, or every problem of the files and across them (duplicates, unknown topics). */
export async function loadKbFiles(dir: string, cache: KbFileCache): Promise<FilesLoadResult> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isKbFileName).sort();
  } catch (error) {
    return {
      ok: false,
      problems: [{ file: dir, code: 'folder_unreadable', detail: (error as Error).message }],
    };
  }
  if (names.length === 0) {
    return { ok: false, problems: [{ file: dir, code: 'folder_empty' }] };
  }
  const read = await cache.read(dir, names);
  const problems: KbProblem[] = [];
  const parsed: LoadedFile[] = [];
  for (const item of read.files) {
    if ('error' in item) {
      problems.push({ file: item.file, code: 'file_unreadable', detail: item.error.message });
      continue;
    }
    problems.push(...item.outcome.problems);
    if ('entries' in item.outcome) {
      const { file, topics, entries } = item.outcome;
      parsed.push({ file, topics, entries, hash: item.hash });
    }
  }
  problems.push(...crossFileProblems(parsed));
  if (problems.length > 0) return { ok: false, problems };
  if (parsed.every((p) => p.entries.length === 0))
    return { ok: false, problems: [{ file: dir, code: 'no_entry' }] };
  return { ok: true, files: parsed, filesReread: read.reread, filesReparsed: read.reparsed };
}

function crossFileProblems(files: ParsedFile[]): KbProblem[] {
  const problems: KbProblem[] = [];
  const topicFiles = new Map<string, string>();
  for (const { file, topics } of files) {
    for (const topic of topics) {
      const first = topicFiles.get(topic.id);
      if (first) problems.push({ file, topicId: topic.id, field: 'id', code: 'duplicate_topic', first });
      else topicFiles.set(topic.id, file);
    }
  }
  const entryFiles = new Map<string, string>();
  for (const { file, entries } of files) {
    for (const entry of entries) {
      const first = entryFiles.get(entry.id);
      if (first) problems.push({ file, entryId: entry.id, field: 'id', code: 'duplicate_id', first });
      else entryFiles.set(entry.id, file);
      entry.topics.forEach((topic, i) => {
        if (!topicFiles.has(topic)) {
          problems.push({ file, entryId: entry.id, field: `topics.${i}`, code: 'unknown_topic', topic });
        }
      });
    }
  }
  return problems;
}
