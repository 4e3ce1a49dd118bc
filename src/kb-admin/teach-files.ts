// Writes taught phrasings into the files that hold their entries, through the path every /kb edit takes
// (lock, check the file, write atomically, reload the folder, put the file back if the folder no longer loads).
import type { Entry, Lang } from '../kb/schema.js';
import { changeKbFile, type KbEditDeps, type KbEditFailure } from './change-kb-file.js';
import { fileOfEntry } from './entry-files.js';
import { hasPhrasing, withPhrasing } from './teach-phrasing.js';

/** A question to teach an entry, in the question's language. */
export interface Lesson {
  entryId: string;
  lang: Lang;
  question: string;
}

export type TeachFilesResult =
  { ok: true; taughtPerFile: Map<string, number> } | ({ ok: false; file: string } & KbEditFailure);

/**
 * One edit per file, so that each file gets one audit line and the folder is reloaded once per file. A lesson whose
 * wording the entry already has is left out (checked again under the lock), so teaching twice changes nothing.
 */
export async function teachIntoFiles(
  deps: KbEditDeps,
  lessons: readonly Lesson[],
  by: string,
): Promise<TeachFilesResult> {
  const perFile = new Map<string, Lesson[]>();
  for (const lesson of lessons) {
    const file = await fileOfEntry(deps.kb.dir, lesson.entryId);
    if (!file) return { ok: false, file: deps.kb.dir, reason: 'gone' };
    perFile.set(file, [...(perFile.get(file) ?? []), lesson]);
  }
  const taughtPerFile = new Map<string, number>();
  for (const [file, list] of perFile) {
    let taught = 0;
    let missing = false;
    const result = await changeKbFile(deps, {
      file,
      by,
      action: 'teach',
      apply(content) {
        taught = 0;
        missing = false;
        for (const lesson of list) {
          const entries = content.entries ?? [];
          const index = entries.findIndex((e) => (e as { id?: unknown }).id === lesson.entryId);
          if (index < 0) {
            missing = true;
            return false;
          }
          const entry = entries[index] as Entry;
          if (hasPhrasing(entry, lesson.question)) continue;
          entries[index] = withPhrasing(entry, lesson.lang, lesson.question);
          taught += 1;
        }
        return taught > 0;
      },
    });
    // Nothing new to write is not a failure: the file stays as it is.
    if (!result.ok && (missing || result.reason !== 'gone')) return { ...result, file };
    taughtPerFile.set(file, result.ok ? taught : 0);
  }
  return { ok: true, taughtPerFile };
}
