// The bot logs in to (fake) Discord with the real discord.js client and registers its slash commands in the
// configured server, writing them only when what Discord has differs from the definitions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandModule } from '../../src/bot/command.js';
import { COMMANDS } from '../../commands/index.js';
import { FakeDiscord } from './fake-discord/index.js';
import { discordLimitViolations } from './helpers/discord-limits.js';
import { command } from './helpers/interact.js';
import { logsWithMsg, startTestBot, type TestBot } from './helpers/start-test-bot.js';

let fake: FakeDiscord;
/** The bot of the first start; later tests restart the bot against the same fake. */
let first: TestBot;
const bots: TestBot[] = [];

async function restart(commands: readonly CommandModule[] = COMMANDS): Promise<TestBot> {
  for (const bot of bots.splice(0)) await bot.stop();
  const bot = await startTestBot({ fake, commands });
  bots.push(bot);
  return bot;
}

beforeAll(async () => {
  fake = await FakeDiscord.start();
  first = await startTestBot({ fake });
  bots.push(first);
});

afterAll(async () => {
  try {
    expect(discordLimitViolations(fake.requests)).toEqual([]);
  } finally {
    for (const bot of bots.splice(0)) await bot.stop();
    await fake.stop();
  }
});

describe('logging in', () => {
  it('connects to the fake gateway with only the Guilds intent and sees the server', async () => {
    const session = await fake.waitForReady();
    expect(session.intents).toBe(1); // GatewayIntentBits.Guilds
    expect(first.bot.client.isReady()).toBe(true);
    expect(first.bot.client.user?.id).toBe(fake.ids.botUserId);
    expect(first.bot.client.guilds.cache.get(fake.ids.guildId)?.name).toBe('Support Team');
  });

  it('logs that it is connected, naming the bot user and the number of servers', () => {
    const [connected] = logsWithMsg(first.logs, 'connected to Discord');
    expect(connected).toMatchObject({ level: 30, user: 'cs-coach', guilds: 1 });
  });

  it('only makes requests the Discord API knows', () => {
    expect(fake.unknownRequests()).toEqual([]);
  });

  it('answers a command right after start-up', async () => {
    const answer = await command(fake, { name: 'help' });
    expect(answer.callback.type).toBe(4);
    expect(answer.embed.title).toContain('cs-coach');
  });
});

describe('registering the slash commands', () => {
  it('registers exactly the commands of COMMANDS in the configured server', () => {
    const registered = fake.registeredCommands(fake.ids.guildId).map((c) => c.name);
    expect([...registered].sort()).toEqual(COMMANDS.map((c) => c.data.name).sort());
  });

  it('registers no global commands when a server is configured', () => {
    expect(fake.registeredCommands(null)).toEqual([]);
  });

  it('registers the Polish and Russian names of the commands', () => {
    const ask = fake.registeredCommands(fake.ids.guildId).find((c) => c.name === 'ask');
    expect(ask?.name_localizations).toEqual({ pl: 'zapytaj', ru: 'спросить' });
  });

  it('registers them with one bulk write on the first start', () => {
    expect(fake.commandWrites(fake.ids.guildId).map((w) => w.method)).toEqual(['PUT']);
    expect(logsWithMsg(first.logs, 'slash commands registered')).toHaveLength(1);
  });

  it('does not write the commands again when the bot restarts with the same definitions', async () => {
    const writesBefore = fake.commandWriteCount();
    const idsBefore = fake.registeredCommands(fake.ids.guildId).map((c) => c.id);
    const second = await restart();
    expect(fake.commandWriteCount()).toBe(writesBefore);
    expect(fake.registeredCommands(fake.ids.guildId).map((c) => c.id)).toEqual(idsBefore);
    expect(logsWithMsg(second.logs, 'slash commands already up to date')).toHaveLength(1);
    expect(logsWithMsg(second.logs, 'slash commands registered')).toHaveLength(0);
  });

  it('writes the commands again when a definition changed', async () => {
    const writesBefore = fake.commandWriteCount();
    const changed = COMMANDS.map((c) =>
      c.data.name === 'tip'
        ? { ...c, data: { ...c.data, description: 'A customer-service tip (changed)' } }
        : c,
    );
    const third = await restart(changed);
    expect(fake.commandWriteCount()).toBe(writesBefore + 1);
    const tip = fake.registeredCommands(fake.ids.guildId).find((c) => c.name === 'tip');
    expect(tip?.description).toBe('A customer-service tip (changed)');
    expect(logsWithMsg(third.logs, 'slash commands registered')).toHaveLength(1);
  });

  it('writes the commands again when a command was added', async () => {
    const writesBefore = fake.commandWriteCount();
    const extra: CommandModule = {
      data: { type: 1, name: 'e2e-extra', description: 'A test-only extra command' },
      execute: async () => ({ cards: [], content: 'extra' }),
    };
    await restart([...COMMANDS, extra]);
    expect(fake.commandWriteCount()).toBe(writesBefore + 1);
    expect(fake.registeredCommands(fake.ids.guildId).map((c) => c.name)).toContain('e2e-extra');
  });

  it('serves commands after a restart', async () => {
    const bot = await restart();
    const answer = await command(fake, {
      name: 'ask',
      options: { question: 'how many customers complain?' },
    });
    expect(answer.callback.type).toBe(4);
    expect(answer.embed.title).toBe('📊 Statistic');
    expect(bot.bot.client.isReady()).toBe(true);
  });
});
