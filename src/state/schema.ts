// The shapes of everything the state keeps, validated whenever it is read back: settings, claims, log records.
import { z } from 'zod';
import { LANGS } from '../kb/schema.js';
import { guildDailyTipSchema } from './daily-tip-state.js';
import { quizStateSchema } from './quiz-store.js';

export const MAX_QUESTION_RECORDS = 5000;
export const MAX_VOTES = 20000;
export const MAX_STORED_QUESTION = 500;

export const questionRecordSchema = z.object({
  at: z.iso.datetime(),
  guildId: z.string().optional(),
  /** The question as asked (trimmed, at most 500 characters); no other message text is kept. */
  question: z.string().max(MAX_STORED_QUESTION),
  lang: z.enum(LANGS),
  answered: z.boolean(),
  entryId: z.string().optional(),
  confidence: z.number().min(0).max(1),
});
export type QuestionRecord = z.infer<typeof questionRecordSchema>;

export const voteSchema = z.object({
  entryId: z.string().min(1, 'must name an entry').max(200),
  userId: z.string().regex(/^\d{1,25}$/, 'must be a Discord user id'),
  helpful: z.boolean(),
  at: z.iso.datetime(),
});
export type Vote = z.infer<typeof voteSchema>;

export const usageSchema = z.object({
  command: z.string().min(1).max(100),
  count: z.number().int().positive(),
});

/** One line of the append-only question log (lowdb) or one element of a Redis list. */
export const logLineSchema = z.discriminatedUnion('type', [
  questionRecordSchema.extend({ type: z.literal('question') }),
  voteSchema.extend({ type: z.literal('vote') }),
  usageSchema.extend({ type: z.literal('usage') }),
]);
export type LogLine = z.infer<typeof logLineSchema>;

export const guildStateSchema = z.object({
  dailyTip: guildDailyTipSchema.optional(),
});
export type GuildState = z.infer<typeof guildStateSchema>;

/** Who holds the daily post of a server for a local date, and how far it got. */
export const claimSchema = z.object({
  token: z.string().min(1),
  /** claimed: may still be taken over once expired; sending: the request went out; posted: done. */
  phase: z.enum(['claimed', 'sending', 'posted']),
  expiresAt: z.number().int(),
});
export type ClaimRecord = z.infer<typeof claimSchema>;

/** Version 2 of the lowdb file: settings, rotation and claims only (the log lives apart). */
export const settingsFileSchema = z.object({
  version: z.literal(2),
  guilds: z.record(z.string(), guildStateSchema),
  claims: z.record(z.string(), claimSchema),
  /** Quiz rounds and answers; absent until the first round. */
  quiz: quizStateSchema.optional(),
});
export type SettingsFile = z.infer<typeof settingsFileSchema>;

export const emptySettings = (): SettingsFile => ({ version: 2, guilds: {}, claims: {} });

/** Everything a store holds, as plain data (for reports, tests and moving between stores). */
export interface StateSnapshot {
  guilds: Record<string, GuildState>;
  questions: QuestionRecord[];
  votes: Vote[];
  usage: Record<string, number>;
}
