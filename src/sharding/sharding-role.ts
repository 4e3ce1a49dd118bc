// This process's sharding role from the validated environment (src/config.ts), or the problem that forbids it.
import type { ConfigProblem, Env } from '../config.js';

/**
 * How this process takes part in sharding: alone (the default), as the manager that spawns the shards, or as one
 * shard spawned by it (discord.js passes SHARDING_MANAGER, SHARDS and the total SHARD_COUNT to each).
 */
export type Sharding =
  | { role: 'single' }
  | { role: 'manager'; shardCount: 'auto' | number }
  | { role: 'shard'; shardId: number; shardCount: number };

/** The sharding role, or the problem that forbids it (several processes must share one state, not a lowdb file). */
export function shardingOf(
  env: Pick<Env, 'SHARD_COUNT' | 'SHARDING_MANAGER' | 'SHARDS' | 'DISCORD_TOKEN' | 'STATE_URL'>,
): { ok: true; sharding: Sharding } | { ok: false; problem: ConfigProblem } {
  const count = env.SHARD_COUNT;
  if (env.SHARDING_MANAGER) {
    // Both are set by the ShardingManager: a shard process needs its id below the total.
    if (typeof count !== 'number' || env.SHARDS === undefined || env.SHARDS >= count)
      return { ok: false, problem: { variable: 'SHARDS', code: 'shard_ids' } };
    return { ok: true, sharding: { role: 'shard', shardId: env.SHARDS, shardCount: count } };
  }
  if (count === undefined || count === 1) return { ok: true, sharding: { role: 'single' } };
  if (!env.DISCORD_TOKEN)
    return { ok: false, problem: { variable: 'SHARD_COUNT', code: 'sharding_needs_token' } };
  // Each shard is a process of its own: lowdb's file (locked to one process) cannot be their shared state.
  if (!env.STATE_URL)
    return { ok: false, problem: { variable: 'SHARD_COUNT', code: 'sharding_needs_redis', count } };
  return { ok: true, sharding: { role: 'manager', shardCount: count } };
}
