// The one configuration path of every entry point: the environment plus `.env`, validated with zod (names: GUIDE.md).
// The only module that reads process.env.
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { LANGS } from './kb/schema.js';
import { catchUpHoursSchema, isValidTimeZone, parseDailyTipCron } from './tips/schedule.js';
import { shardingOf, type Sharding } from './sharding/sharding-role.js';

export type { Sharding } from './sharding/sharding-role.js';

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
  /**
   * Where the search index is kept between starts, so that a start with an unchanged knowledge base skips the index
   * build; `off`: always build it.
   */
  INDEX_CACHE_DIR: z
    .string()
    // One folder per user: the temp folder is shared, and the cache reads only files its user owns.
    .default(path.join(tmpdir(), `cs-coach-index-${process.getuid?.() ?? 'user'}`))
    .transform((dir) => (dir === 'off' ? undefined : dir)),
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

export type Env = z.infer<typeof envSchema>;

export type Config = Omit<
  Env,
  'LOG_LEVEL' | 'LC_ALL' | 'LC_MESSAGES' | 'LANG' | 'SHARD_COUNT' | 'SHARDING_MANAGER' | 'SHARDS'
> & {
  LOG_LEVEL: NonNullable<Env['LOG_LEVEL']>;
  /** The console user's locale, e.g. "pl" from LANG=pl_PL.UTF-8; undefined for C/POSIX or unset. */
  CONSOLE_LOCALE?: string;
  SHARDING: Sharding;
};

/** What is wrong with a variable, as a code the catalog words (src/render/config-problem-text.ts). */
export type ConfigIssue =
  | { code: 'discord_id' }
  | { code: 'token_short' }
  | { code: 'http_url' }
  | { code: 'redis_url' }
  | { code: 'daily_cron'; detail: string }
  | { code: 'time_zone' }
  | { code: 'catch_up_hours'; min: number; max: number }
  | { code: 'language' }
  | { code: 'zero_or_one' }
  | { code: 'whole_number'; min: number; max: number }
  | { code: 'log_level'; levels: string[] }
  | { code: 'env_file_unreadable'; detail: string }
  | { code: 'shard_count' }
  | { code: 'shard_ids' }
  | { code: 'sharding_needs_token' }
  | { code: 'sharding_needs_redis'; count: 'auto' | number }
  | { code: 'invalid'; detail: string };

export type ConfigProblem = { variable: string } & ConfigIssue;

export type ConfigResult =
  | { ok: true; config: Config }
  /** `locale`: the operator's locale, read even when the rest is invalid, to word the problems. */
  | { ok: false; problems: ConfigProblem[]; locale?: string };

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const RANGES: Readonly<Record<string, { min: number; max: number }>> = {
  RATE_LIMIT_COMMANDS: { min: 0, max: 1000 },
  RATE_LIMIT_WINDOW_SECONDS: { min: 1, max: 3600 },
  DAILY_TIP_CATCH_UP_HOURS: { min: 0, max: 24 },
};

/** The issue of one variable, by the variable: each has one rule, so its name says what was expected. */
function issueOf(variable: string, message: string): ConfigIssue {
  switch (variable) {
    case 'DISCORD_GUILD_ID':
    case 'DAILY_TIP_CHANNEL_ID':
    case 'ADMIN_ROLE_ID':
      return { code: 'discord_id' };
    case 'DISCORD_TOKEN':
      return { code: 'token_short' };
    case 'DISCORD_API_URL':
      return { code: 'http_url' };
    case 'STATE_URL':
      return { code: 'redis_url' };
    case 'DAILY_TIP_CRON':
      return { code: 'daily_cron', detail: /\((.*)\)$/.exec(message)?.[1] ?? message };
    case 'DAILY_TIP_TIMEZONE':
      return { code: 'time_zone' };
    case 'DAILY_TIP_CATCH_UP_HOURS':
      return { code: 'catch_up_hours', ...RANGES[variable]! };
    case 'DAILY_TIP_LANGUAGE':
      return { code: 'language' };
    case 'KB_WATCH':
      return { code: 'zero_or_one' };
    case 'RATE_LIMIT_COMMANDS':
    case 'RATE_LIMIT_WINDOW_SECONDS':
      return { code: 'whole_number', ...RANGES[variable]! };
    case 'LOG_LEVEL':
      return { code: 'log_level', levels: LOG_LEVELS };
    case 'SHARD_COUNT':
      return { code: 'shard_count' };
    case 'SHARDS':
      return { code: 'shard_ids' };
    default:
      return { code: 'invalid', detail: message };
  }
}

/** The operator's locale from the usual POSIX variables, first set wins; undefined for C/POSIX or unset. */
function localeOf(env: Record<string, string | undefined>): string | undefined {
  const locale = (env.LC_ALL || env.LC_MESSAGES || env.LANG)?.split(/[._]/)[0];
  return locale && locale !== 'C' && locale !== 'POSIX' ? locale : undefined;
}

/** Validates the environment; empty variables count as unset (as in a copied .env.example). */
export function loadConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = envSchema.safeParse(present);
  const locale = localeOf(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i): ConfigProblem => {
      const variable = i.path.join('.');
      return { variable, ...issueOf(variable, i.message) };
    });
    return { ok: false, problems, ...(locale ? { locale } : {}) };
  }
  const sharding = shardingOf(parsed.data);
  if (!sharding.ok) return { ok: false, problems: [sharding.problem], ...(locale ? { locale } : {}) };
  // The sharding variables live on as SHARDING only.
  const {
    LC_ALL: _all,
    LC_MESSAGES: _messages,
    LANG: _lang,
    LOG_LEVEL,
    SHARD_COUNT: _count,
    SHARDING_MANAGER: _manager,
    SHARDS: _shards,
    ...rest
  } = parsed.data;
  return {
    ok: true,
    config: {
      ...rest,
      SHARDING: sharding.sharding,
      LOG_LEVEL: LOG_LEVEL ?? (rest.DISCORD_TOKEN ? 'info' : 'warn'),
      ...(locale ? { CONSOLE_LOCALE: locale } : {}),
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
      const locale = localeOf(env);
      return {
        ok: false,
        problems: [{ variable: envFile, code: 'env_file_unreadable', detail: (error as Error).message }],
        ...(locale ? { locale } : {}),
      };
    }
  }
  return loadConfig({ ...fromFile, ...env });
}
