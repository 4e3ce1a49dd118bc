// SHARD_COUNT: one process by default; a manager of shards only with a shared Redis; a shard as discord.js spawns it.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { catalog } from '../../src/i18n/catalog.js';
import { LANGS } from '../../src/kb/schema.js';
import { configProblemLine } from '../../src/render/config-problem-text.js';

const token = 'x'.repeat(30);
const redis = 'redis://127.0.0.1:6379/0';

describe('SHARD_COUNT', () => {
  it('runs one process when unset or 1', () => {
    expect(loadConfig({ DISCORD_TOKEN: token })).toMatchObject({ config: { SHARDING: { role: 'single' } } });
    expect(loadConfig({ DISCORD_TOKEN: token, SHARD_COUNT: '1' })).toMatchObject({
      config: { SHARDING: { role: 'single' } },
    });
  });

  it('makes this process the shard manager for auto or a number, with STATE_URL on Redis', () => {
    expect(loadConfig({ DISCORD_TOKEN: token, SHARD_COUNT: 'auto', STATE_URL: redis })).toMatchObject({
      config: { SHARDING: { role: 'manager', shardCount: 'auto' } },
    });
    expect(loadConfig({ DISCORD_TOKEN: token, SHARD_COUNT: '4', STATE_URL: redis })).toMatchObject({
      config: { SHARDING: { role: 'manager', shardCount: 4 } },
    });
  });

  it('refuses several shards on the lowdb file, saying to set STATE_URL', () => {
    expect(loadConfig({ DISCORD_TOKEN: token, SHARD_COUNT: '2' })).toEqual({
      ok: false,
      problems: [{ variable: 'SHARD_COUNT', code: 'sharding_needs_redis', count: 2 }],
    });
    expect(loadConfig({ DISCORD_TOKEN: token, SHARD_COUNT: 'auto', LANG: 'pl_PL.UTF-8' })).toEqual({
      ok: false,
      problems: [{ variable: 'SHARD_COUNT', code: 'sharding_needs_redis', count: 'auto' }],
      locale: 'pl',
    });
  });

  it('words the sharding problems in every language through the catalog', () => {
    const problem = { variable: 'SHARD_COUNT', code: 'sharding_needs_redis', count: 2 } as const;
    for (const lang of LANGS) {
      const line = configProblemLine(problem, lang);
      expect(line).toBe(`SHARD_COUNT: ${catalog(lang).cli.config.issue.sharding_needs_redis(problem)}`);
      expect(line).toContain('STATE_URL=redis://');
      expect(line).toMatch(/\b2\b/);
    }
    expect(configProblemLine(problem, 'pl')).not.toBe(configProblemLine(problem, 'en'));
    expect(configProblemLine(problem, 'ru')).not.toBe(configProblemLine(problem, 'en'));
  });

  it('refuses a count that is neither auto nor a whole number, and sharding without a token', () => {
    expect(loadConfig({ DISCORD_TOKEN: token, SHARD_COUNT: 'many', STATE_URL: redis })).toEqual({
      ok: false,
      problems: [{ variable: 'SHARD_COUNT', code: 'shard_count' }],
    });
    expect(loadConfig({ SHARD_COUNT: '2', STATE_URL: redis })).toEqual({
      ok: false,
      problems: [{ variable: 'SHARD_COUNT', code: 'sharding_needs_token' }],
    });
    expect(configProblemLine({ variable: 'SHARD_COUNT', code: 'sharding_needs_token' }, 'en')).toBe(
      `SHARD_COUNT: ${catalog('en').cli.config.issue.sharding_needs_token({ code: 'sharding_needs_token' })}`,
    );
  });

  it('reads a shard process from the variables the ShardingManager gives it', () => {
    const shard = { DISCORD_TOKEN: token, STATE_URL: redis, SHARDING_MANAGER: 'true', SHARD_COUNT: '3' };
    expect(loadConfig({ ...shard, SHARDS: '2' })).toMatchObject({
      config: { SHARDING: { role: 'shard', shardId: 2, shardCount: 3 } },
    });
    expect(loadConfig({ ...shard, SHARDS: '3' })).toEqual({
      ok: false,
      problems: [{ variable: 'SHARDS', code: 'shard_ids' }],
    });
    expect(loadConfig({ ...shard, SHARDS: 'first' })).toEqual({
      ok: false,
      problems: [{ variable: 'SHARDS', code: 'shard_ids' }],
    });
  });
});
