// The one error boundary around handlers: a bug gives the user a short private message with a reference; the log gets the detail.
import { randomUUID } from 'node:crypto';
import { localeToLang } from '../answer/answer-question.js';
import { catalog } from '../i18n/catalog.js';
import type { Reply } from '../render/reply.js';
import type { BotContext } from './context.js';

export function errorReply(ref: string, locale?: string): Reply {
  const lang = localeToLang(locale) ?? 'en';
  return {
    cards: [{ title: '⚠️', description: catalog(lang).replies.errors.sorry(ref), tone: 'error' }],
    private: true,
  };
}

/** Runs a handler; on a thrown error logs it with a short reference and returns the apology reply instead. */
export async function runHandler(
  ctx: BotContext,
  what: { command: string; userId: string; locale?: string; guildId?: string },
  handler: () => Promise<Reply>,
): Promise<{ reply: Reply; failed: boolean }> {
  try {
    return { reply: await handler(), failed: false };
  } catch (error) {
    const ref = randomUUID().slice(0, 8);
    ctx.logger.error(
      { err: error, ref, command: what.command, userId: what.userId, guildId: what.guildId },
      'command failed',
    );
    return { reply: errorReply(ref, what.locale), failed: true };
  }
}
