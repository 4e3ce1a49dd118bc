// Parses and validates the text of one knowledge-base file, locating every problem by entry id and field.
import { fileExtrasProblems, isFileExtraKey } from './file-extras.js';
import { parseKbJson } from './read-kb-file.js';
import { z } from 'zod';
import type { KbProblem } from './problems.js';
import { entrySchema, topicSchema, type Entry, type Topic } from './schema.js';
import { locateZodIssue, REPORT_INPUT } from './zod-issues.js';

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
  if (!parsedJson.ok) return { problems: [{ file, ...parsedJson.issue }] };
  const json = parsedJson.json;
  const shape = kbFileShape.safeParse(json, REPORT_INPUT);
  if (!shape.success)
    return { problems: shape.error.issues.flatMap((issue) => locateIssue(file, json, issue)) };
  const problems: KbProblem[] = Object.keys(shape.data)
    .filter((key) => key !== 'topics' && key !== 'entries' && !isFileExtraKey(key))
    .map((key): KbProblem => ({ file, field: key, code: 'unknown_file_key', key }));
  problems.push(...fileExtrasProblems(file, json));
  // Each topic and entry is checked on its own, so one broken entry neither hides the others' problems
  // nor keeps the valid ones out of the cross-file checks (duplicates, unknown topics).
  const topics: Topic[] = [];
  const entries: Entry[] = [];
  shape.data.topics?.forEach((item, index) => {
    const parsed = topicSchema.safeParse(item, REPORT_INPUT);
    if (parsed.success) topics.push(parsed.data);
    else
      problems.push(
        ...parsed.error.issues.flatMap((issue) => locateIssue(file, json, prefixed(issue, 'topics', index))),
      );
  });
  shape.data.entries?.forEach((item, index) => {
    const parsed = entrySchema.safeParse(item, REPORT_INPUT);
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

function prefixed(issue: z.core.$ZodIssue, list: string, index: number): z.core.$ZodIssue {
  return { ...issue, path: [list, index, ...issue.path] } as z.core.$ZodIssue;
}

/** Turns a zod issue path such as ["entries", 3, "text", "ru"] into entry id "x" and field "text.ru". */
function locateIssue(file: string, json: unknown, zodIssue: z.core.$ZodIssue): KbProblem[] {
  return locateZodIssue(zodIssue).map(({ path, issue }): KbProblem => {
    const [list, index, ...rest] = path;
    if ((list === 'entries' || list === 'topics') && typeof index === 'number') {
      const item = (json as Record<string, unknown[]>)[list]?.[index] as { id?: unknown } | undefined;
      const id = typeof item?.id === 'string' ? item.id : undefined;
      const field = rest.length > 0 ? rest.map(String).join('.') : undefined;
      const where =
        id === undefined
          ? { position: { list: list as 'entries' | 'topics', index: index + 1 } }
          : list === 'topics'
            ? { topicId: id }
            : { entryId: id };
      return { file, ...where, ...(field ? { field } : {}), ...issue };
    }
    const field = path.map(String).join('.');
    return { file, ...(field ? { field } : {}), ...issue };
  });
}
