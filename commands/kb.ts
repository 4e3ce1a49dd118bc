// /kb: admins reload and check the knowledge base, see what the team asks, add, edit and remove entries, and
// teach it the team's questions (the edits live in commands/kb/).
import type { APIApplicationCommandBasicOption } from 'discord-api-types/v10';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  PermissionFlagsBits,
} from '../src/bot/discord-api-values.js';
import { UNSURE_BELOW } from '../src/answer/answer-question.js';
import { foldText } from '../src/answer/normalize.js';
import { refuseUnlessAdmin } from '../src/bot/admin-check.js';
import type { ButtonRequest, CommandModule, CommandRequest } from '../src/bot/command.js';
import { GUILD_ONLY } from '../src/bot/common-options.js';
import { choiceLanguage } from '../src/bot/reply-language.js';
import { catalog, localizedDefinition } from '../src/i18n/catalog.js';
import { LANGS, type Lang } from '../src/kb/schema.js';
import { formFromEntry } from '../src/kb-admin/entry-form.js';
import { reloadAndLog } from '../src/kb/reload-and-log.js';
import { shardReloadResult } from '../src/sharding/reload-messages.js';
import { kbStats } from '../src/kb/stats.js';
import { kbDoneReply } from '../src/render/kb-edit-reply.js';
import { kbReportReply } from '../src/render/kb-report.js';
import { kbStatsReply } from '../src/render/kb-stats-reply.js';
import { teamStats } from '../src/state/team-stats.js';
import { entryFormOf, entryFormReply, isComplete } from './kb/entry-form-reply.js';
import { answerInboxChoice, inboxReply } from './kb/inbox.js';
import { confirmRemoval, removeEntry } from './kb/remove-entry.js';
import { addEntry, editEntry, type Editor } from './kb/save-entry.js';

const text = (
  name: 'kind' | 'topics' | 'text' | 'phrasings' | 'source',
): APIApplicationCommandBasicOption => ({
  type: ApplicationCommandOptionType.String,
  name,
  ...localizedDefinition((c) => c.kb[name]),
  required: false,
});
const entryId: APIApplicationCommandBasicOption = {
  type: ApplicationCommandOptionType.String,
  name: 'id',
  ...localizedDefinition((c) => c.kb.id),
  required: true,
  autocomplete: true,
};
const subcommand = (
  name: 'reload' | 'validate' | 'stats' | 'add' | 'edit' | 'remove' | 'inbox',
  options: APIApplicationCommandBasicOption[] = [],
) => ({
  type: ApplicationCommandOptionType.Subcommand,
  name,
  ...localizedDefinition((c) => c.kb[name]),
  ...(options.length ? { options } : {}),
});

/** Buttons, forms and menus come back without the command's options: they are checked as the same admin command. */
const asCommand = (request: ButtonRequest, action: string): CommandRequest => ({
  command: 'kb',
  subcommand: action,
  options: {},
  user: request.user,
  ...(request.guildId ? { guildId: request.guildId } : {}),
});

const editor = (request: { user: CommandRequest['user'] }): Editor => ({
  id: request.user.id,
  lang: choiceLanguage(request),
});

const isLang = (value: string | undefined): value is Lang =>
  (LANGS as readonly string[]).includes(value ?? '');

export const kb = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'kb',
    ...localizedDefinition((c) => c.kb),
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    options: [
      subcommand('reload'),
      subcommand('validate'),
      subcommand('stats'),
      subcommand('add', [text('kind'), text('topics'), text('text'), text('phrasings'), text('source')]),
      subcommand('edit', [entryId]),
      subcommand('remove', [entryId]),
      subcommand('inbox'),
    ],
    ...GUILD_ONLY,
  },
  isPrivate: () => true,

  async execute(request, ctx) {
    const refusal = refuseUnlessAdmin(request, ctx);
    if (refusal) return refusal;
    const lang = choiceLanguage(request);
    const by = editor(request);
    const words = catalog(lang).admin.kbEdit;
    const id = String(request.options.id ?? '');
    switch (request.subcommand) {
      case 'stats': {
        const team = teamStats(await ctx.store.questionLog(), ctx.clock.now(), {
          unsureBelow: UNSURE_BELOW,
          ...(request.guildId ? { guildId: request.guildId } : {}),
        });
        return kbStatsReply(kbStats(ctx.kb.current().kb), team, lang, { health: ctx.store.health() });
      }
      case 'add': {
        // Every field given (the console, or a quick add): saved at once; else the form, filled with what was given.
        const form = entryFormOf(request.options);
        if (isComplete(form)) return addEntry(ctx, by, form);
        return entryFormReply(`kb:add:${lang}`, words.addTitle, lang, form);
      }
      case 'edit': {
        const entry = ctx.kb.current().kb.entry(id);
        if (!entry) return kbDoneReply(words.notSaved, words.unknownEntry(id));
        return entryFormReply(`kb:edit:${lang}:${id}`, words.editTitle(id), lang, formFromEntry(entry, lang));
      }
      case 'remove':
        return confirmRemoval(ctx, by, id);
      case 'inbox':
        return inboxReply(ctx, by, request.guildId);
      default: {
        const apply = request.subcommand === 'reload';
        const report = await reloadAndLog(ctx.kb, ctx.logger, 'command', apply);
        // With shards, every process holds its own copy: a reload goes to all of them and the reply lists each.
        const others = apply && ctx.otherShards;
        if (!others) return kbReportReply(report, lang, apply);
        const results = [shardReloadResult(others.shardId, report), ...(await others.reloadOthers())];
        return kbReportReply(report, lang, apply, results);
      }
    }
  },

  /** Entry ids for edit and remove: ids and texts containing what was typed, in the admin's language. */
  async autocomplete(request, ctx) {
    if (!request.user.isAdmin) return [];
    const typed = foldText(request.focused.value.trim());
    const lang = choiceLanguage(request);
    return ctx.kb
      .current()
      .kb.entries.filter(
        (e) => !typed || e.id.includes(typed) || foldText(e.text[lang] ?? '').includes(typed),
      )
      .slice(0, 25)
      .map((e) => ({ name: `${e.id} — ${e.text[lang] ?? Object.values(e.text)[0] ?? ''}`, value: e.id }));
  },

  async button(request, ctx) {
    const [action = '', id = ''] = request.args;
    const refusal = refuseUnlessAdmin(asCommand(request, action), ctx);
    if (refusal) return refusal;
    const by = editor(request);
    if (action === 'remove') return removeEntry(ctx, by, id);
    const words = catalog(by.lang).admin.kbEdit;
    return kbDoneReply(words.notSaved, words.kept);
  },

  async form(request, ctx) {
    const [action = '', lang, target] = request.args;
    const refusal = refuseUnlessAdmin(asCommand(request, action), ctx);
    if (refusal) return refusal;
    // The form was written in the language it was opened in, whatever the submitter's client says now.
    const by: Editor = { id: request.user.id, lang: isLang(lang) ? lang : choiceLanguage(request) };
    const form = entryFormOf(request.fields);
    if (action === 'edit' && target) return editEntry(ctx, by, target, form);
    return addEntry(ctx, by, form, target ? form.phrasings.split('\n')[0] : undefined);
  },

  async select(request, ctx) {
    const [action = '', key = ''] = request.args;
    const refusal = refuseUnlessAdmin(asCommand(request, action), ctx);
    if (refusal) return refusal;
    return answerInboxChoice(ctx, editor(request), key, request.values[0] ?? '', request.guildId);
  },
} satisfies CommandModule;
