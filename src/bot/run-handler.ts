// The one error boundary around handlers: a bug gives the user a short private message with a reference; the log gets the detail.
import { randomUUID } from 'node:crypto';
import { localeToLang } from '../answer/answer-question.js';
import type { Lang } from '../kb/schema.js';
import { COLORS, type Reply } from '../render/reply.js';
import type { BotContext } from './context.js';

const SORRY: Record<Lang, string> = {
  pl: 'Coś poszło nie tak po mojej stronie. Spróbuj ponownie za chwilę; jeśli to się powtarza, przekaż administratorowi kod: {ref}',
  en: 'Something went wrong on my side. Please try again in a moment; if it keeps happening, give an admin this reference: {ref}',
  ru: 'Что-то пошло не так с моей стороны. Попробуйте ещё раз чуть позже; если ошибка повторяется, сообщите администратору код: {ref}',
};

export function errorReply(ref: string, locale?: string): Reply {
  const lang = localeToLang(locale) ?? 'en';
  return {
    cards: [{ title: '⚠️', description: SORRY[lang].replace('{ref}', ref), color: COLORS.error }],
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
