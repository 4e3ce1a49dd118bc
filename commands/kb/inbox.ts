// /kb inbox: the questions to teach, each with a menu of its closest entries, "new entry" and "ignore".
import { UNSURE_BELOW } from '../../src/answer/answer-question.js';
import type { BotContext } from '../../src/bot/context.js';
import { catalog } from '../../src/i18n/catalog.js';
import { changeKbFile } from '../../src/kb-admin/change-kb-file.js';
import { fileOfEntry } from '../../src/kb-admin/entry-files.js';
import { questionKey, teamInbox, type InboxItem } from '../../src/kb-admin/inbox.js';
import { readQuestionLog } from '../../src/kb-admin/question-log-view.js';
import { readKbFileObject, TEAM_FILE } from '../../src/kb-admin/team-file.js';
import { MAX_PHRASING_LENGTH, withPhrasing } from '../../src/kb-admin/teach-phrasing.js';
import { entryTitle } from '../../src/render/entry-card.js';
import { editFailureReply, kbDoneReply } from '../../src/render/kb-edit-reply.js';
import type { Reply } from '../../src/render/reply.js';
import { entryFormReply } from './entry-form-reply.js';
import { replaceEntry, type Editor } from './save-entry.js';

/** Discord shows at most five rows of components under a message: one menu per question. */
const SHOWN = 5;
export const NEW_ENTRY = '+new';
export const IGNORE = '+ignore';

export async function currentInbox(ctx: BotContext, guildId?: string): Promise<InboxItem[]> {
  const team = await readKbFileObject(ctx.kb.dir, TEAM_FILE);
  const ignored =
    team.ok && Array.isArray(team.content.ignoredQuestions) ? team.content.ignoredQuestions : [];
  return teamInbox(await readQuestionLog(ctx.store), ctx.kb.current(), {
    now: ctx.clock.now(),
    unsureBelow: UNSURE_BELOW,
    ignored: new Set(ignored.map(String)),
    ...(guildId ? { guildId } : {}),
  });
}

export async function inboxReply(ctx: BotContext, by: Editor, guildId?: string): Promise<Reply> {
  const words = catalog(by.lang).admin.inbox;
  const items = await currentInbox(ctx, guildId);
  if (items.length === 0) return kbDoneReply(words.title, words.empty);
  const shown = items.slice(0, SHOWN);
  const reason = (item: InboxItem) =>
    item.reason === 'unsure'
      ? words.unsure(Math.round(item.confidence * 100))
      : item.reason === 'declined'
        ? words.declined
        : words.notHelpful;
  return {
    cards: [
      {
        title: words.title,
        fields: shown.map((item, i) => ({
          name: `${i + 1}. ${item.question}`,
          value: `${reason(item)} · ${words.asked(item.count)}`,
        })),
        ...(items.length > SHOWN ? { footer: words.more(items.length - SHOWN) } : {}),
        tone: 'admin',
      },
    ],
    selects: shown.map((item, i) => ({
      customId: `kb:teach:${item.key}`,
      placeholder: `${i + 1}. ${words.pick}`,
      options: [
        ...item.closest.map((entry) => ({
          label: entryTitle(entry, by.lang),
          value: entry.id,
          description: entry.id,
        })),
        { label: `➕ ${words.newEntry}`, value: NEW_ENTRY },
        { label: `🙈 ${words.ignore}`, value: IGNORE },
      ],
    })),
    private: true,
  };
}

/** What the admin chose in a question's menu. */
export async function answerInboxChoice(
  ctx: BotContext,
  by: Editor,
  key: string,
  choice: string,
  guildId?: string,
): Promise<Reply> {
  const item = (await currentInbox(ctx, guildId)).find((i) => i.key === key);
  if (!item) return editFailureReply({ reason: 'gone' }, by.lang);
  if (choice === NEW_ENTRY)
    return entryFormReply(`kb:add:${by.lang}:${key}`, catalog(by.lang).admin.kbEdit.addTitle, by.lang, {
      phrasings: item.question,
    });
  if (choice === IGNORE) return ignoreQuestion(ctx, by, item);
  return teachQuestion(ctx, by, item, choice);
}

async function teachQuestion(ctx: BotContext, by: Editor, item: InboxItem, id: string): Promise<Reply> {
  const words = catalog(by.lang).admin.kbEdit;
  const file = ctx.kb.current().kb.entry(id) && (await fileOfEntry(ctx.kb.dir, id));
  if (!file) return editFailureReply({ reason: 'gone' }, by.lang);
  const result = await changeKbFile(ctx, {
    file,
    by: by.id,
    action: 'teach',
    entryId: id,
    question: item.question,
    apply: (content) =>
      replaceEntry(content.entries, id, (entry) =>
        withPhrasing(entry, item.lang, item.question.trim().slice(0, MAX_PHRASING_LENGTH)),
      ),
  });
  if (!result.ok) return editFailureReply(result, by.lang);
  return kbDoneReply(words.taught, words.taughtTo(item.question, id));
}

async function ignoreQuestion(ctx: BotContext, by: Editor, item: InboxItem): Promise<Reply> {
  const words = catalog(by.lang).admin.kbEdit;
  const result = await changeKbFile(ctx, {
    file: TEAM_FILE,
    by: by.id,
    action: 'ignore',
    question: item.question,
    apply(content) {
      const ignored = Array.isArray(content.ignoredQuestions) ? content.ignoredQuestions : [];
      content.ignoredQuestions = [...ignored, questionKey(item.question)];
      content.entries ??= [];
      return true;
    },
  });
  if (!result.ok) return editFailureReply(result, by.lang);
  return kbDoneReply(words.ignored, item.question);
}
