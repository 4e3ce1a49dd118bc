// /daily-tip as an admin uses it: plain requests to the command's execute, a real DailyTipService over a real state
// file, and a recording poster in place of Discord.
import { mkdir, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dailyTip } from '../../commands/daily-tip.js';
import type { CommandRequest, OptionValue } from '../../src/bot/command.js';
import type { BotContext } from '../../src/bot/context.js';
import { DailyTipService } from '../../src/daily-tip/daily-tip-service.js';
import { catalog } from '../../src/i18n/catalog.js';
import type { Reply } from '../../src/render/reply.js';
import { richToText } from '../../src/render/to-text.js';
import { settle, useFakeTime } from '../helpers/fake-time.js';
import { LEVEL } from '../helpers/logger.js';
import { makeContext, fixtureKb, type TestContext } from '../helpers/make-context.js';
import { RecordingPoster, tipIdOf } from '../helpers/recording-poster.js';
import { removeTempDirs } from '../helpers/temp-dir.js';

const GUILD = '100000000000000001';
const CHANNEL = '200000000000000001';
const LOCKED_CHANNEL = '200000000000000009';
const ADMIN = '300000000000000001';
const MEMBER = '300000000000000002';

let context: TestContext;
let ctx: BotContext;
let service: DailyTipService;
let poster: RecordingPoster;

beforeEach(async () => {
  useFakeTime('2026-03-27T14:00:00Z'); // Friday, 10:00 in New York, 15:00 in Warsaw
  context = await makeContext({ kb: await fixtureKb() });
  poster = new RecordingPoster({ [CHANNEL]: GUILD, [LOCKED_CHANNEL]: GUILD });
  poster.refuse(LOCKED_CHANNEL, { code: 'missing-permissions', permissions: ['SendMessages'] });
  service = new DailyTipService(context.ctx, poster);
  ctx = { ...context.ctx, dailyTips: service };
  await service.start();
});

afterEach(async () => {
  service.stop();
  await settle(ctx.store);
  vi.useRealTimers();
  await removeTempDirs();
});

function request(
  subcommand: string,
  options: Record<string, OptionValue> = {},
  user: { id: string; isAdmin: boolean } = { id: ADMIN, isAdmin: true },
): CommandRequest {
  return {
    command: 'daily-tip',
    subcommand,
    options,
    user: { ...user, locale: 'en-US' },
    guildId: GUILD,
    channelId: CHANNEL,
  };
}

const run = (subcommand: string, options: Record<string, OptionValue> = {}) =>
  dailyTip.execute(request(subcommand, options), ctx);

const card = (reply: Reply) => reply.cards[0]!;
/** The card's text as the console shows it (a channel reads "#<id>"). */
const description = (reply: Reply) => richToText(card(reply).description ?? '');
const field = (reply: Reply, name: string) =>
  richToText(card(reply).fields?.find((f) => f.name === name)?.value ?? '');

const VALID_SET = {
  channel: CHANNEL,
  time: '09:00',
  timezone: 'America/New_York',
  days: 'weekdays',
  language: 'en',
};

describe('/daily-tip', () => {
  it('a schedule that cannot be saved (a full disk) fails the command and /daily-tip show keeps the old one', async () => {
    await run('set', VALID_SET);
    // steno writes a temp file, then renames it: a folder in the temp file's place makes every write fail.
    const blocker = path.join(path.dirname(context.stateFile), '.state.json.tmp');
    await mkdir(blocker);

    await expect(run('set', { time: '10:30' })).rejects.toThrow();

    expect((await service.effectiveSchedule(GUILD))?.schedule.time).toBe('09:00');
    expect((await ctx.store.guildDailyTip(GUILD))?.schedule?.time).toBe('09:00');
    await rmdir(blocker);
    await run('set', { time: '10:30' });
    expect((await service.effectiveSchedule(GUILD))?.schedule.time).toBe('10:30');
  });

  it('refuses a non-admin and changes nothing, whatever the subcommand', async () => {
    const member = { id: MEMBER, isAdmin: false };
    const before = JSON.stringify(await ctx.store.snapshot());

    for (const subcommand of ['set', 'pause', 'resume', 'post-now', 'preview', 'show']) {
      const reply = await dailyTip.execute(request(subcommand, VALID_SET, member), ctx);
      expect(card(reply).title).toBe('⛔');
      expect(description(reply)).toContain('This command is for admins');
      expect(reply.private).toBe(true);
    }

    expect(JSON.stringify(await ctx.store.snapshot())).toBe(before);
    expect(await service.effectiveSchedule(GUILD)).toBeUndefined();
    expect(poster.attempts).toEqual([]);
    expect(context.records.filter((r) => r.level === LEVEL.warn && r.userId === MEMBER)).toHaveLength(6);
  });

  it('refuses an unknown time zone, saying so, and keeps the schedule', async () => {
    await run('set', VALID_SET);
    const before = await service.effectiveSchedule(GUILD);

    const reply = await run('set', { timezone: 'Mars/Olympus' });

    expect(card(reply).title).toBe('❌ Not changed');
    expect(description(reply)).toContain('time zone "Mars/Olympus" is unknown');
    expect(await service.effectiveSchedule(GUILD)).toEqual(before);
  });

  it('refuses an impossible time such as 25:00, saying so, and keeps the schedule', async () => {
    await run('set', VALID_SET);
    const before = await service.effectiveSchedule(GUILD);

    const reply = await run('set', { time: '25:00' });

    expect(card(reply).title).toBe('❌ Not changed');
    expect(description(reply)).toContain('time "25:00" is not a time of day');
    expect(await service.effectiveSchedule(GUILD)).toEqual(before);
  });

  it('refuses a channel the bot cannot post in, giving the reason, and keeps the schedule', async () => {
    await run('set', VALID_SET);
    const before = await service.effectiveSchedule(GUILD);

    const reply = await run('set', { channel: LOCKED_CHANNEL });

    expect(card(reply).title).toBe('❌ Not changed');
    const words = catalog('en').admin;
    expect(card(reply).description).toEqual(
      words.dailyTip.cannotPost(LOCKED_CHANNEL, words.channelProblem.missing('SendMessages')),
    );
    expect(description(reply)).toBe(
      `I cannot post in #${LOCKED_CHANNEL}: the bot lacks SendMessages in this channel.`,
    );
    expect(await service.effectiveSchedule(GUILD)).toEqual(before);
  });

  it('a refused first set leaves the server without a schedule', async () => {
    const reply = await run('set', { ...VALID_SET, timezone: 'Mars/Olympus' });

    expect(card(reply).title).toBe('❌ Not changed');
    expect(await service.effectiveSchedule(GUILD)).toBeUndefined();
    expect(await ctx.store.guildDailyTip(GUILD)).toBeUndefined();
  });

  it('a valid set, then show, lists the next post time in the server’s time zone', async () => {
    const set = await run('set', VALID_SET);
    expect(card(set).title).toBe('✅ Daily tip set');
    expect(description(set)).toContain('Next post: Mon, 30 Mar 2026, 09:00 (America/New_York)');

    const show = await run('show');

    expect(field(show, 'Next post')).toBe('Mon, 30 Mar 2026, 09:00 (America/New_York)');
    expect(field(show, 'Channel')).toBe(`#${CHANNEL}`);
    expect(field(show, 'Days')).toBe('Monday to Friday');
    expect(field(show, 'Set by')).toBe('/daily-tip set');
  });

  it('answers an admin whose Discord is in Polish in Polish', async () => {
    const polish = { ...request('set', VALID_SET), user: { id: ADMIN, isAdmin: true, locale: 'pl' } };
    const reply = await dailyTip.execute(polish, ctx);
    expect(card(reply).title).toBe('✅ Porada dnia ustawiona');
    expect(description(reply)).toContain('Następna publikacja:');
  });

  it('shows the schedule to a Polish admin in Polish, dates included', async () => {
    await run('set', VALID_SET);
    const show = await dailyTip.execute(
      { ...request('show'), user: { id: ADMIN, isAdmin: true, locale: 'pl' } },
      ctx,
    );
    expect(card(show).title).toBe('🗓️ Porada dnia');
    expect(field(show, 'Dni')).toBe('od poniedziałku do piątku');
    expect(field(show, 'Następna publikacja')).toMatch(/^pon\.?, 30 mar 2026, 09:00 \(America\/New_York\)$/);
  });

  it('reads a time typed as "9.30" as 09:30', async () => {
    await run('set', { ...VALID_SET, time: '9.30' });

    expect((await service.effectiveSchedule(GUILD))?.schedule.time).toBe('09:30');
  });

  it('preview is private and does not advance the rotation', async () => {
    await run('set', VALID_SET);
    await run('post-now');
    const rotation = structuredClone((await ctx.store.guildDailyTip(GUILD))?.rotation);

    const first = await run('preview');
    const second = await run('preview');

    expect(first.private).toBe(true);
    expect(card(first).title).toBe('💡 Tip of the day');
    expect(description(second)).toBe(description(first));
    expect((await ctx.store.guildDailyTip(GUILD))?.rotation).toEqual(rotation);
  });

  it('preview mid-round shows the tip that post-now posts next', async () => {
    await run('set', VALID_SET);
    await run('post-now');

    const preview = await run('preview');
    await run('post-now');

    expect(poster.posts[1]!.reply.cards[0]!.description).toBe(card(preview).description);
  });

  it('post-now posts a tip in the channel without counting as the day’s scheduled post', async () => {
    await run('set', VALID_SET);

    const reply = await run('post-now');

    expect(poster.postsTo(CHANNEL)).toHaveLength(1);
    const tipId = tipIdOf(poster.posts[0]!, ctx.kb.current().kb);
    expect(card(reply).title).toBe(catalog('en').admin.dailyTip.posted);
    expect(card(reply).description).toEqual(catalog('en').admin.dailyTip.postedNote(tipId));
    expect((await ctx.store.guildDailyTip(GUILD))?.lastTipId).toBe(tipId);
    expect((await ctx.store.guildDailyTip(GUILD))?.lastPostedLocalDate).toBeUndefined();
  });

  it('the post carries a Quiz me button until quiz:off, which the preview and show follow; quiz:on brings it back', async () => {
    const quizMe = (reply: Reply) => (reply.buttons ?? []).filter((b) => b.customId.startsWith('quiz:next'));
    await run('set', VALID_SET);
    await run('post-now');
    expect(quizMe(poster.posts[0]!.reply).map((b) => b.label)).toEqual(['Quiz me']);
    expect(field(await run('show'), 'Quiz me button')).toBe('▶️ on');

    const off = await run('set', { quiz: 'off' });
    expect(card(off).title).toBe(catalog('en').quiz.dailyTip.title);
    expect(field(await run('show'), 'Quiz me button')).toBe('⏹️ off');
    expect(quizMe(await run('preview'))).toEqual([]);
    await run('post-now');
    expect(quizMe(poster.posts[1]!.reply)).toEqual([]);

    await run('set', { quiz: 'on', time: '08:00' });
    expect((await service.effectiveSchedule(GUILD))?.schedule.time).toBe('08:00');
    await run('post-now');
    expect(quizMe(poster.posts[2]!.reply)).toHaveLength(1);
  });

  it('quiz:off with a refused schedule change changes nothing at all', async () => {
    await run('set', VALID_SET);
    const before = await ctx.store.guildDailyTip(GUILD);

    const reply = await run('set', { quiz: 'off', time: '25:00' });

    expect(card(reply).title).toBe('❌ Not changed');
    expect(await ctx.store.guildDailyTip(GUILD)).toEqual(before);
  });

  it('post-now without a schedule says to set one first', async () => {
    const reply = await run('post-now');

    expect(card(reply).title).toBe('❌ Not posted');
    expect(description(reply)).toContain('use /daily-tip set first');
    expect(poster.attempts).toEqual([]);
  });

  it.each(['pl', 'en', 'ru'] as const)(
    "words every validation problem in the admin's language (%s), plurals included, and changes nothing",
    async (lang) => {
      const words = catalog(lang).admin;
      const reply = await dailyTip.execute(
        {
          ...request('set', { ...VALID_SET, timezone: 'Mars/Olympus', days: '*/30 9 * * *' }),
          user: { id: ADMIN, isAdmin: true, locale: lang },
        },
        ctx,
      );

      expect(card(reply).title).toBe(words.dailyTip.notChanged);
      expect(description(reply).split('\n')).toEqual([
        `• ${words.schedule.timeZone('Mars/Olympus')}`,
        `• ${words.schedule.daysManyTimes('*/30 9 * * *', 2)}`,
      ]);
      expect(await service.effectiveSchedule(GUILD)).toBeUndefined();
    },
  );

  it('says how many times a day a cron runs with the plural form of each language', () => {
    const times = (lang: 'pl' | 'en' | 'ru', n: number) => catalog(lang).admin.schedule.daysManyTimes('x', n);
    expect(times('pl', 2)).toContain('2 razy dziennie');
    expect(times('ru', 2)).toContain('2 раза в день');
    expect(times('ru', 5)).toContain('5 раз в день');
    expect(times('en', 2)).toContain('2 times a day');
  });
});
