// Proves the fake Discord shards like Discord with the REAL discord.js Client (no cs-coach code): GET /gateway/bot
// recommends a shard count, IDENTIFY carries [shard, count], and each guild's events reach only its own shard.
import { Client, Events, GatewayIntentBits, REST, Routes, type Interaction } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultGuild,
  FakeDiscord,
  makeGuild,
  newFixtureIdOnShard,
  shardOfGuild,
} from './fake-discord/index.js';

let fake: FakeDiscord | undefined;
const clients: Client[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.destroy()));
  await fake?.stop();
  fake = undefined;
});

/** A client of one shard that records the guild of every interaction it receives. */
async function startShard(f: FakeDiscord, shard: number, count: number) {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    shards: [shard],
    shardCount: count,
    rest: { api: f.apiUrl },
  });
  clients.push(client);
  const received: (string | null)[] = [];
  client.on(Events.InteractionCreate, (interaction: Interaction) => void received.push(interaction.guildId));
  const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(f.token);
  await ready;
  return { client, received };
}

describe('a sharded fake Discord', () => {
  it('recommends its shard count in GET /gateway/bot, with how many shards may start at once', async () => {
    fake = await FakeDiscord.start({ shardCount: 3, maxConcurrency: 2 });
    const body = (await new REST({ api: fake.apiUrl }).setToken(fake.token).get(Routes.gatewayBot())) as {
      shards: number;
      session_start_limit: { max_concurrency: number };
    };
    expect(body.shards).toBe(3);
    expect(body.session_start_limit.max_concurrency).toBe(2);
  });

  it('gives each shard the guilds (guild id >> 22) % count names, and only their interactions', async () => {
    const second = makeGuild({ name: 'Second Team', id: newFixtureIdOnShard(1, 2) });
    fake = await FakeDiscord.start({ guilds: [defaultGuild(), second], shardCount: 2 });
    const first = fake.ids.guildId;
    expect([shardOfGuild(first, 2), shardOfGuild(second.id, 2)]).toEqual([0, 1]);

    const zero = await startShard(fake, 0, 2);
    const one = await startShard(fake, 1, 2);

    expect(fake.sessions.map((s) => s.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect([...zero.client.guilds.cache.keys()]).toEqual([first]);
    expect([...one.client.guilds.cache.keys()]).toEqual([second.id]);

    await fake.slashCommand({ name: 'ping', guildId: second.id });
    await fake.slashCommand({ name: 'ping', guildId: first });
    await fake.slashCommand({ name: 'ping', dm: true });
    await expect.poll(() => zero.received.length + one.received.length).toBe(3);
    expect(zero.received).toEqual([first, null]);
    expect(one.received).toEqual([second.id]);
  });

  it('sends everything to a client of one shard, as before', async () => {
    const second = makeGuild({ name: 'Second Team', id: newFixtureIdOnShard(1, 2) });
    fake = await FakeDiscord.start({ guilds: [defaultGuild(), second] });
    const only = await startShard(fake, 0, 1);
    expect(only.client.guilds.cache.size).toBe(2);
    await fake.slashCommand({ name: 'ping', guildId: second.id });
    await expect.poll(() => only.received).toEqual([second.id]);
  });
});
