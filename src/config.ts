// The one configuration path of every entry point: the environment plus `.env`, validated with zod (names: GUIDE.md).
// The only module that reads process.env.
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { LANGS } from './kb/schema.js';
import { catchUpHoursSchema, isValidTimeZone, parseDailyTipCron } from './tips/schedule.js';

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17-20 digits)');

const envSchema = z.object({
  DISCORD_TOKEN: z.string().min(20, 'looks too short for a bot token').optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL such as http://127.0.0.1:8080/api' })
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  KB_DIR: z.string().default('data/kb'),
  STATE_FILE: z.string().default('data/state.json'),
  STATE_URL: z
    .url({ protocol: /^rediss?$/, message: 'must be a Redis URL such as redis://127.0.0.1:6379/0' })
    .optional(),
  DAILY_TIP_CHANNEL_ID: snowflake.optional(),
  DAILY_TIP_CRON: z
    .string()
    .default('0 9 * * 1-5')
    .superRefine((expr, ctx) => {
      try {
        parseDailyTipCron(expr);
      } catch (error) {
        ctx.addIssue({
          code: 'custom',
          message: `must be a daily cron expression naming one minute and one hour, e.g. "0 9 * * 1-5" (${(error as Error).message})`,
        });
      }
    }),
  DAILY_TIP_TIMEZONE: z
    .string()
    .default('Europe/Warsaw')
    .refine(isValidTimeZone, 'must be an IANA time zone such as Europe/Warsaw'),
  DAILY_TIP_CATCH_UP_HOURS: catchUpHoursSchema.default(3),
  DAILY_TIP_LANGUAGE: z.enum(LANGS, 'must be pl, en or ru').default('en'),
  ADMIN_ROLE_ID: snowflake.optional(),
  KB_WATCH: z
    .enum(['0', '1'], 'must be 0 or 1')
    .default('0')
    .transform((v) => v === '1'),
  /** Per-user rate limit: at most RATE_LIMIT_COMMANDS commands and button clicks in RATE_LIMIT_WINDOW_SECONDS; 0 turns it off. */
  RATE_LIMIT_COMMANDS: z.coerce.number().int().min(0, 'must be 0 (off) or more').max(1000).default(8),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .min(1, 'must be at least 1 second')
    .max(3600)
    .default(10),
  /** Unset: info when connected to Discord; warn in the console, where the log would drown the replies. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  /** `auto` or a number of shards: `npm start` runs discord.js's ShardingManager (in a shard: the total it set). */
  SHARD_COUNT: z
    .union([
      z.literal('auto'),
      z.coerce.number('must be auto or a whole number of shards, e.g. 2').int().min(1).max(10_000),
    ])
    .optional(),
  /** Set by discord.js's ShardingManager in the processes it spawns, with SHARDS (this process's shard id). */
  SHARDING_MANAGER: z.literal('true').optional(),
  SHARDS: z.coerce.number('must be a shard id').int().min(0).optional(),
  /** The console user's locale comes from the usual POSIX variables, first set wins. */
  LC_ALL: z.string().optional(),
  LC_MESSAGES: z.string().optional(),
  LANG: z.string().optional(),
});

type Env = z.infer<typeof envSchema>;

/**
 * How this process takes part in sharding: alone (the default), as the manager that spawns the shards, or as one
 * shard spawned by it (discord.js passes SHARDING_MANAGER, SHARDS and the total SHARD_COUNT to each).
 */
export type Sharding =
  | { role: 'single' }
  | { role: 'manager'; shardCount: 'auto' | number }
  | { role: 'shard'; shardId: number; shardCount: number };

export type Config = Omit<
  Env,
  'LOG_LEVEL' | 'LC_ALL' | 'LC_MESSAGES' | 'LANG' | 'SHARD_COUNT' | 'SHARDING_MANAGER' | 'SHARDS'
> & {
  LOG_LEVEL: NonNullable<Env['LOG_LEVEL']>;
  /** The console user's locale, e.g. "pl" from LANG=pl_PL.UTF-8; undefined for C/POSIX or unset. */
  CONSOLE_LOCALE?: string;
  SHARDING: Sharding;
};

/** The sharding role, or the problem that forbids it (several processes must share one state, not a lowdb file). */
function shardingOf(env: Env): { ok: true; sharding: Sharding } | { ok: false; problem: string } {
  const count = env.SHARD_COUNT;
  if (env.SHARDING_MANAGER) {
    if (typeof count !== 'number' || env.SHARDS === undefined || env.SHARDS >= count)
      return {
        ok: false,
        problem: 'SHARDS: a shard process needs SHARDS below SHARD_COUNT (both set by the ShardingManager)',
      };
    return { ok: true, sharding: { role: 'shard', shardId: env.SHARDS, shardCount: count } };
  }
  if (count === undefined || count === 1) return { ok: true, sharding: { role: 'single' } };
  if (!env.DISCORD_TOKEN)
    return { ok: false, problem: 'SHARD_COUNT: sharding needs DISCORD_TOKEN (the console is one process)' };
  // Each shard is a process of its own: lowdb's file (locked to one process) cannot be their shared state.
  if (!env.STATE_URL)
    return {
      ok: false,
      problem: `SHARD_COUNT: ${count} shards run as separate processes, which must share one state: set STATE_URL=redis://host:6379/0 (several processes must not write one lowdb file), or leave SHARD_COUNT unset for one process`,
    };
  return { ok: true, sharding: { role: 'manager', shardCount: count } };
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Validates the environment; empty variables count as unset (as in a copied .env.example). */
export function loadConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success)
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const sharding = shardingOf(parsed.data);
  if (!sharding.ok) return { ok: false, problems: [sharding.problem] };
  // The sharding variables live on as SHARDING only.
  const {
    LC_ALL,
    LC_MESSAGES,
    LANG,
    LOG_LEVEL,
    SHARD_COUNT: _count,
    SHARDING_MANAGER: _manager,
    SHARDS: _shards,
    ...rest
  } = parsed.data;
  const locale = (LC_ALL || LC_MESSAGES || LANG)?.split(/[._]/)[0];
  return {
    ok: true,
    config: {
      ...rest,
      SHARDING: sharding.sharding,
      LOG_LEVEL: LOG_LEVEL ?? (rest.DISCORD_TOKEN ? 'info' : 'warn'),
      ...(locale && locale !== 'C' && locale !== 'POSIX' ? { CONSOLE_LOCALE: locale } : {}),
    },
  };
}

/**
 * The configuration of this process: its environment over the variables of `envFile` (default `.env` in the
 * working directory, when present), as `node --env-file` would merge them. Every entry point starts here.
 */
export function readConfig(envFile = '.env', env: NodeJS.ProcessEnv = process.env): ConfigResult {
  let fromFile: Record<string, string> = {};
  if (existsSync(envFile)) {
    try {
      fromFile = parseEnv(readFileSync(envFile, 'utf8')) as Record<string, string>;
    } catch (error) {
      return { ok: false, problems: [`${envFile}: cannot be read (${(error as Error).message})`] };
    }
  }
  return loadConfig({ ...fromFile, ...env });
}

/** Prints the problems of an invalid configuration the same way for every entry point. */
export function configProblemsText(problems: readonly string[]): string {
  return [
    'the configuration is invalid.',
    ...problems.map((p) => `  - ${p}`),
    'See .env.example for every variable and its meaning.',
  ].join('\n');
}
