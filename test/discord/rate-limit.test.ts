// The per-user rate limit on its own, with fake time: how many commands pass, when the window opens again, what
// the refusal says, and that 0 turns it off.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createUserRateLimit } from '../../src/discord/rate-limit.js';
import { catalog } from '../../src/i18n/catalog.js';

const ALICE = '100000000000000001';
const BOB = '100000000000000002';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-03-10T08:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

const limit = (commands: number, windowSeconds: number) =>
  createUserRateLimit({ RATE_LIMIT_COMMANDS: commands, RATE_LIMIT_WINDOW_SECONDS: windowSeconds });

describe('the per-user rate limit', () => {
  it('lets a user send as many commands as the limit, and refuses the next one', async () => {
    const rateLimit = limit(3, 10);
    for (let i = 0; i < 3; i++) expect(await rateLimit.refusal(ALICE, 'en-US')).toBeUndefined();
    const refusal = await rateLimit.refusal(ALICE, 'en-US');
    expect(refusal?.private).toBe(true);
    expect(refusal?.cards[0]?.description).toBe(catalog('en').refusals.rateLimited(10));
  });

  it('names the seconds left in the window, rounded up', async () => {
    const rateLimit = limit(1, 10);
    await rateLimit.refusal(ALICE, 'pl');
    vi.advanceTimersByTime(6_500);
    const refusal = await rateLimit.refusal(ALICE, 'pl');
    expect(refusal?.cards[0]?.description).toBe(catalog('pl').refusals.rateLimited(4));
  });

  it('answers again once the window has passed', async () => {
    const rateLimit = limit(2, 10);
    await rateLimit.refusal(ALICE, 'en-US');
    await rateLimit.refusal(ALICE, 'en-US');
    expect(await rateLimit.refusal(ALICE, 'en-US')).toBeDefined();
    vi.advanceTimersByTime(10_001);
    expect(await rateLimit.refusal(ALICE, 'en-US')).toBeUndefined();
  });

  it('counts each user apart', async () => {
    const rateLimit = limit(1, 60);
    expect(await rateLimit.refusal(ALICE, 'en-US')).toBeUndefined();
    expect(await rateLimit.refusal(ALICE, 'en-US')).toBeDefined();
    expect(await rateLimit.refusal(BOB, 'en-US')).toBeUndefined();
  });

  it('speaks Russian to a Russian user and English to a locale it does not know', async () => {
    const rateLimit = limit(1, 60);
    await rateLimit.refusal(ALICE, 'ru');
    expect((await rateLimit.refusal(ALICE, 'ru'))?.cards[0]?.description).toBe(
      catalog('ru').refusals.rateLimited(60),
    );
    await rateLimit.refusal(BOB, 'ja');
    expect((await rateLimit.refusal(BOB, 'ja'))?.cards[0]?.description).toBe(
      catalog('en').refusals.rateLimited(60),
    );
  });

  it('is off when RATE_LIMIT_COMMANDS is 0', async () => {
    const rateLimit = limit(0, 10);
    for (let i = 0; i < 100; i++) expect(await rateLimit.refusal(ALICE, 'en-US')).toBeUndefined();
  });
});

describe('its configuration', () => {
  it('defaults to 8 commands in 10 seconds', () => {
    const loaded = loadConfig({});
    expect(loaded.ok && [loaded.config.RATE_LIMIT_COMMANDS, loaded.config.RATE_LIMIT_WINDOW_SECONDS]).toEqual(
      [8, 10],
    );
  });

  it('refuses a window of 0 seconds and a negative limit, naming the variable', () => {
    const loaded = loadConfig({ RATE_LIMIT_COMMANDS: '-1', RATE_LIMIT_WINDOW_SECONDS: '0' });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.problems.some((p) => p.variable === 'RATE_LIMIT_COMMANDS')).toBe(true);
      expect(loaded.problems.some((p) => p.variable === 'RATE_LIMIT_WINDOW_SECONDS')).toBe(true);
    }
  });
});
