// The router's edge: what an interaction may carry before a handler sees it (zod), and the refusals when it may not.
// discord.js parses the gateway payload but trusts it; a forged or stale payload (a hand-made button id, an option
// far over Discord's limits) must be refused here, with a clear private reply, and never reach the store.
import { z } from 'zod';
import { localeToLang } from '../answer/answer-question.js';
import type { CommandRequest } from '../bot/command.js';
import { catalog } from '../i18n/catalog.js';
import { LANGS, slug } from '../kb/schema.js';
import { quizOptionIdSchema, quizRoundIdSchema } from '../quiz/quiz-ids.js';
import type { Reply } from '../render/reply.js';
import { LIMITS } from './limits.js';

const snowflake = z.string().regex(/^\d{17,20}$/);

/**
 * The only buttons the bot makes: votes, the other languages of an entry and the entries offered under a decline or
 * an unsure answer (src/render/entry-buttons.ts), the
 * confirmation of /kb remove (commands/kb/remove-entry.ts), and the quiz's answers, "Next question" and "Quiz me"
 * (src/render/quiz-buttons.ts).
 */
const buttonIdSchema = z
  .string()
  .max(LIMITS.customId)
  .transform((id) => id.split(':'))
  .pipe(
    z.union([
      z.tuple([z.literal('ask'), z.literal('vote'), slug.max(80), z.enum(['up', 'down'])]),
      z.tuple([z.literal('ask'), z.literal('lang'), slug.max(80), z.enum(LANGS)]),
      z.tuple([z.literal('ask'), z.literal('show'), slug.max(80), z.enum(LANGS)]),
      z.tuple([z.literal('kb'), z.enum(['remove', 'keep']), slug.max(80)]),
      z.tuple([z.literal('quiz'), z.literal('answer'), quizRoundIdSchema, quizOptionIdSchema]),
      z.tuple([z.literal('quiz'), z.literal('next')]),
      z.tuple([z.literal('quiz'), z.literal('next'), slug.max(80)]),
    ]),
  );

export interface ButtonId {
  command: string;
  args: string[];
}

/** The command and arguments of a button the bot made, or undefined for anything else. */
export function parseButtonId(customId: string): ButtonId | undefined {
  const parsed = buttonIdSchema.safeParse(customId);
  if (!parsed.success) return undefined;
  const [command, ...args] = parsed.data;
  return { command, args };
}

/** Discord caps a string option at 6,000 characters; anything longer did not come from Discord's own client. */
const MAX_OPTION_LENGTH = 6000;

const commandRequestSchema = z.object({
  command: z.string().regex(/^[\p{Ll}\p{N}_-]{1,32}$/u),
  subcommand: z
    .string()
    .regex(/^[\p{Ll}\p{N}_-]{1,32}$/u)
    .optional(),
  options: z.record(
    z.string().max(32),
    z.union([z.string().max(MAX_OPTION_LENGTH), z.number().finite(), z.boolean()]),
  ),
  user: z.object({ id: snowflake, locale: z.string().max(16).optional(), isAdmin: z.boolean() }),
  guildId: snowflake.optional(),
  channelId: snowflake.optional(),
});

/** Whether a command request built from an interaction is one Discord could have sent. */
export function isValidCommandRequest(request: CommandRequest): boolean {
  return commandRequestSchema.safeParse(request).success;
}

export type EdgeRefusal = 'invalidButton' | 'invalidRequest' | 'unknownCommand';

/** A private refusal in the user's Discord language. */
export function edgeRefusal(kind: EdgeRefusal, locale: string | undefined): Reply {
  const lang = localeToLang(locale) ?? 'en';
  return {
    cards: [{ title: '🚫', description: catalog(lang).refusals[kind], tone: 'declined' }],
    private: true,
  };
}
