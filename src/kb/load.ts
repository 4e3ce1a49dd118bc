// Reads and validates every JSON file of a knowledge-base folder into a KnowledgeBase, or lists every problem.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { KnowledgeBase } from './knowledge-base.js';
import type { KbProblem } from './problems.js';
import { fileExtrasProblems, isFileExtraKey } from './file-extras.js';
import { missingTranslations } from './translations.js';
import { decodeKbFile, isKbFileName, parseKbJson } from './read-kb-file.js';
import { entrySchema, topicSchema, type Entry, type Topic } from './schema.js';

export type LoadResult =
  { ok: true; kb: KnowledgeBase; warnings: KbProblem[] } | { ok: false; problems: KbProblem[] };

interface ParsedFile {
  file: string;
  topics: Topic[];
  entries: Entry[];
}

export async function loadKnowledgeBase(dir: string): Promise<LoadResult> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isKbFileName).sort();
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
    const bytes = await readFile(path.join(dir, file)).catch((e: Error) => e);
    if (bytes instanceof Error) {
      problems.push({ file, message: `cannot read the file: ${bytes.message}` });
      continue;
    }
    const decoded = decodeKbFile(bytes);
    if (!decoded.ok) {
      problems.push({ file, message: decoded.message });
      continue;
    }
    const result = parseKbFile(file, decoded.text);
    problems.push(...result.problems);
    if ('entries' in result) parsed.push(result);
  }
  problems.push(...crossFileProblems(parsed));
  if (problems.length > 0) return { ok: false, problems };
  const kb = new KnowledgeBase(
    parsed.flatMap((p) => p.topics),
    parsed.flatMap((p) => p.entries),
  );
  if (kb.entries.length === 0)
    return { ok: false, problems: [{ file: dir, message: 'the knowledge base has no entry' }] };
  return { ok: true, kb, warnings: missingTranslations(parsed) };
}

/** Parses one file's text; exported for tests and for validating edits before they are saved. */
export function parseKbFile(
  file: string,
  raw: string,
): (ParsedFile & { problems: KbProblem[] }) | { problems: KbProblem[] } {
  const parsedJson = parseKbJson(raw);
  if (!parsedJson.ok) return { problems: [{ file, message: parsedJson.message }] };
  const json = parsedJson.json;
  const shape = kbFileShape.safeParse(json, { error: missingField });
  if (!shape.success)
    return { problems: shape.error.issues.flatMap((issue) => locateIssue(file, json, issue)) };
  const problems: KbProblem[] = Object.keys(shape.data)
    .filter((key) => key !== 'topics' && key !== 'entries' && !isFileExtraKey(key))
    .map((key) => ({
      file,
      field: key,
      message: `unknown key "${key}": a file holds only "topics" and "entries"`,
    }));
  problems.push(...fileExtrasProblems(file, json));
  // Each topic and entry is checked on its own, so one broken entry neither hides the others' problems
  // nor keeps the valid ones out of the cross-file checks (duplicates, unknown topics).
  const topics: Topic[] = [];
  const entries: Entry[] = [];
  shape.data.topics?.forEach((item, index) => {
    const parsed = topicSchema.safeParse(item, { error: missingField });
    if (parsed.success) topics.push(parsed.data);
    else
      problems.push(
        ...parsed.error.issues.flatMap((issue) => locateIssue(file, json, prefixed(issue, 'topics', index))),
      );
  });
  shape.data.entries?.forEach((item, index) => {
    const parsed = entrySchema.safeParse(item, { error: missingField });
    if (parsed.success) entries.push(parsed.data);
    else
      problems.push(
        ...parsed.error.issues.flatMap((issue) => locateIssue(file, json, prefixed(issue, 'entries', index))),
      );
  });
  return { file, topics, entries, problems };
}

// Loose, so that an unknown key is reported beside the entries' problems instead of hiding them.
const kbFileShape = z.looseObject({
  topics: z.array(z.unknown()).optional(),
  entries: z.array(z.unknown()).optional(),
});

/** Zod says "expected string, received undefined"; a person editing the file needs "is missing". */
const missingField = (issue: { code?: string; input?: unknown }) =>
  issue.code === 'invalid_type' && issue.input === undefined ? 'is missing' : undefined;

function prefixed(issue: z.core.$ZodIssue, list: string, index: number): z.core.$ZodIssue {
  return { ...issue, path: [list, index, ...issue.path] } as z.core.$ZodIssue;
}

/** Where a zod issue points, as a dotted field path; unknown keys and either-or fields point at the exact field. */
function issueLeaves(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string }[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: [...issue.path, key],
      message: `unknown field "${key}" (check its spelling)`,
    }));
  }
  if (issue.code === 'invalid_union') {
    // Report the branch that got furthest (its issues point inside the value), e.g. figure.ru missing.
    const deeper = issue.errors.find((branch) => branch.length > 0 && branch.every((i) => i.path.length > 0));
    if (deeper)
      return deeper.flatMap((inner) =>
        issueLeaves({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue),
      );
  }
  return [{ path: issue.path, message: issue.message }];
}

/** Turns a zod issue path such as ["entries", 3, "text", "ru"] into entry id "x" and field "text.ru". */
function locateIssue(file: string, json: unknown, issue: z.core.$ZodIssue): KbProblem[] {
  return issueLeaves(issue).map(({ path, message }) => {
    const [list, index, ...rest] = path;
    if ((list === 'entries' || list === 'topics') && typeof index === 'number') {
      const item = (json as Record<string, unknown[]>)[list]?.[index] as { id?: unknown } | undefined;
      const id = typeof item?.id === 'string' ? item.id : `#${index + 1} (no id)`;
      const field = rest.length > 0 ? rest.map(String).join('.') : undefined;
      return { file, entryId: list === 'topics' ? `topic ${id}` : id, ...(field ? { field } : {}), message };
    }
    const field = path.map(String).join('.');
    return { file, ...(field ? { field } : {}), message };
  });
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
