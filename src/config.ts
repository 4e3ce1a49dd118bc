// The bot's configuration, read from the environment and validated with zod (names: shared/GUIDE.md).
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
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof envSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Validates the environment; empty variables count as unset (as in a copied .env.example). */
export function loadConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (parsed.success) return { ok: true, config: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
}
