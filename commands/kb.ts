// /kb reload | validate | stats: admins reload the knowledge base safely and see what the team asks.
import { ApplicationCommandOptionType, ApplicationCommandType, PermissionFlagsBits } from 'discord.js';
import { refuseUnlessAdmin } from '../src/bot/admin-check.js';
import type { CommandModule } from '../src/bot/command.js';
import { GUILD_ONLY } from '../src/bot/common-options.js';
import { localized } from '../src/bot/localize.js';
import { choiceLanguage } from '../src/bot/reply-language.js';
import { reloadAndLog } from '../src/kb/reload-and-log.js';
import { kbStats } from '../src/kb/stats.js';
import { UNSURE_BELOW } from '../src/answer/answer-question.js';
import { kbReportReply } from '../src/render/kb-report.js';
import { teamStatsReply } from '../src/render/team-stats-reply.js';
import { teamStats } from '../src/state/team-stats.js';

export const kb = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'kb',
    description: 'Admin: reload or check the knowledge base, see what the team asks',
    description_localizations: localized(
      'Admin: przeładuj lub sprawdź bazę wiedzy, zobacz o co pyta zespół',
      'Админ: перезагрузить или проверить базу знаний, статистика вопросов',
    ),
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'reload',
        description:
          'Validate the edited files, then switch to them (the old knowledge base stays if anything is wrong)',
        description_localizations: localized(
          'Sprawdź pliki i przełącz na nowe (przy błędach zostaje stara baza)',
          'Проверить файлы и переключиться (при ошибках остаётся старая база)',
        ),
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'validate',
        description: 'Check the files and show what would change, without switching (dry run)',
        description_localizations: localized(
          'Sprawdź pliki i pokaż zmiany bez przełączania',
          'Проверить файлы и показать изменения без переключения',
        ),
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'stats',
        description:
          'Entries, questions asked, declined and low-confidence questions, answers voted not helpful',
        description_localizations: localized(
          'Wpisy, pytania, odrzucone pytania, odpowiedzi ocenione jako niepomocne',
          'Записи, вопросы, отклонённые вопросы, ответы с плохой оценкой',
        ),
      },
    ],
    ...GUILD_ONLY,
  },
  isPrivate: () => true,

  async execute(request, ctx) {
    const refusal = refuseUnlessAdmin(request, ctx);
    if (refusal) return refusal;
    const lang = choiceLanguage(request);
    if (request.subcommand === 'stats') {
      const engine = ctx.kb.current();
      return teamStatsReply(
        kbStats(engine.kb),
        teamStats(await ctx.store.questionLog(), ctx.clock.now(), {
          unsureBelow: UNSURE_BELOW,
          ...(request.guildId ? { guildId: request.guildId } : {}),
        }),
        ctx.store.health(),
      );
    }
    const apply = request.subcommand === 'reload';
    const report = await reloadAndLog(ctx.kb, ctx.logger, 'command', apply);
    return kbReportReply(report, lang, apply);
  },
} satisfies CommandModule;
