// Parses and validates the text of one knowledge-base file, locating every problem by entry id and field.
import { fileExtrasProblems, isFileExtraKey } from './file-extras.js';
import { parseKbJson } from './read-kb-file.js';
import { z } from 'zod';
import type { KbProblem } from './problems.js';
import { entrySchema, topicSchema, type Entry, type Topic } from './schema.js';

export interface ParsedFile {
  file: string;
  topics: Topic[];
  entries: Entry[];
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
