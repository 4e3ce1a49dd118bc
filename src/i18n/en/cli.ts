// English lines of the command-line tools (`npm run kb`, `npm run deploy`, start-up), in the operator's language
// (LC_ALL, LC_MESSAGES or LANG; English when none names pl or ru). The type the Polish and Russian ones must match.
import type { ConfigIssue } from '../../config.js';
import type { StateOpenProblem } from '../../state/state-store.js';
import { pluralEn } from '../plural.js';

export interface CliTexts {
  kbUsage: string;
  kbInvalid: (dir: string, problems: number) => string;
  kbValid: (dir: string, entries: number, topics: number) => string;
  kbWarnings: (warnings: number, missing: { pl: number; en: number; ru: number }) => string;
  kbInvalidSeeValidate: (dir: string) => string;
  noQuestionStats: (reason: string) => string;
  cannotStartKb: (dir: string) => string;
  deployNeedsToken: string;
  tokenNotSet: string;
  deployed: (changed: boolean, commands: number, guildId: string | undefined) => string;
  deployFailed: (reason: string) => string;
  /** Why the state store cannot be used at start-up (src/state), one line. */
  stateOpen: { [C in StateOpenProblem['code']]: (problem: Extract<StateOpenProblem, { code: C }>) => string };
  /** Start-up could not log in to Discord: the reason, then what to check. */
  cannotConnectDiscord: (reason: string) => string;
  checkDiscord: (apiUrl: string | undefined) => string;
  /** The configuration's problems (src/config.ts), one line per variable. */
  config: {
    invalid: string;
    seeExample: string;
    cannotStart: (reason: string) => string;
    issue: { [C in ConfigIssue['code']]: (issue: Extract<ConfigIssue, { code: C }>) => string };
  };
}

const STATE_FIX_EN = 'Set STATE_FILE to a file in a folder the bot may write, such as data/state.json.';

export const enCli: CliTexts = {
  kbUsage: 'usage: npm run kb -- validate | stats   (folder: KB_DIR, default data/kb)',
  kbInvalid: (dir, problems) =>
    `The knowledge base in ${dir} is invalid (${problems} ${pluralEn(problems, 'problem', 'problems')}):`,
  kbValid: (dir, entries, topics) =>
    `The knowledge base in ${dir} is valid: ${entries} ${pluralEn(entries, 'entry', 'entries')}, ${topics} ${pluralEn(topics, 'topic', 'topics')}.`,
  kbWarnings: (warnings, missing) =>
    `${warnings} ${pluralEn(warnings, 'warning', 'warnings')}, missing translations: pl ${missing.pl}, en ${missing.en}, ru ${missing.ru}`,
  kbInvalidSeeValidate: (dir) =>
    `The knowledge base in ${dir} is invalid; run "npm run kb -- validate" for details:`,
  noQuestionStats: (reason) => `No question statistics: ${reason}`,
  cannotStartKb: (dir) => `cs-coach cannot start: the knowledge base in ${dir} is invalid.`,
  deployNeedsToken: 'npm run deploy needs a valid configuration with DISCORD_TOKEN:',
  tokenNotSet: 'DISCORD_TOKEN: not set',
  deployed: (changed, commands, guildId) =>
    `${changed ? 'Registered' : 'Already up to date:'} ${commands} ${pluralEn(commands, 'command', 'commands')} ${guildId ? `in server ${guildId}` : 'globally (may take up to an hour to show)'}.`,
  deployFailed: (reason) => `Could not register the commands: ${reason}`,
  stateOpen: {
    symlink_loop: ({ file }) => `STATE_FILE ${file} is a loop of symbolic links.`,
    cannot_create_folder: ({ file, dir, reason }) =>
      `STATE_FILE ${file}: cannot create its folder ${dir} (${reason}). ${STATE_FIX_EN}`,
    is_folder: ({ file }) => `STATE_FILE ${file} is a folder, not a file. ${STATE_FIX_EN}`,
    folder_not_writable: ({ file, dir, reason }) =>
      `STATE_FILE ${file}: the folder ${dir} is not writable (${reason}). ${STATE_FIX_EN}`,
    not_read_write: ({ file, reason }) =>
      `STATE_FILE ${file} cannot be read and written (${reason}). ${STATE_FIX_EN}`,
    lock_create: ({ file, reason }) => `cannot create the lock file ${file} (${reason}).`,
    in_use: ({ file, pid }) =>
      `the state file ${file} is in use by another cs-coach process (pid ${pid}). Stop that process, or give each process its own STATE_FILE, or share one Redis with STATE_URL=redis://… .`,
    lock_contended: ({ file }) => `cannot take the lock file ${file}: another process keeps taking it.`,
    redis_unreachable: ({ url, reason }) =>
      `cannot reach Redis at ${url} (${reason}). Start Redis, or fix STATE_URL.`,
  },
  cannotConnectDiscord: (reason) => `cs-coach cannot connect to Discord: ${reason}`,
  checkDiscord: (apiUrl) =>
    `Check DISCORD_TOKEN (Developer Portal → Bot → Reset Token), the network, and DISCORD_API_URL${apiUrl ? ` (${apiUrl})` : ''}.`,
  config: {
    invalid: 'the configuration is invalid.',
    seeExample: 'See .env.example for every variable and its meaning.',
    cannotStart: (reason) => `cs-coach cannot start: ${reason}`,
    issue: {
      discord_id: () => 'must be a Discord id (17-20 digits)',
      token_short: () => 'looks too short for a bot token',
      http_url: () => 'must be an http(s) URL such as http://127.0.0.1:8080/api',
      redis_url: () => 'must be a Redis URL such as redis://127.0.0.1:6379/0',
      daily_cron: ({ detail }) =>
        `must be a daily cron expression naming one minute and one hour, e.g. "0 9 * * 1-5" (${detail})`,
      time_zone: () => 'must be an IANA time zone such as Europe/Warsaw',
      catch_up_hours: ({ min, max }) => `must be a number of hours from ${min} to ${max}, e.g. 3`,
      language: () => 'must be pl, en or ru',
      zero_or_one: () => 'must be 0 or 1',
      whole_number: ({ min, max }) => `must be a whole number from ${min} to ${max}`,
      log_level: ({ levels }) => `must be one of ${levels.join(', ')}`,
      env_file_unreadable: ({ detail }) => `cannot be read (${detail})`,
      shard_count: () => 'must be auto or a whole number of shards, e.g. 2',
      shard_ids: () => 'a shard process needs SHARDS below SHARD_COUNT (both set by the ShardingManager)',
      sharding_needs_token: () => 'sharding needs DISCORD_TOKEN (the console is one process)',
      sharding_needs_redis: ({ count }) =>
        `${count === 'auto' ? 'the shards' : `${count} shards`} run as separate processes, which must share one state: set STATE_URL=redis://host:6379/0 (several processes must not write one lowdb file), or leave SHARD_COUNT unset for one process`,
      invalid: ({ detail }) => detail,
    },
  },
};
