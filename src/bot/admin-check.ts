// The run-time admin check of admin commands (Discord's default permissions can be changed by a server).
import type { Lang } from '../kb/schema.js';
import { COLORS, type Reply } from '../render/reply.js';
import type { CommandRequest } from './command.js';
import type { BotContext } from './context.js';
import { choiceLanguage } from './reply-language.js';

const REFUSAL: Record<Lang, string> = {
  pl: 'Ta komenda jest dla administratorów (uprawnienie Zarządzanie serwerem lub rola administratora bota). Nic nie zostało zmienione.',
  en: 'This command is for admins (the Manage Server permission or the bot admin role). Nothing was changed.',
  ru: 'Эта команда для администраторов (право «Управлять сервером» или роль администратора бота). Ничего не изменено.',
};

/** Returns the refusal reply (and logs the attempt) when the requester is not an admin; undefined when allowed. */
export function refuseUnlessAdmin(request: CommandRequest, ctx: BotContext): Reply | undefined {
  if (request.user.isAdmin) return undefined;
  ctx.logger.warn(
    {
      command: request.command,
      subcommand: request.subcommand,
      userId: request.user.id,
      guildId: request.guildId,
    },
    'admin command refused: the user is not an admin',
  );
  return {
    cards: [{ title: '⛔', description: REFUSAL[choiceLanguage(request)], color: COLORS.error }],
    private: true,
  };
}
