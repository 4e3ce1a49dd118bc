// Reads and validates every JSON file of a knowledge-base folder into a KnowledgeBase, or lists every problem.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { KnowledgeBase } from './knowledge-base.js';
import type { KbProblem } from './problems.js';
import { kbFileSchema, type Entry, type Topic } from './schema.js';

export type LoadResult = { ok: true; kb: KnowledgeBase } | { ok: false; problems: KbProblem[] };

interface ParsedFile {
  file: string;
  topics: Topic[];
  entries: Entry[];
}

export async function loadKnowledgeBase(dir: string): Promise<LoadResult> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch (error) {
    return {
      ok: false,
      problems: [{ file: dir, message: `cannot read the folder: ${(error as Error).message}` }],
    };
  }
  if (names.length === 0) {
    return { ok: false, problems: [{ file: dir, message: 'the folder holds no .json file' }] };
  }
  const problems: KbProblem[] = [];
  const parsed: ParsedFile[] = [];
  for (const file of names) {
    const raw = await readFile(path.join(dir, file), 'utf8').catch((e: Error) => e);
    if (raw instanceof Error) {
      problems.push({ file, message: `cannot read the file: ${raw.message}` });
      continue;
    }
    const result = parseKbFile(file, raw);
    if ('problems' in result) problems.push(...result.problems);
    else parsed.push(result);
  }
  problems.push(...crossFileProblems(parsed));
  if (problems.length > 0) return { ok: false, problems };
  const kb = new KnowledgeBase(
    parsed.flatMap((p) => p.topics),
    parsed.flatMap((p) => p.entries),
  );
  if (kb.entries.length === 0)
    return { ok: false, problems: [{ file: dir, message: 'the knowledge base has no entry' }] };
  return { ok: true, kb };
}

/** Parses one file's text; exported for tests and for validating edits before they are saved. */
export function parseKbFile(file: string, raw: string): ParsedFile | { problems: KbProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { problems: [{ file, message: `invalid JSON: ${(error as Error).message}` }] };
  }
  const result = kbFileSchema.safeParse(json);
  if (!result.success)
    return { problems: result.error.issues.map((issue) => locateIssue(file, json, issue)) };
  return { file, topics: result.data.topics ?? [], entries: result.data.entries ?? [] };
}

/** Turns a zod issue path such as ["entries", 3, "text", "ru"] into entry id "x" and field "text.ru". */
function locateIssue(file: string, json: unknown, issue: z.core.$ZodIssue): KbProblem {
  const [list, index, ...rest] = issue.path;
  if ((list === 'entries' || list === 'topics') && typeof index === 'number') {
    const item = (json as Record<string, unknown[]>)[list]?.[index] as { id?: unknown } | undefined;
    const id = typeof item?.id === 'string' ? item.id : `#${index + 1} (no id)`;
    const field = rest.length > 0 ? rest.join('.') : undefined;
    return {
      file,
      entryId: list === 'topics' ? `topic ${id}` : id,
      ...(field ? { field } : {}),
      message: issue.message,
    };
  }
  const field = issue.path.join('.');
  return { file, ...(field ? { field } : {}), message: issue.message };
}

function crossFileProblems(files: ParsedFile[]): KbProblem[] {
  const problems: KbProblem[] = [];
  const topicFiles = new Map<string, string>();
  for (const { file, topics } of files) {
    for (const topic of topics) {
      const first = topicFiles.get(topic.id);
      if (first)
        problems.push({
          file,
          entryId: `topic ${topic.id}`,
          message: `duplicate topic id, first defined in ${first}`,
        });
      else topicFiles.set(topic.id, file);
    }
  }
  const entryFiles = new Map<string, string>();
  for (const { file, entries } of files) {
    for (const entry of entries) {
      const first = entryFiles.get(entry.id);
      if (first)
        problems.push({
          file,
          entryId: entry.id,
          field: 'id',
          message: `duplicate id, first used in ${first}`,
        });
      else entryFiles.set(entry.id, file);
      entry.topics.forEach((topic, i) => {
        if (!topicFiles.has(topic)) {
          problems.push({
            file,
            entryId: entry.id,
            field: `topics.${i}`,
            message: `unknown topic "${topic}"; define it in a "topics" list first`,
          });
        }
      });
    }
  }
  return problems;
}
