// The configuration: defaults, validation with a message per wrong variable, empty values as unset.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

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
        LOG_LEVEL: 'info',
      },
    });
  });

  it('treats empty variables, as in a copied .env.example, as unset', () => {
    const result = loadConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: ' ', KB_WATCH: '' });
    expect(result.ok && result.config.DISCORD_TOKEN).toBe(undefined);
  });

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
    const names = result.ok ? [] : result.problems.map((p) => p.split(':')[0]);
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
    expect(loadConfig({ STATE_URL: 'http://127.0.0.1:6379' })).toEqual({
      ok: false,
      problems: ['STATE_URL: must be a Redis URL such as redis://127.0.0.1:6379/0'],
    });
    expect(loadConfig({ STATE_URL: 'localhost:6379' }).ok).toBe(false);
  });

  it('reads KB_WATCH=1 as on and strips a trailing slash from DISCORD_API_URL', () => {
    const result = loadConfig({ KB_WATCH: '1', DISCORD_API_URL: 'http://127.0.0.1:8080/api/' });
    expect(result).toMatchObject({
      ok: true,
      config: { KB_WATCH: true, DISCORD_API_URL: 'http://127.0.0.1:8080/api' },
    });
  });
});
