// Proves the fake Discord works with the REAL discord.js Client (no cs-coach
// code involved): a tiny inline bot logs in, answers interactions, registers
// commands and posts messages against FakeDiscord on 127.0.0.1.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  HTTPError,
  MessageFlags,
  PermissionFlagsBits,
  type Interaction,
  type TextChannel,
} from 'discord.js';
import { WebSocket } from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeDiscord, type EditEvent, type InteractionEvent } from './fake-discord/index.js';

let fake: FakeDiscord;
let client: Client | null = null;
/** what the inline bot observed / failed with, per interaction id */
const seen = new Map<string, { locale: string; canManageGuild: boolean | undefined; error?: unknown }>();

/** The tiny inline bot under test. */
function attachBot(c: Client): void {
  c.on(Events.InteractionCreate, (interaction: Interaction) => {
    void handle(interaction).catch((error: unknown) => {
      const entry = seen.get(interaction.id);
      if (entry) entry.error = error;
    });
  });
}

async function handle(interaction: Interaction): Promise<void> {
  seen.set(interaction.id, {
    locale: interaction.locale,
    canManageGuild: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild),
  });
  if (interaction.isAutocomplete()) {
    const typed = interaction.options.getFocused();
    const all = ['refund', 'refund policy', 'return label', 'shipping'];
    await interaction.respond(all.filter((x) => x.startsWith(typed)).map((x) => ({ name: x, value: x })));
    return;
  }
  if (interaction.isButton()) {
    await interaction.update({ content: `clicked ${interaction.customId}`, components: [] });
    return;
  }
  if (!interaction.isChatInputCommand()) return;
  switch (interaction.commandName) {
    case 'ping':
      await interaction.reply({
        content: `pong ${interaction.options.getString('word') ?? ''} (${interaction.locale})`,
      });
      return;
    case 'slow':
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply({ content: 'done thinking' });
      await interaction.followUp({ content: 'one more thing' });
      return;
    case 'kb': {
      const sub = interaction.options.getSubcommand();
      await interaction.reply({
        content: `kb ${sub} ${interaction.options.getString('query')} ${interaction.options.getInteger('limit')}`,
      });
      return;
    }
  }
}

async function startBot(): Promise<Client> {
  const c = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
  attachBot(c);
  client = c;
  const ready = once(c, Events.ClientReady);
  await c.login(fake.token);
  await ready;
  return c;
}

beforeEach(async () => {
  fake = await FakeDiscord.start();
});

afterEach(async () => {
  // order matters: destroy the client first, or it keeps reconnecting to the stopped fake
  await client?.destroy();
  client = null;
  await fake.stop();
});

describe('FakeDiscord with a real discord.js Client', () => {
  it('logs in and becomes ready with the default world', async () => {
    const c = await startBot();
    const session = await fake.waitForReady();
    expect(session.intents).toBe(GatewayIntentBits.Guilds);
    expect(session.compress).toBeNull();
    expect(c.user?.id).toBe(fake.ids.botUserId);
    expect(c.application?.id).toBe(fake.ids.applicationId);
    const guild = c.guilds.cache.get(fake.ids.guildId);
    expect(guild?.name).toBe('Support Team');
    expect(guild?.channels.cache.map((ch) => ch.name).sort()).toEqual(['general', 'tips']);
    expect(guild?.roles.cache.get(fake.ids.adminRoleId)?.name).toBe('Admin');
    expect(
      guild?.members.cache.get(fake.ids.adminUserId)?.permissions.has(PermissionFlagsBits.ManageGuild),
    ).toBe(true);
    expect(guild?.members.me?.id).toBe(fake.ids.botUserId);
    expect(fake.requests.some((r) => r.path === '/gateway/bot' && r.status === 200)).toBe(true);
  });

  it('answers a slash command with reply()', async () => {
    await startBot();
    const { id } = await fake.slashCommand({
      name: 'ping',
      options: [{ name: 'word', type: 3, value: 'hej' }],
      locale: 'pl',
      user: 'admin',
    });
    const response = await fake.waitForInteractionResponse(id);
    expect(response.type).toBe(4);
    expect(response.data?.content).toBe('pong hej (pl)');
    expect(seen.get(id)).toMatchObject({ locale: 'pl', canManageGuild: true });
    expect(fake.originalResponse(id)?.content).toBe('pong hej (pl)');
    expect(fake.channelMessages('general').map((m) => m.content)).toContain('pong hej (pl)');

    const asMember = await fake.slashCommand({ name: 'ping', options: { word: 'hi' }, locale: 'en-US' });
    await fake.waitForInteractionResponse(asMember.id);
    expect(seen.get(asMember.id)).toMatchObject({ locale: 'en-US', canManageGuild: false });
  });

  it('supports subcommands with options typed from the registered command', async () => {
    const c = await startBot();
    await c.application?.commands.set([
      {
        name: 'kb',
        description: 'Knowledge base',
        options: [
          {
            type: 1,
            name: 'search',
            description: 'Search',
            options: [
              { type: 3, name: 'query', description: 'What', required: true },
              { type: 4, name: 'limit', description: 'How many' },
            ],
          },
        ],
      },
    ]);
    const { id } = await fake.slashCommand({
      name: 'kb',
      subcommand: 'search',
      options: { query: 'refund', limit: 3 },
    });
    expect((await fake.waitForInteractionResponse(id)).data?.content).toBe('kb search refund 3');
    const payload = fake.interaction(id).payload as { data: { id: string } };
    expect(payload.data.id).toBe(fake.registeredCommands()[0]?.id);
  });

  it('records deferReply → editReply → followUp', async () => {
    await startBot();
    const { id } = await fake.slashCommand({ name: 'slow' });
    const callback = await fake.waitForInteractionResponse(id);
    expect(callback.type).toBe(5);
    expect(callback.data?.flags).toBe(MessageFlags.Ephemeral);
    const edit = (await fake.waitForInteractionEvent(id, (e) => e.kind === 'edit')) as EditEvent;
    expect(edit.target).toBe('@original');
    expect(edit.body.content).toBe('done thinking');
    await fake.waitForInteractionEvent(id, (e) => e.kind === 'followup');
    expect(fake.interactionLog(id).map((e: InteractionEvent) => e.kind)).toEqual([
      'callback',
      'edit',
      'followup',
    ]);
    const original = fake.originalResponse(id);
    expect(original?.content).toBe('done thinking');
    expect(original?.flags).toBe(MessageFlags.Ephemeral); // Loading flag cleared by the edit
    expect(fake.followUps(id).map((m) => m.content)).toEqual(['one more thing']);
    // ephemeral replies are hidden from the channel view unless asked for
    expect(fake.channelMessages('general').some((m) => m.content === 'done thinking')).toBe(false);
    expect(
      fake.channelMessages('general', { includeEphemeral: true }).some((m) => m.content === 'done thinking'),
    ).toBe(true);
  });

  it('answers autocomplete with respond()', async () => {
    await startBot();
    const { id } = await fake.autocomplete({
      name: 'search',
      options: [{ name: 'query', type: 3, value: 'ref', focused: true }],
    });
    const response = await fake.waitForInteractionResponse(id);
    expect(response.type).toBe(8);
    expect(response.data?.choices).toEqual([
      { name: 'refund', value: 'refund' },
      { name: 'refund policy', value: 'refund policy' },
    ]);
  });

  it('posts channel messages, and honours forbidden / deleted channels', async () => {
    const c = await startBot();
    const tips = c.channels.cache.get(fake.ids.tipsChannelId) as TextChannel;
    const sent = await tips.send({
      content: 'Tip: greet the customer by name',
      embeds: [{ title: 'Tip #1', description: 'Be kind' }],
    });
    const posted = await fake.waitForChannelMessage('tips', (m) => m.content.startsWith('Tip:'));
    expect(posted.id).toBe(sent.id);
    expect(posted.embeds[0]?.title).toBe('Tip #1');
    expect(posted.author.id).toBe(fake.ids.botUserId);

    fake.setChannelState('tips', 'forbidden');
    await expect(tips.send('nope')).rejects.toMatchObject({ status: 403, code: 50013 });
    fake.setChannelState('tips', 'deleted', { dispatch: false }); // the bot's cache still has it
    await expect(tips.send('nope')).rejects.toMatchObject({ status: 404, code: 10003 });
    fake.setChannelState('tips', 'ok');
    await tips.send('back');
    expect(fake.channelMessages('tips').map((m) => m.content)).toEqual([
      'Tip: greet the customer by name',
      'back',
    ]);
    // Discord-side validation
    await expect(tips.send({ content: 'x'.repeat(2001) })).rejects.toMatchObject({
      status: 400,
      code: 50035,
    });
  });

  it('handles a button with update() on a message the bot posted', async () => {
    const c = await startBot();
    const general = c.channels.cache.get(fake.ids.generalChannelId) as TextChannel;
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder().setCustomId('more').setLabel('More').setStyle(ButtonStyle.Primary),
    );
    const sent = await general.send({ content: 'page 1', components: [row] });
    const { id } = await fake.button({ customId: 'more', messageId: sent.id, locale: 'ru', user: 'member' });
    const response = await fake.waitForInteractionResponse(id);
    expect(response.type).toBe(7);
    expect(fake.message(sent.id)?.content).toBe('clicked more');
    expect(fake.message(sent.id)?.components).toEqual([]);
    expect(seen.get(id)?.locale).toBe('ru');

    // without messageId a fixture message carrying the button is made up
    const other = await fake.button({ customId: 'other' });
    await fake.waitForInteractionResponse(other.id);
    expect(fake.originalResponse(other.id)?.content).toBe('clicked other');
  });

  it('stores commands on PUT and returns them on GET', async () => {
    const c = await startBot();
    const commands = [
      {
        name: 'ask',
        description: 'Ask the coach',
        options: [{ type: 3, name: 'question', description: 'Question', required: true }],
      },
      { name: 'tip', description: 'A tip', name_localizations: { pl: 'porada' } },
    ];
    const set = await c.application!.commands.set(commands);
    expect(set.size).toBe(2);
    const stored = fake.registeredCommands();
    expect(stored.map((x) => x.name)).toEqual(['ask', 'tip']);
    const fetched = await c.application!.commands.fetch();
    expect([...fetched.keys()].sort()).toEqual(stored.map((x) => x.id).sort());
    // overwrite keeps ids for unchanged names
    await c.application!.commands.set(commands.slice(0, 1));
    expect(fake.registeredCommands().map((x) => x.id)).toEqual([stored[0]?.id]);
    // guild commands are separate
    await c.guilds.cache.get(fake.ids.guildId)!.commands.set([{ name: 'admin', description: 'Admin tools' }]);
    expect(fake.registeredCommands(fake.ids.guildId).map((x) => x.name)).toEqual(['admin']);
    expect(fake.commandWriteCount(null)).toBe(2);
    expect(fake.commandWriteCount()).toBe(3);
    // invalid names are rejected like on Discord
    await expect(c.application!.commands.set([{ name: 'Bad Name', description: 'x' }])).rejects.toMatchObject(
      { code: 50035 },
    );
  });

  it('retries the interaction callback after a 429 and succeeds', async () => {
    const c = await startBot();
    const limited: unknown[] = [];
    c.rest.on('rateLimited', (info) => limited.push(info));
    const failure = fake.failNext({
      method: 'POST',
      path: /^\/interactions\/\d+\/[^/]+\/callback$/,
      status: 429,
      retryAfter: 0.05,
    });
    const { id } = await fake.slashCommand({ name: 'ping', options: { word: 'again' } });
    const response = await fake.waitForInteractionResponse(id);
    expect(response.data?.content).toBe('pong again (en-US)');
    expect(failure.hits).toBe(1);
    const callbacks = fake.requests.filter((r) => r.route === '/interactions/:interactionId/:token/callback');
    expect(callbacks.map((r) => r.status)).toEqual([429, 204]);
    expect(callbacks[0]?.injected).toEqual({ status: 429 });
  });

  it('retries 5xx up to 3 times: times: 3 recovers, times: 4 makes discord.js give up', async () => {
    await startBot();
    const callback = /^\/interactions\/\d+\/[^/]+\/callback$/;
    fake.failNext({ method: 'POST', path: callback, status: 500, times: 3 });
    const ok = await fake.slashCommand({ name: 'ping' });
    expect((await fake.waitForInteractionResponse(ok.id)).type).toBe(4);

    fake.failNext({ method: 'POST', path: callback, status: 503, times: 4 });
    const doomed = await fake.slashCommand({ name: 'ping' });
    await expect.poll(() => seen.get(doomed.id)?.error).toBeInstanceOf(HTTPError);
    const attempts = fake.requests.filter((r) => r.path.startsWith(`/interactions/${doomed.id}/`));
    expect(attempts.map((r) => r.status)).toEqual([503, 503, 503, 503]); // 1 try + 3 retries
    expect(fake.interaction(doomed.id).callback).toBeUndefined();
  });

  it('logs unknown routes and rejects wrong tokens', async () => {
    const c = await startBot();
    await expect(c.rest.get('/nope/123')).rejects.toBeInstanceOf(DiscordAPIError);
    expect(fake.unknownRequests().map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'GET /nope/123 404',
    ]);
    const res = await fetch(`${fake.apiUrl}/v10/users/@me`, { headers: { authorization: 'Bot wrong' } });
    expect(res.status).toBe(401);
  });

  it('survives a gateway disconnect by resuming', async () => {
    await startBot();
    fake.disconnectGateway(4000);
    await expect.poll(() => fake.sessions[0]?.resumes, { timeout: 3000 }).toBe(1);
    const { id } = await fake.slashCommand({ name: 'ping', options: { word: 'resumed' } });
    expect((await fake.waitForInteractionResponse(id)).data?.content).toBe('pong resumed (en-US)');
  });

  it('speaks zlib-stream when a client asks for it', async () => {
    const ws = new WebSocket(`${fake.gatewayUrl()}?v=10&encoding=json&compress=zlib-stream`);
    const inflate = zlib.createInflate();
    const payloads: Array<{ op: number; t?: string }> = [];
    let buffer = '';
    inflate.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
    });
    ws.on('message', (data: Buffer) => {
      inflate.write(data);
      inflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
        if (buffer) payloads.push(JSON.parse(buffer) as { op: number; t?: string });
        buffer = '';
        if (payloads.length === 1)
          ws.send(JSON.stringify({ op: 2, d: { token: fake.token, intents: 1, properties: {} } }));
      });
    });
    await expect.poll(() => payloads.map((p) => p.t ?? p.op)).toEqual([10, 'READY', 'GUILD_CREATE']);
    ws.close(1000);
    await once(ws, 'close');
    inflate.close();
  });

  it('stop() leaves no open handles: a script using it exits on its own', async () => {
    const script = fileURLToPath(new URL('./fixtures/fake-discord-exit.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const [code] = (await once(child, 'exit')) as [number | null];
    clearTimeout(killer);
    expect(out).toContain('fake-discord-exit: ok');
    expect(code).toBe(0);
  }, 20_000);
});
