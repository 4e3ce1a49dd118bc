// The run-time admin check of admin commands (Discord's default permissions can be changed by a server).
import { catalog } from '../i18n/catalog.js';
import type { Reply } from '../render/reply.js';
import type { CommandRequest } from './command.js';
import type { BotContext } from './context.js';
import { choiceLanguage } from './reply-language.js';

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
  const words = catalog(choiceLanguage(request)).replies.errors;
  return { cards: [{ title: '⛔', description: words.notAdmin, tone: 'error' }], private: true };
}
