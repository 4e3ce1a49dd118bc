// /kb remove: asks with a button first; the button removes the entry from its file and reloads.
import type { BotContext } from '../../src/bot/context.js';
import { catalog } from '../../src/i18n/catalog.js';
import { changeKbFile } from '../../src/kb-admin/change-kb-file.js';
import { fileOfEntry } from '../../src/kb-admin/entry-files.js';
import { editFailureReply, kbDoneReply } from '../../src/render/kb-edit-reply.js';
import type { Reply } from '../../src/render/reply.js';
import type { Editor } from './save-entry.js';

export async function confirmRemoval(ctx: BotContext, by: Editor, id: string): Promise<Reply> {
  const words = catalog(by.lang).admin.kbEdit;
  const file = ctx.kb.current().kb.entry(id) && (await fileOfEntry(ctx.kb.dir, id));
  if (!file) return kbDoneReply(words.notSaved, words.unknownEntry(id));
  return {
    cards: [{ title: '🗑️', description: words.confirmRemove(id, file), tone: 'admin' }],
    buttons: [
      { customId: `kb:remove:${id}`, label: words.removeButton, style: 'danger' },
      { customId: `kb:keep:${id}`, label: words.keepButton, style: 'secondary' },
    ],
    private: true,
  };
}

export async function removeEntry(ctx: BotContext, by: Editor, id: string): Promise<Reply> {
  const words = catalog(by.lang).admin.kbEdit;
  const file = await fileOfEntry(ctx.kb.dir, id);
  if (!file) return editFailureReply({ reason: 'gone' }, by.lang);
  const result = await changeKbFile(ctx, {
    file,
    by: by.id,
    action: 'remove',
    entryId: id,
    apply(content) {
      const before = content.entries?.length ?? 0;
      content.entries = (content.entries ?? []).filter((e) => (e as { id?: unknown }).id !== id);
      return content.entries.length < before;
    },
  });
  if (!result.ok) return editFailureReply(result, by.lang);
  return kbDoneReply(words.removed, words.removedFrom(id, file));
}
