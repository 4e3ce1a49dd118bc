// /kb add and /kb edit: the form checked against the schema, written to its file, reloaded, shown as users see it.
import type { BotContext } from '../../src/bot/context.js';
import { catalog } from '../../src/i18n/catalog.js';
import { changeKbFile } from '../../src/kb-admin/change-kb-file.js';
import { fileOfEntry } from '../../src/kb-admin/entry-files.js';
import { entryFromForm, type EntryForm } from '../../src/kb-admin/entry-form.js';
import { TEAM_FILE } from '../../src/kb-admin/team-file.js';
import type { Entry, Lang } from '../../src/kb/schema.js';
import { editFailureReply, entrySavedReply, formProblemsReply } from '../../src/render/kb-edit-reply.js';
import type { Reply } from '../../src/render/reply.js';

export interface Editor {
  id: string;
  lang: Lang;
}

/** A new entry into the team's own file; `question` when it comes from the inbox (kept in the audit line). */
export async function addEntry(
  ctx: BotContext,
  by: Editor,
  form: EntryForm,
  question?: string,
): Promise<Reply> {
  const checked = entryFromForm(form, by.lang, ctx.kb.current().kb);
  if (!checked.ok) return formProblemsReply(checked.problems, by.lang);
  const entry = checked.entry;
  const result = await changeKbFile(ctx, {
    file: TEAM_FILE,
    by: by.id,
    action: 'add',
    entryId: entry.id,
    ...(question ? { question } : {}),
    apply(content) {
      content.entries = [...(content.entries ?? []), entry];
      return true;
    },
  });
  if (!result.ok) return editFailureReply(result, by.lang);
  return saved(ctx, entry.id, TEAM_FILE, by.lang, 'added');
}

export async function editEntry(ctx: BotContext, by: Editor, id: string, form: EntryForm): Promise<Reply> {
  const kb = ctx.kb.current().kb;
  const existing = kb.entry(id);
  const file = existing && (await fileOfEntry(ctx.kb.dir, id));
  if (!existing || !file) return editFailureReply({ reason: 'gone' }, by.lang);
  const checked = entryFromForm(form, by.lang, kb, existing);
  if (!checked.ok) return formProblemsReply(checked.problems, by.lang);
  const entry = checked.entry;
  const result = await changeKbFile(ctx, {
    file,
    by: by.id,
    action: 'edit',
    entryId: id,
    apply: (content) => replaceEntry(content.entries, id, () => entry),
  });
  if (!result.ok) return editFailureReply(result, by.lang);
  return saved(ctx, id, file, by.lang, 'edited');
}

/** Replaces the entry `id` of a file's list in place; false when the file no longer holds it. */
export function replaceEntry(
  entries: unknown[] | undefined,
  id: string,
  change: (entry: Entry) => Entry,
): boolean {
  const index = entries?.findIndex((e) => (e as { id?: unknown }).id === id) ?? -1;
  if (!entries || index < 0) return false;
  entries[index] = change(entries[index] as Entry);
  return true;
}

function saved(ctx: BotContext, id: string, file: string, lang: Lang, what: 'added' | 'edited'): Reply {
  const words = catalog(lang).admin.kbEdit;
  const kb = ctx.kb.current().kb;
  const entry = kb.entry(id);
  if (!entry) return editFailureReply({ reason: 'gone' }, lang);
  return entrySavedReply(words[what], words.savedIn(id, file), entry, kb, lang);
}
