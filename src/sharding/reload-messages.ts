// The messages the shard manager and its shard processes exchange to reload the knowledge base on every shard,
// validated with zod on arrival (another process's message is outside input).
import { z } from 'zod';
import type { ReloadReport } from '../kb/kb-holder.js';
import { kbProblemSchema } from '../kb/problem-schema.js';

/**
 * What one shard's reload came to: the new entry count, or the old knowledge base kept and why (the first problem as
 * a code, worded in the admin's language by the shard that answers the admin).
 */
export const shardReloadResultSchema = z.discriminatedUnion('outcome', [
  z.object({ shardId: z.number().int().min(0), outcome: z.literal('reloaded'), entries: z.number().int() }),
  z.object({
    shardId: z.number().int().min(0),
    outcome: z.literal('kept'),
    problems: z.number().int().min(0),
    firstProblem: kbProblemSchema.optional(),
  }),
  /** The shard did not answer in time (not running, restarting, or stuck). */
  z.object({ shardId: z.number().int().min(0), outcome: z.literal('no-answer') }),
]);
export type ShardReloadResult = z.infer<typeof shardReloadResultSchema>;

const requestId = z.string().min(1).max(100);

/** Manager → shard: reload now and answer with `reloaded`. Shard → manager: reload every other shard. */
export const reloadMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('cs-coach:reload'), requestId }),
  z.object({ type: z.literal('cs-coach:reloaded'), requestId, result: shardReloadResultSchema }),
  z.object({ type: z.literal('cs-coach:reload-others'), requestId }),
  z.object({
    type: z.literal('cs-coach:others-reloaded'),
    requestId,
    results: z.array(shardReloadResultSchema),
  }),
]);
export type ReloadMessage = z.infer<typeof reloadMessageSchema>;

/** The message if it is one of ours; undefined for discord.js's own messages and anything malformed. */
export function parseReloadMessage(message: unknown): ReloadMessage | undefined {
  const parsed = reloadMessageSchema.safeParse(message);
  return parsed.success ? parsed.data : undefined;
}

/** A shard's reload report in short, as the admin's reply lists it per shard. */
export function shardReloadResult(shardId: number, report: ReloadReport): ShardReloadResult {
  if (report.ok) return { shardId, outcome: 'reloaded', entries: report.entries };
  const first = report.problems[0];
  return {
    shardId,
    outcome: 'kept',
    problems: report.problems.length,
    ...(first ? { firstProblem: first } : {}),
  };
}
