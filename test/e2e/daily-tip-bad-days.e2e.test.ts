// The daily tip on Discord's bad days, through the real discord.js client and the fake Discord: a post refused with
// 403 Missing Permissions, a storm of 500s, a 429. No day's tip is lost: a failed post is retried inside the day's
// catch-up window, and it is posted exactly once.
//
// Time: only Date is faked (as in daily-tip.e2e.test.ts), so node-cron, discord.js and the sockets run on real
// timers. The first day's post comes from the real cron job; the retries come from `runDue`, the one entry the
// five-minute safety check calls, with the clock moved past the hour a failed post waits before its retry.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DailyTipService } from '../../src/daily-tip/daily-tip-service.js';
import { command, useTestBot, WAIT_MS } from './helpers/interact.js';
import { logsWithMsg } from './helpers/start-test-bot.js';

/** 09:00 in Warsaw (CET, UTC+1) on Tuesday 10 March 2026. */
const POST_AT = new Date('2026-03-10T08:00:00.000Z');
const DAY_MS = 24 * 60 * 60_000;
const MINUTE_MS = 60_000;

beforeAll(() => {
  vi.useFakeTimers({
    toFake: ['Date'],
    now: new Date(POST_AT.getTime() - 10 * MINUTE_MS),
    shouldAdvanceTime: true,
    advanceTimeDelta: 10,
  });
});
afterAll(() => {
  vi.useRealTimers();
});

const bot = useTestBot();
const fake = () => bot().fake;
const guildId = () => fake().ids.guildId;
const tipsId = () => fake().ids.tipsChannelId;
const service = () => bot().ctx.dailyTips as DailyTipService;
const channelPost = () => new RegExp(`^/channels/${tipsId()}/messages$`);
const tipsPosted = () => fake().channelMessages('tips').length;
const notPosted = () => logsWithMsg(bot().logs, 'daily tip not posted');

/** Moves the clock to `ms` after the post time of the day `day` days after 10 March. */
function at(day: number, ms: number): void {
  vi.setSystemTime(new Date(POST_AT.getTime() + day * DAY_MS + ms));
}

describe('a post refused with 403 Missing Permissions', () => {
  it(
    'is refused at the cron job’s minute, logged, and kept as the last error',
    { timeout: 60_000 },
    async () => {
      // 10 s before the post time: the job must be scheduled before 09:00 even on a loaded machine.
      at(0, -10_000);
      fake().failNext({ method: 'POST', path: channelPost(), status: 403 });
      const answer = await command(fake(), {
        name: 'daily-tip',
        subcommand: 'set',
        options: { channel: tipsId(), time: '09:00' },
        user: 'admin',
      });
      expect(answer.embed.title).toBe('✅ Daily tip set');
      // The cron job fires 5 real seconds after the clock was set. Waited for as an event: expect.poll would move the
      // faked clock on at every check, past the minute node-cron is waiting for.
      await fake().waitForRequest(
        (r) => r.method === 'POST' && channelPost().test(r.path) && r.status === 403,
        4 * WAIT_MS,
      );
      await expect
        .poll(() => notPosted().at(-1), { timeout: WAIT_MS })
        .toMatchObject({ level: 40, error: 'Missing Permissions', channelId: tipsId() });
      expect(tipsPosted()).toBe(0);
      // The last error is saved just after the log line.
      await expect
        .poll(async () => (await bot().ctx.store.guildDailyTip(guildId()))?.lastError?.message, {
          timeout: WAIT_MS,
        })
        .toBe('Missing Permissions');
    },
  );

  it('is not retried at once by the next safety check (no hammering Discord)', async () => {
    at(0, 5 * MINUTE_MS);
    await expect(service().runDue(guildId())).resolves.toEqual({
      posted: false,
      skipped: 'waiting before retrying a failed post',
    });
    expect(tipsPosted()).toBe(0);
  });

  it('is posted by the first safety check an hour later, inside the catch-up window, exactly once', async () => {
    at(0, 65 * MINUTE_MS);
    await expect(service().runDue(guildId())).resolves.toMatchObject({ posted: true });
    expect(tipsPosted()).toBe(1);
    await expect(service().runDue(guildId())).resolves.toEqual({ posted: false, skipped: 'already-posted' });
    expect(tipsPosted()).toBe(1);
    expect((await bot().ctx.store.guildDailyTip(guildId()))?.lastError).toBeUndefined();
  });
});

describe('a storm of 500s on the next day', () => {
  it('is given up by discord.js after its retries, and logged', async () => {
    at(1, 30_000);
    const storm = fake().failNext({ method: 'POST', path: channelPost(), status: 500, times: 4 });
    await expect(service().runDue(guildId())).resolves.toMatchObject({ posted: false });
    expect(storm.hits).toBe(4);
    expect(tipsPosted()).toBe(1);
    expect(notPosted().at(-1)).toMatchObject({ error: expect.stringMatching(/500|Internal Server Error/) });
  });

  it('is posted at the retry an hour later, once', async () => {
    at(1, 62 * MINUTE_MS);
    await expect(service().runDue(guildId())).resolves.toMatchObject({ posted: true });
    expect(tipsPosted()).toBe(2);
  });
});

describe('a 429 on the third day', () => {
  it('is waited out by discord.js, so the post goes out at the first attempt, once', async () => {
    at(2, 30_000);
    const limit = fake().failNext({ method: 'POST', path: channelPost(), status: 429, retryAfter: 0.3 });
    await expect(service().runDue(guildId())).resolves.toMatchObject({ posted: true });
    expect(limit.hits).toBe(1);
    expect(tipsPosted()).toBe(3);
  });
});

describe('a post that keeps failing on the fourth day', () => {
  it('is retried every hour inside the 3-hour window, and given up after it', async () => {
    const refusals = () =>
      fake().requests.filter((r) => r.method === 'POST' && channelPost().test(r.path) && r.status === 403)
        .length;
    const before = refusals();
    fake().failNext({ method: 'POST', path: channelPost(), status: 403, times: 100 });
    const outcomes = [];
    for (const minutes of [1, 62, 123, 184]) {
      at(3, minutes * MINUTE_MS);
      outcomes.push(await service().runDue(guildId()));
    }
    expect(outcomes.map((o) => o.posted)).toEqual([false, false, false, false]);
    // 09:01, 10:02 and 11:03 try; 12:04 is past 09:00 + 3 h and does not.
    expect(refusals() - before).toBe(3);
    expect(outcomes[3]).toMatchObject({ posted: false, skipped: expect.any(String) });
    fake().clearFailures();
  });

  it('leaves the bot answering commands', async () => {
    const answer = await command(fake(), { name: 'topics' });
    expect(answer.callback.type).toBe(4);
  });
});
