// The daily tip end to end: an admin sets it with /daily-tip, node-cron fires at that minute in Europe/Warsaw,
// and the bot posts the tip in the channel through the real discord.js client.
//
// Time: only Date is faked (vi fake timers with toFake ['Date'] and shouldAdvanceTime), so the clock moves on
// in real time from an instant the test chooses, while every timer (node-cron's, discord.js' heartbeats, the
// HTTP and WebSocket stacks) stays real. The test moves the clock to 3 s before the post time, so the real
// cron job fires 3 real seconds later.
import { catalog } from '../../src/i18n/catalog.js';
import type { DailyTipService } from '../../src/daily-tip/daily-tip-service.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Entry } from '../../src/kb/schema.js';
import { buttonsOf, command, fieldsOf, useTestBot, WAIT_MS } from './helpers/interact.js';
import { logsWithMsg } from './helpers/start-test-bot.js';

const en = catalog('en').admin;

/** Tuesday 10 March 2026, 08:50 in Warsaw (CET, UTC+1). */
const START = new Date('2026-03-10T07:50:00.000Z');
/** The post time: 09:00 in Warsaw that day. */
const POST_AT = new Date('2026-03-10T08:00:00.000Z');

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: START, shouldAdvanceTime: true, advanceTimeDelta: 10 });
});
afterAll(() => {
  vi.useRealTimers();
});

const bot = useTestBot();
const fake = () => bot().fake;
const guildId = () => bot().fake.ids.guildId;
const tipsId = () => bot().fake.ids.tipsChannelId;
const schedule = async () => (await bot().ctx.store.guildDailyTip(guildId()))?.schedule;

describe('who may set the daily tip, and where', () => {
  it('refuses /daily-tip set to a member who is not an admin, and schedules nothing', async () => {
    const answer = await command(fake(), {
      name: 'daily-tip',
      subcommand: 'set',
      options: { channel: tipsId(), time: '09:00' },
      user: 'member',
    });
    expect(answer.ephemeral).toBe(true);
    expect(answer.embed.title).toBe('⛔');
    expect(answer.embed.description).toBe(
      'This command is for admins (the Manage Server permission or the bot admin role). Nothing was changed.',
    );
    expect(await schedule()).toBeUndefined();
    expect(logsWithMsg(bot().logs, 'admin command refused: the user is not an admin').at(-1)).toMatchObject({
      command: 'daily-tip',
      subcommand: 'set',
      userId: fake().ids.memberUserId,
    });
  });

  it('tells an admin clearly that the bot cannot post in a channel where it may not send messages', async () => {
    fake().setChannelState('tips', 'forbidden');
    try {
      const answer = await command(fake(), {
        name: 'daily-tip',
        subcommand: 'set',
        options: { channel: tipsId(), time: '09:00' },
        user: 'admin',
      });
      expect(answer.ephemeral).toBe(true);
      expect(answer.embed.title).toBe(en.dailyTip.notChanged);
      expect(answer.embed.description).toBe(
        `I cannot post in <#${tipsId()}>: the bot lacks SendMessages in this channel.`,
      );
      expect(await schedule()).toBeUndefined();
    } finally {
      fake().setChannelState('tips', 'ok');
    }
  });
});

describe('what an admin may set', () => {
  it('refuses a time that is not a time of day, saying how to write it', async () => {
    const answer = await command(fake(), {
      name: 'daily-tip',
      subcommand: 'set',
      options: { channel: tipsId(), time: '25:00' },
      user: 'admin',
    });
    expect(answer.embed.title).toBe(en.dailyTip.notChanged);
    expect(answer.embed.description).toBe(
      '• time "25:00" is not a time of day: write "HH:MM" from 00:00 to 23:59, e.g. "09:00"',
    );
    expect(await schedule()).toBeUndefined();
  });

  it('refuses an unknown time zone', async () => {
    const answer = await command(fake(), {
      name: 'daily-tip',
      subcommand: 'set',
      options: { channel: tipsId(), time: '09:00', timezone: 'Mars/Olympus' },
      user: 'admin',
    });
    expect(answer.embed.title).toBe(en.dailyTip.notChanged);
    expect(answer.embed.description).toContain('time zone "Mars/Olympus" is unknown');
    expect(await schedule()).toBeUndefined();
  });

  it('/daily-tip preview shows the next tip privately and posts nothing', async () => {
    const answer = await command(fake(), { name: 'daily-tip', subcommand: 'preview', user: 'admin' });
    expect(answer.ephemeral).toBe(true);
    expect(answer.data.content).toBe('Preview — only you see this:');
    expect(answer.embed.title).toBe(en.dailyTip.tipOfTheDay);
    expect(fake().channelMessages('tips')).toEqual([]);
  });
});

describe('the tip at the time an admin set', () => {
  let posted: Awaited<ReturnType<ReturnType<typeof fake>['waitForChannelMessage']>>;
  let tip: Entry;

  it('confirms the schedule with the next post time in Europe/Warsaw', async () => {
    vi.setSystemTime(new Date(POST_AT.getTime() - 3000)); // 08:59:57 in Warsaw
    const answer = await command(fake(), {
      name: 'daily-tip',
      subcommand: 'set',
      options: { channel: tipsId(), time: '09:00' },
      user: 'admin',
    });
    expect(answer.ephemeral).toBe(true);
    expect(answer.embed.title).toBe(en.dailyTip.set);
    const [line, next] = answer.embed.description?.split('\n') ?? [];
    expect(line).toBe(`In <#${tipsId()}> at 09:00 Europe/Warsaw (weekdays), language en.`);
    // Intl's en-GB date ("Tue, 10 Mar 2026"; older ICU data writes it without the comma)
    expect(next).toMatch(/^Next post: Tue,? 10 Mar 2026, 09:00 \(Europe\/Warsaw\)$/);
    expect(await schedule()).toEqual({
      channelId: tipsId(),
      time: '09:00',
      timeZone: 'Europe/Warsaw',
      days: 'weekdays',
      language: 'en',
      enabled: true,
    });
  });

  it('posts the tip in the channel when that minute comes', async () => {
    posted = await fake().waitForChannelMessage('tips', (m) => m.embeds.length > 0, WAIT_MS);
    expect(posted.author.id).toBe(fake().ids.botUserId);
    expect(new Date(posted.timestamp).getTime()).toBeGreaterThanOrEqual(POST_AT.getTime());
    expect(new Date(posted.timestamp).getTime()).toBeLessThan(POST_AT.getTime() + 60_000);
  });

  it('posts an embed with the tip, its topic and its source', () => {
    const embed = posted.embeds[0]!;
    const found = bot()
      .ctx.kb.current()
      .kb.ofKind('tip')
      .find((e) => e.text.en === embed.description);
    expect(found).toBeDefined();
    tip = found!;
    expect(embed.title).toBe(en.dailyTip.tipOfTheDay);
    const kb = bot().ctx.kb.current().kb;
    expect(fieldsOf(embed).Topic).toBe(tip.topics.map((id) => kb.topic(id)?.names.en).join(', '));
    expect(embed.footer?.text.startsWith('Source: ')).toBe(true);
    expect(embed.footer?.text).toContain(tip.source.title);
  });

  it('posts with mentions disabled and no button but Quiz me (on by default)', () => {
    const request = fake().requests.find(
      (r) => r.method === 'POST' && r.path === `/channels/${tipsId()}/messages`,
    );
    expect((request?.body as { allowed_mentions?: unknown }).allowed_mentions).toMatchObject({ parse: [] });
    const buttons = buttonsOf(posted as unknown as Record<string, unknown>);
    expect(buttons.map((b) => [b.custom_id.split(':').slice(0, 2).join(':'), b.label])).toEqual([
      ['quiz:next', catalog('en').quiz.quizMe],
    ]);
  });

  it('records the post, so that the day’s tip is posted only once', async () => {
    // The state is written once Discord has confirmed the post, a moment after the fake stored the message.
    await expect.poll(async () => (await bot().ctx.store.guildDailyTip(guildId()))?.lastTipId).toBe(tip.id);
    expect((await bot().ctx.store.guildDailyTip(guildId()))?.lastPostedLocalDate).toBe('2026-03-10');
    await expect((bot().ctx.dailyTips as DailyTipService).runDue(guildId())).resolves.toEqual({
      posted: false,
      skipped: 'already-posted',
    });
    expect(fake().channelMessages('tips')).toHaveLength(1);
  });

  it('/daily-tip show gives the schedule, the last post and the next post', async () => {
    const answer = await command(fake(), { name: 'daily-tip', subcommand: 'show', user: 'admin' });
    expect(answer.ephemeral).toBe(true);
    const fields = fieldsOf(answer.embed);
    expect(fields).toMatchObject({
      Channel: `<#${tipsId()}>`,
      Time: '09:00 Europe/Warsaw',
      Days: 'Monday to Friday',
      Status: '▶️ on',
    });
    expect(fields[en.status.next]).toMatch(/^Wed,? 11 Mar 2026, 09:00 \(Europe\/Warsaw\)$/);
    expect(fields['Last post']).toMatch(/^Tue,? 10 Mar 2026, 09:00 \(Europe\/Warsaw\) — `([a-z0-9-]+)`$/);
    expect(fields['Last post']).toContain(`\`${tip.id}\``);
  });
});

describe('posting into a channel that was deleted', () => {
  beforeAll(async () => {
    // A schedule of its own (10:30, far from now), then the channel disappears.
    const answer = await command(fake(), {
      name: 'daily-tip',
      subcommand: 'set',
      options: { channel: tipsId(), time: '10:30' },
      user: 'admin',
    });
    expect(answer.embed.title).toBe(en.dailyTip.set);
    fake().setChannelState('tips', 'deleted');
  });
  afterAll(() => {
    fake().setChannelState('tips', 'ok');
  });

  it('shows the admin the error when /daily-tip post-now cannot post', async () => {
    const before = fake().channelMessages('tips').length;
    const answer = await command(fake(), { name: 'daily-tip', subcommand: 'post-now', user: 'admin' });
    expect(answer.ephemeral).toBe(true);
    expect(answer.embed.title).toBe('❌ Not posted');
    expect(answer.embed.description).toBe('The tip could not be posted: Unknown Channel');
    expect(fake().channelMessages('tips')).toHaveLength(before);
  });

  it('/daily-tip show displays the last error', async () => {
    await command(fake(), { name: 'daily-tip', subcommand: 'post-now', user: 'admin' });
    const answer = await command(fake(), { name: 'daily-tip', subcommand: 'show', user: 'admin' });
    expect(fieldsOf(answer.embed)['⚠️ Last error']).toMatch(
      /^\w{3},? \d{1,2} \w{3} 2026, \d\d:\d\d \(Europe\/Warsaw\): Unknown Channel$/,
    );
  });

  it('logs that the daily tip was not posted', () => {
    expect(logsWithMsg(bot().logs, 'daily tip not posted').at(-1)).toMatchObject({
      level: 40,
      guildId: guildId(),
      channelId: tipsId(),
      error: 'Unknown Channel',
    });
  });
});
