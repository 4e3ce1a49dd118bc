// What a knowledge-base file may hold besides topics and entries: the audit of team edits and dismissed questions.
import { z } from 'zod';
import type { KbProblem } from './problems.js';

/** At most this many audit lines stay in a file (the newest); the logger keeps every one. */
export const MAX_CHANGE_LINES = 200;

/** One audit line: who changed which entry, how, and when. */
export const kbChangeSchema = z
  .object({
    at: z.iso.datetime(),
    by: z.string().min(1),
    action: z.enum(['add', 'edit', 'remove', 'teach', 'ignore']),
    entryId: z.string().optional(),
    question: z.string().max(500).optional(),
  })
  .strict();
export type KbChange = z.infer<typeof kbChangeSchema>;

/** The keys a knowledge-base file may hold besides "topics" and "entries" (validated here, not by the loader). */
export const kbFileExtras = z.object({
  changes: z.array(kbChangeSchema).optional(),
  /** Questions dismissed from /kb inbox ("ignore"), folded. */
  ignoredQuestions: z.array(z.string().max(500)).optional(),
});
export const KB_FILE_EXTRA_KEYS = ['changes', 'ignoredQuestions'] as const;

export function isFileExtraKey(key: string): boolean {
  return (KB_FILE_EXTRA_KEYS as readonly string[]).includes(key);
}

/** The extras' problems, located like the entries' (file and field). */
export function fileExtrasProblems(file: string, json: unknown): KbProblem[] {
  const parsed = kbFileExtras.safeParse(json);
  if (parsed.success) return [];
  // Written by /kb commands, never by hand: what is wrong inside matters less than where and what to do.
  return parsed.error.issues.map((issue): KbProblem => ({
    file,
    field: issue.path.map(String).join('.'),
    code: 'damaged_record',
  }));
}
