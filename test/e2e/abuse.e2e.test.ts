// Abuse at the interaction edge, through the real discord.js client and the fake Discord: forged buttons are refused
// and never stored, admin commands refuse everyone without the rights however the payload is made, and a hostile
// payload does not stop the bot from serving the next person.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/i18n/catalog.js';
import { command, EPHEMERAL, useTestBot, WAIT_MS } from './helpers/interact.js';
import type { TestBot } from './helpers/start-test-bot.js';

const bot = useTestBot();

/** The votes the bot holds, once every write started has finished. */
async function storedVotes(b: TestBot) {
  await b.ctx.store.flush();
  return (await b.ctx.store.questionLog()).votes;
}

async function storedQuestions(b: TestBot) {
  await b.ctx.store.flush();
  return (await b.ctx.store.questionLog()).questions;
}

/** The description of the reply's first embed, or its content. */
function textOf(data: Record<string, unknown> | undefined): string {
  const embeds = (data?.embeds as { description?: string }[] | undefined) ?? [];
  return embeds[0]?.description ?? String(data?.content ?? '');
}

async function answerOf(id: string) {
  const callback = await bot().fake.waitForInteractionResponse(id, WAIT_MS);
  return {
    callback,
    text: textOf(callback.data),
    ephemeral: (Number(callback.data?.flags ?? 0) & EPHEMERAL) !== 0,
  };
}

/** The bot still answers an ordinary member afterwards. */
async function expectStillServing(): Promise<void> {
  const answer = await command(bot().fake, { name: 'topics' });
  expect(answer.callback.type).toBe(4);
  expect(answer.embed.title).toBe(catalog('en').replies.topics.title);
}

describe('forged button ids', () => {
  const forged = [
    'ask:vote::up',
    'ask:vote:stat-x:sideways',
    'ask:vote:STAT-X:up',
    'ask:vote:stat-x:up:extra',
    'ask:vote:../../state:up',
    'ask:lang:stat-x:de',
    'ask:delete:stat-x:up',
    'kb:reload',
    'daily-tip:post-now',
    '',
    ':::',
    `ask:vote:${'a'.repeat(95)}:up`,
    'ask:vote:stat-x:up\u0000',
  ];

  it.each(forged)('refuses the button id %j privately and stores no vote', async (customId) => {
    const before = (await storedVotes(bot())).length;
    const { id } = await bot().fake.button({ customId, user: 'member', locale: 'pl' });
    const answer = await answerOf(id);
    expect(answer.callback.type).toBe(4);
    expect(answer.ephemeral).toBe(true);
    expect(answer.text).toBe(catalog('pl').refusals.invalidButton);
    expect(await storedVotes(bot())).toHaveLength(before);
  });

  it('still serves after every forged button', async () => {
    await expectStillServing();
  });
});

describe('admin commands refuse everyone without the rights, however the payload is made', () => {
  const notAdmin = catalog('en').replies.errors.notAdmin;
  const adminCalls = [
    { name: 'kb', subcommand: 'reload' },
    { name: 'kb', subcommand: 'stats' },
    { name: 'daily-tip', subcommand: 'pause' },
    { name: 'daily-tip', subcommand: 'set', options: { time: '06:00' } },
    { name: 'daily-tip', subcommand: 'post-now' },
  ];

  it.each(adminCalls)('a member without rights is refused $name $subcommand', async (call) => {
    const answer = await command(bot().fake, { ...call, user: 'member' });
    expect(answer.ephemeral).toBe(true);
    expect(answer.embed.description).toBe(notAdmin);
  });

  // What a sender could put in member.permissions and member.roles; none may grant the rights.
  const tampers: [string, (payload: Record<string, unknown>) => void][] = [
    ['permissions "0"', (p) => void ((p.member as Record<string, unknown>).permissions = '0')],
    ['no permissions at all', (p) => void delete (p.member as Record<string, unknown>).permissions],
    [
      'a role id that is not the admin role',
      (p) => void ((p.member as Record<string, unknown>).roles = ['1']),
    ],
    ['no member object', (p) => void delete p.member],
    [
      'permissions that are not a number',
      (p) => void ((p.member as Record<string, unknown>).permissions = 'ALL'),
    ],
    ['negative permissions', (p) => void ((p.member as Record<string, unknown>).permissions = '-1')],
  ];

  it.each(tampers)('/kb reload with %s is not run', async (_what, tamper) => {
    const reloadsBefore = bot().logs.filter((l) => /reload/i.test(l.msg) && l.level === 30).length;
    const { id } = await bot().fake.tamperedInteraction(
      'slash',
      { name: 'kb', subcommand: 'reload', user: 'member' },
      tamper,
    );
    // Refused either by the admin check or, when the payload is not one Discord sends, at the edge.
    const answered = await answerOf(id);
    expect(answered.ephemeral).toBe(true);
    expect([notAdmin, catalog('en').refusals.invalidRequest]).toContain(answered.text);
    expect(bot().logs.filter((l) => /reload/i.test(l.msg) && l.level === 30)).toHaveLength(reloadsBefore);
    await expectStillServing();
  });

  it('a daily-tip change with forged permissions leaves the schedule as it was', async () => {
    const guildId = bot().fake.ids.guildId;
    const before = JSON.stringify((await bot().ctx.store.guildDailyTip(guildId)) ?? null);
    const { id } = await bot().fake.tamperedInteraction(
      'slash',
      { name: 'daily-tip', subcommand: 'set', options: { time: '05:00' }, user: 'member' },
      (p) => void ((p.member as Record<string, unknown>).permissions = '0'),
    );
    const answer = await answerOf(id);
    expect(answer.text).toBe(notAdmin);
    expect(JSON.stringify((await bot().ctx.store.guildDailyTip(guildId)) ?? null)).toBe(before);
  });

  it('an admin command sent in a direct message is refused', async () => {
    const answer = await command(bot().fake, { name: 'kb', subcommand: 'stats', user: 'member', dm: true });
    expect(answer.ephemeral).toBe(true);
    expect(answer.embed.description).toBe(notAdmin);
  });
});

describe('hostile command payloads', () => {
  it('an option far over Discord’s 6,000 characters is refused and not recorded', async () => {
    const before = (await storedQuestions(bot())).length;
    const { id } = await bot().fake.tamperedInteraction(
      'slash',
      { name: 'ask', options: { question: 'refund' }, user: 'member' },
      (p) => {
        const data = p.data as { options: { value: unknown }[] };
        data.options[0]!.value = 'refund '.repeat(2000);
      },
    );
    const answer = await answerOf(id);
    expect(answer.ephemeral).toBe(true);
    expect(answer.text).toBe(catalog('en').refusals.invalidRequest);
    expect(await storedQuestions(bot())).toHaveLength(before);
  });

  it('an unknown command gets a private reply instead of silence', async () => {
    const { id } = await bot().fake.tamperedInteraction(
      'slash',
      { name: 'topics', user: 'member', locale: 'ru' },
      (p) => void ((p.data as Record<string, unknown>).name = 'format-disk'),
    );
    const answer = await answerOf(id);
    expect(answer.ephemeral).toBe(true);
    expect(answer.text).toBe(catalog('ru').refusals.unknownCommand);
  });
});
