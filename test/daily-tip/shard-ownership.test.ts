// With shards, one shared store lists every server's schedule: each shard's daily-tip service schedules and posts
// only the servers Discord sends to it (TipPoster.serves), so a server is never run by a shard that does not own it.
import { afterEach, describe, expect, it } from 'vitest';
import { DailyTipService } from '../../src/daily-tip/daily-tip-service.js';
import { makeContext, shippedKb } from '../helpers/make-context.js';
import { RecordingPoster } from '../helpers/recording-poster.js';
import { removeTempDirs } from '../helpers/temp-dir.js';

const OWN_GUILD = '100000000000000001';
const OWN_CHANNEL = '200000000000000001';
const OTHER_GUILD = '100000000000000002';
const OTHER_CHANNEL = '200000000000000002';
/** Wednesday 1 April 2026, 09:05 in Warsaw: five minutes after the 09:00 post time, inside the catch-up. */
const AT_0905 = new Date('2026-04-01T07:05:00Z');
const at9 = {
  time: '09:00',
  timeZone: 'Europe/Warsaw',
  days: 'daily',
  language: 'en' as const,
  enabled: true,
};

afterEach(removeTempDirs);

describe('the daily tip on one shard of several', () => {
  it('catches up and schedules only the servers this shard serves, though the store lists others', async () => {
    const { ctx } = await makeContext({ kb: await shippedKb(), now: () => AT_0905 });
    await ctx.store.patchGuildDailyTip(OWN_GUILD, { schedule: { ...at9, channelId: OWN_CHANNEL } });
    await ctx.store.patchGuildDailyTip(OTHER_GUILD, { schedule: { ...at9, channelId: OTHER_CHANNEL } });
    const poster = new RecordingPoster({ [OWN_CHANNEL]: OWN_GUILD, [OTHER_CHANNEL]: OTHER_GUILD });
    poster.serveOnly([OWN_GUILD]);
    const service = new DailyTipService(ctx, poster);

    await service.start();
    service.stop();

    expect(service.guildIds()).toEqual([OWN_GUILD]);
    expect(poster.postsTo(OWN_CHANNEL)).toHaveLength(1);
    expect(poster.postsTo(OTHER_CHANNEL)).toEqual([]);
    expect((await ctx.store.guildDailyTip(OTHER_GUILD))?.lastPostedLocalDate).toBeUndefined();
  });

  it('leaves the default channel’s server (DAILY_TIP_CHANNEL_ID) to the shard that serves it', async () => {
    const env = { DAILY_TIP_CHANNEL_ID: OTHER_CHANNEL, DAILY_TIP_CRON: '0 9 * * *' };
    const { ctx } = await makeContext({ kb: await shippedKb(), now: () => AT_0905, env });
    const poster = new RecordingPoster({ [OTHER_CHANNEL]: OTHER_GUILD });
    poster.serveOnly([OWN_GUILD]);
    const service = new DailyTipService(ctx, poster);

    await service.start();
    service.stop();

    expect(service.guildIds()).toEqual([]);
    expect(poster.posts).toEqual([]);
  });
});
