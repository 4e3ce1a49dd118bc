// SHARD_COUNT: one process by default; a manager of shards only with a shared Redis; a shard as discord.js spawns it.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

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
      problems: [
        'SHARD_COUNT: 2 shards run as separate processes, which must share one state: set STATE_URL=redis://host:6379/0 (several processes must not write one lowdb file), or leave SHARD_COUNT unset for one process',
      ],
    });
    expect(loadConfig({ DISCORD_TOKEN: token, SHARD_COUNT: 'auto' })).toMatchObject({ ok: false });
  });

  it('refuses a count that is neither auto nor a whole number, and sharding without a token', () => {
    const wrong = loadConfig({ DISCORD_TOKEN: token, SHARD_COUNT: 'many', STATE_URL: redis });
    expect(wrong.ok).toBe(false);
    expect(wrong.ok ? [] : wrong.problems.join('\n')).toMatch(/^SHARD_COUNT: /);
    expect(loadConfig({ SHARD_COUNT: '2', STATE_URL: redis })).toEqual({
      ok: false,
      problems: ['SHARD_COUNT: sharding needs DISCORD_TOKEN (the console is one process)'],
    });
  });

  it('reads a shard process from the variables the ShardingManager gives it', () => {
    const shard = { DISCORD_TOKEN: token, STATE_URL: redis, SHARDING_MANAGER: 'true', SHARD_COUNT: '3' };
    expect(loadConfig({ ...shard, SHARDS: '2' })).toMatchObject({
      config: { SHARDING: { role: 'shard', shardId: 2, shardCount: 3 } },
    });
    expect(loadConfig({ ...shard, SHARDS: '3' })).toMatchObject({ ok: false });
  });
});
