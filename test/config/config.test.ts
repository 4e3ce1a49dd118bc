// The configuration: defaults, validation with a problem per wrong variable (worded in the operator's language),
// empty values as unset.
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, readConfig } from '../../src/config.js';
import { catalog } from '../../src/i18n/catalog.js';
import { LANGS } from '../../src/kb/schema.js';
import { configProblemLine, configProblemsText } from '../../src/render/config-problem-text.js';
import { makeTempDir, removeTempDirs } from '../helpers/temp-dir.js';

afterEach(removeTempDirs);

describe('the configuration', () => {
  it('gives the documented defaults for an empty environment', () => {
    const result = loadConfig({});
    expect(result).toMatchObject({
      ok: true,
      config: {
        KB_DIR: 'data/kb',
        STATE_FILE: 'data/state.json',
        DAILY_TIP_CRON: '0 9 * * 1-5',
        DAILY_TIP_TIMEZONE: 'Europe/Warsaw',
        KB_WATCH: false,
        LOG_LEVEL: 'warn',
      },
    });
  });

  it('logs at info when connected to Discord and at warn in the console, unless LOG_LEVEL says otherwise', () => {
    const token = 'x'.repeat(30);
    expect(loadConfig({ DISCORD_TOKEN: token })).toMatchObject({ config: { LOG_LEVEL: 'info' } });
    expect(loadConfig({})).toMatchObject({ config: { LOG_LEVEL: 'warn' } });
    expect(loadConfig({ LOG_LEVEL: 'debug' })).toMatchObject({ config: { LOG_LEVEL: 'debug' } });
  });

  it('takes the console locale from LC_ALL, LC_MESSAGES or LANG, and none from C or POSIX', () => {
    expect(loadConfig({ LANG: 'pl_PL.UTF-8' })).toMatchObject({ config: { CONSOLE_LOCALE: 'pl' } });
    expect(loadConfig({ LC_ALL: 'ru_RU.UTF-8', LANG: 'pl_PL' })).toMatchObject({
      config: { CONSOLE_LOCALE: 'ru' },
    });
    const posix = loadConfig({ LANG: 'C.UTF-8' });
    expect(posix.ok && posix.config.CONSOLE_LOCALE).toBe(undefined);
  });

  it('keeps the search index in a folder of its user under the temp folder unless INDEX_CACHE_DIR names another, or is off', () => {
    expect(loadConfig({})).toMatchObject({
      config: { INDEX_CACHE_DIR: path.join(tmpdir(), `cs-coach-index-${process.getuid?.() ?? 'user'}`) },
    });
    expect(loadConfig({ INDEX_CACHE_DIR: '/var/cache/cs-coach' })).toMatchObject({
      config: { INDEX_CACHE_DIR: '/var/cache/cs-coach' },
    });
    const off = loadConfig({ INDEX_CACHE_DIR: 'off' });
    expect(off.ok && off.config.INDEX_CACHE_DIR).toBeUndefined();
  });

  it('treats empty variables, as in a copied .env.example, as unset', () => {
    const result = loadConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: ' ', KB_WATCH: '' });
    expect(result.ok && result.config.DISCORD_TOKEN).toBe(undefined);
  });

  it.each(LANGS)(
    'words every problem in the operator’s language (%s), read from LANG even when the rest is invalid',
    (lang) => {
      const result = loadConfig({ DISCORD_GUILD_ID: 'abc', KB_WATCH: 'yes', LANG: `${lang}_XX.UTF-8` });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.locale).toBe(lang);
      const words = catalog(lang).cli.config;
      expect(configProblemsText(result.problems, lang).split('\n')).toEqual([
        words.invalid,
        `  - DISCORD_GUILD_ID: ${words.issue.discord_id({ code: 'discord_id' })}`,
        `  - KB_WATCH: ${words.issue.zero_or_one({ code: 'zero_or_one' })}`,
        words.seeExample,
      ]);
    },
  );

  it('lists every wrong variable by name at once', () => {
    const result = loadConfig({
      DISCORD_GUILD_ID: 'abc',
      DISCORD_API_URL: 'not a url',
      DAILY_TIP_TIMEZONE: 'Mars/Olympus',
      DAILY_TIP_CRON: '*/5 * * * *',
      KB_WATCH: 'yes',
      LOG_LEVEL: 'loud',
    });
    expect(result.ok).toBe(false);
    const names = result.ok ? [] : result.problems.map((p) => p.variable);
    expect(names.sort()).toEqual([
      'DAILY_TIP_CRON',
      'DAILY_TIP_TIMEZONE',
      'DISCORD_API_URL',
      'DISCORD_GUILD_ID',
      'KB_WATCH',
      'LOG_LEVEL',
    ]);
  });

  it('accepts a redis:// or rediss:// STATE_URL and refuses any other, saying what it needs', () => {
    expect(loadConfig({ STATE_URL: 'redis://127.0.0.1:6379/0' })).toMatchObject({
      ok: true,
      config: { STATE_URL: 'redis://127.0.0.1:6379/0' },
    });
    expect(loadConfig({ STATE_URL: 'rediss://user:pw@redis.example:6380' }).ok).toBe(true);
    const refused = loadConfig({ STATE_URL: 'http://127.0.0.1:6379' });
    expect(refused).toEqual({ ok: false, problems: [{ variable: 'STATE_URL', code: 'redis_url' }] });
    expect(!refused.ok && configProblemLine(refused.problems[0]!, 'en')).toBe(
      `STATE_URL: ${catalog('en').cli.config.issue.redis_url({ code: 'redis_url' })}`,
    );
    expect(loadConfig({ STATE_URL: 'localhost:6379' }).ok).toBe(false);
  });

  it('reads KB_WATCH=1 as on and strips a trailing slash from DISCORD_API_URL', () => {
    const result = loadConfig({ KB_WATCH: '1', DISCORD_API_URL: 'http://127.0.0.1:8080/api/' });
    expect(result).toMatchObject({
      ok: true,
      config: { KB_WATCH: true, DISCORD_API_URL: 'http://127.0.0.1:8080/api' },
    });
  });

  it('reads a .env file for every entry point, and a variable of the environment wins over it', async () => {
    const file = path.join(await makeTempDir('cs-coach-env-'), '.env');
    await writeFile(file, 'KB_DIR=from-dot-env\nDAILY_TIP_LANGUAGE=pl\n');
    expect(readConfig(file, {})).toMatchObject({
      ok: true,
      config: { KB_DIR: 'from-dot-env', DAILY_TIP_LANGUAGE: 'pl' },
    });
    expect(readConfig(file, { KB_DIR: 'from-env' })).toMatchObject({
      config: { KB_DIR: 'from-env', DAILY_TIP_LANGUAGE: 'pl' },
    });
  });

  it('without a .env file reads the environment alone', () => {
    expect(readConfig('/nonexistent/.env', { KB_DIR: 'kb' })).toMatchObject({
      ok: true,
      config: { KB_DIR: 'kb' },
    });
  });
});
