// One path for every admin edit of the knowledge base: lock, change one file, check it, write it atomically,
// reload through the KbHolder (validate, swap, never clear), and keep an audit line. A failure changes nothing.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../clock.js';
import type { KbHolder, ReloadReport } from '../kb/kb-holder.js';
import { parseKbFile } from '../kb/load.js';
import type { KbProblem } from '../kb/problems.js';
import { reloadAndLog } from '../kb/reload-and-log.js';
import type { Logger } from '../logger.js';
import type { OtherShards } from '../sharding/shard-link.js';
import {
  kbFileText,
  MAX_CHANGE_LINES,
  readKbFileObject,
  withKbLock,
  writeKbFileAtomically,
  type KbChange,
  type KbFileObject,
} from './team-file.js';

export interface KbEditDeps {
  kb: KbHolder;
  logger: Logger;
  clock: Clock;
  /** With shards, the other processes reload the changed folder too. */
  otherShards?: OtherShards;
}

export interface KbEdit {
  file: string;
  /** The admin's Discord id (or "console"). */
  by: string;
  action: KbChange['action'];
  entryId?: string;
  question?: string;
  /** Changes the file's content in place; returns false when what it should change is no longer there. */
  apply(content: KbFileObject): boolean;
}

export type KbEditFailure =
  | { reason: 'gone' }
  | { reason: 'unwritable'; detail: string }
  | { reason: 'unreadable' | 'invalid' | 'refused'; problems: KbProblem[] };

export type KbEditResult =
  | { ok: true; report: Extract<ReloadReport, { ok: true }>; change: KbChange }
  | ({ ok: false } & KbEditFailure);

export function changeKbFile(deps: KbEditDeps, edit: KbEdit): Promise<KbEditResult> {
  const dir = deps.kb.dir;
  return withKbLock(dir, async (): Promise<KbEditResult> => {
    const read = await readKbFileObject(dir, edit.file);
    if (!read.ok) return { ok: false, reason: 'unreadable', problems: [read.problem] };
    const content = structuredClone(read.content);
    if (!edit.apply(content)) return { ok: false, reason: 'gone' };
    const change: KbChange = {
      at: deps.clock.now().toISOString(),
      by: edit.by,
      action: edit.action,
      ...(edit.entryId ? { entryId: edit.entryId } : {}),
      ...(edit.question ? { question: edit.question.slice(0, 500) } : {}),
    };
    const previous = Array.isArray(content.changes) ? (content.changes as KbChange[]) : [];
    content.changes = [...previous, change].slice(-MAX_CHANGE_LINES);
    const text = kbFileText(content);
    // The file alone first: an invalid entry never reaches the disk.
    const checked = parseKbFile(edit.file, text);
    if (checked.problems.length > 0) return { ok: false, reason: 'invalid', problems: checked.problems };
    try {
      await writeKbFileAtomically(dir, edit.file, text);
    } catch (error) {
      return { ok: false, reason: 'unwritable', detail: (error as Error).message };
    }
    const report = await reloadAndLog(deps.kb, deps.logger, 'command');
    if (!report.ok) {
      // The whole folder did not validate (a duplicate id in another file, say): put the file back as it was.
      if (read.raw === undefined) await rm(path.join(dir, edit.file), { force: true });
      else await writeKbFileAtomically(dir, edit.file, read.raw);
      return { ok: false, reason: 'refused', problems: report.problems };
    }
    deps.logger.info(
      { audit: true, file: edit.file, ...change },
      `knowledge base ${edit.action} by an admin`,
    );
    // Not awaited: the admin's reply shows this shard's result; each other shard logs its own (never rejects).
    void deps.otherShards?.reloadOthers();
    return { ok: true, report, change };
  });
}
