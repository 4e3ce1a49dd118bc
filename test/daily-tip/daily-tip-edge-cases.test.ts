// The daily tip's timing edge cases: one attempt per trigger after a failure, the first 02:30 of the autumn night, previews.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DailyTipService } from '../../src/daily-tip/daily-tip-service.js';
import type { DailyTipSchedule } from '../../src/tips/schedule.js';
import { advanceTo, settle, useFakeTime } from '../helpers/fake-time.js';
import { makeContext, fixtureKb } from '../helpers/make-context.js';
import { RecordingPoster } from '../helpers/recording-poster.js';
import { removeTempDirs } from '../helpers/temp-dir.js';

const GUILD = '100000000000000001';
const CHANNEL = '200000000000000001';

const schedule = (overrides: Partial<DailyTipSchedule> = {}): DailyTipSchedule => ({
  channelId: CHANNEL,
  time: '09:00',
  timeZone: 'Europe/Warsaw',
  days: 'daily',
  language: 'en',
  enabled: true,
  ...overrides,
});

const services: DailyTipService[] = [];

async function startService(poster: RecordingPoster) {
  const { ctx } = await makeContext({ kb: await fixtureKb() });
  const service = new DailyTipService(ctx, poster);
  services.push(service);
  await service.start();
  return { ctx, service };
}

afterEach(async () => {
  for (const service of services.splice(0)) service.stop();
  vi.useRealTimers();
  await removeTempDirs();
});

describe('DailyTipService (src/daily-tip/daily-tip-service.ts)', () => {
  it('a failing post is attempted once per hour inside the catch-up window, never twice when the job and the safety check coincide', async () => {
    useFakeTime('2026-03-31T22:00:00Z');
    const poster = new RecordingPoster({ [CHANNEL]: GUILD });
    const { ctx, service } = await startService(poster);
    await service.setSchedule(GUILD, schedule());
    poster.failIn(CHANNEL, 'Missing Permissions');

    // Half-hour steps: each check is recorded at its own time (the store's real writes finish within the step).
    await advanceTo('2026-04-01T22:00:00Z', ctx.store, { stepMs: 30 * 60_000 });

    // At 09:00 Warsaw the exact job and the safety check both run: one attempt; then one an hour until 10:00 UTC.
    expect(poster.attempts.map((a) => a.at.toISOString().slice(0, 16))).toEqual([
      '2026-04-01T07:00',
      '2026-04-01T08:00',
      '2026-04-01T09:00',
      '2026-04-01T10:00',
    ]);
  });

  it('a 02:30 schedule posts at the first of the two 02:30s of the night Warsaw turns the clocks back', async () => {
    useFakeTime('2026-10-24T12:00:00Z');
    const poster = new RecordingPoster({ [CHANNEL]: GUILD });
    const { ctx, service } = await startService(poster);
    await service.setSchedule(GUILD, schedule({ time: '02:30' }));

    await advanceTo('2026-10-25T23:00:00Z', ctx.store, { anchor: '2026-10-24T12:30:00Z' });

    // node-cron fires the repeated 02:30 only at its second occurrence; the safety check keeps the first.
    expect(poster.timesIn(CHANNEL).map((t) => t.slice(0, 16))).toEqual(['2026-10-25T00:30']);
  });

  it('preview on a server that has never posted shows the tip that the next post shows', async () => {
    const poster = new RecordingPoster({ [CHANNEL]: GUILD });
    const { ctx, service } = await startService(poster);
    await service.setSchedule(GUILD, schedule());

    const first = (await service.preview(GUILD))?.id;
    const second = (await service.preview(GUILD))?.id;
    const posted = await service.postNow(GUILD);
    await settle(ctx.store);

    expect(second).toBe(first);
    expect(posted).toEqual({ posted: true, tipId: first });
  });

  it('preview after the last tip of a round shows the tip that the next post shows', async () => {
    const poster = new RecordingPoster({ [CHANNEL]: GUILD });
    const { ctx, service } = await startService(poster);
    await service.setSchedule(GUILD, schedule());
    const tips = ctx.kb.current().kb.ofKind('tip').length;
    for (let i = 0; i < tips; i++) await service.postNow(GUILD);

    const previewed = (await service.preview(GUILD))?.id;
    const posted = await service.postNow(GUILD);
    await settle(ctx.store);

    expect(posted).toEqual({ posted: true, tipId: previewed });
  });
});
