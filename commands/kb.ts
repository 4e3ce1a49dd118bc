// /kb reload | validate | stats: admins reload the knowledge base safely and see what the team asks.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  PermissionFlagsBits,
} from 'discord-api-types/v10';
import { UNSURE_BELOW } from '../src/answer/answer-question.js';
import { refuseUnlessAdmin } from '../src/bot/admin-check.js';
import type { CommandModule } from '../src/bot/command.js';
import { GUILD_ONLY } from '../src/bot/common-options.js';
import { choiceLanguage } from '../src/bot/reply-language.js';
import { localizedDefinition } from '../src/i18n/catalog.js';
import { reloadAndLog } from '../src/kb/reload-and-log.js';
import { kbStats } from '../src/kb/stats.js';
import { kbReportReply } from '../src/render/kb-report.js';
import { kbStatsReply } from '../src/render/kb-stats-reply.js';
import { teamStats } from '../src/state/team-stats.js';

export const kb = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'kb',
    ...localizedDefinition((c) => c.kb),
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'reload',
        ...localizedDefinition((c) => c.kb.reload),
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'validate',
        ...localizedDefinition((c) => c.kb.validate),
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'stats',
        ...localizedDefinition((c) => c.kb.stats),
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
      const team = teamStats(await ctx.store.questionLog(), ctx.clock.now(), {
        unsureBelow: UNSURE_BELOW,
        ...(request.guildId ? { guildId: request.guildId } : {}),
      });
      return kbStatsReply(kbStats(ctx.kb.current().kb), team, lang, { health: ctx.store.health() });
    }
    const apply = request.subcommand === 'reload';
    const report = await reloadAndLog(ctx.kb, ctx.logger, 'command', apply);
    return kbReportReply(report, lang, apply);
  },
} satisfies CommandModule;
