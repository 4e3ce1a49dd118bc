// The shape of the lowdb state file, validated on every read: guild settings, tip rotation, questions, votes.
import { z } from 'zod';
import { LANGS } from '../kb/schema.js';
import { guildDailyTipSchema } from './daily-tip-state.js';

export const MAX_QUESTION_RECORDS = 5000;
export const MAX_VOTES = 20000;

export const questionRecordSchema = z.object({
  at: z.iso.datetime(),
  guildId: z.string().optional(),
  /** The question as asked (trimmed, at most 500 characters); no other message text is kept. */
  question: z.string().max(500),
  lang: z.enum(LANGS),
  answered: z.boolean(),
  entryId: z.string().optional(),
  confidence: z.number().min(0).max(1),
});
export type QuestionRecord = z.infer<typeof questionRecordSchema>;

export const voteSchema = z.object({
  entryId: z.string(),
  userId: z.string(),
  helpful: z.boolean(),
  at: z.iso.datetime(),
});
export type Vote = z.infer<typeof voteSchema>;

export const guildStateSchema = z.object({
  dailyTip: guildDailyTipSchema.optional(),
});
export type GuildState = z.infer<typeof guildStateSchema>;

export const stateSchema = z.object({
  version: z.literal(1).default(1),
  guilds: z.record(z.string(), guildStateSchema).default({}),
  questions: z.array(questionRecordSchema).default([]),
  votes: z.array(voteSchema).default([]),
});
export type State = z.infer<typeof stateSchema>;

export const emptyState = (): State => stateSchema.parse({});
