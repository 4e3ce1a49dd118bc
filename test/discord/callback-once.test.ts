// At most one callback per interaction once Discord no longer knows it: after a 404 Unknown interaction, or when a
// retry would come after the interaction's 3 seconds, the request is answered here and never sent.
import { SnowflakeUtil } from 'discord.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  callbackOnce,
  createCallbackGuard,
  FORGET_AFTER_MS,
  INTERACTION_WINDOW_MS,
  MAX_REMEMBERED,
} from '../../src/discord/callback-once.js';

const T0 = Date.parse('2026-11-30T12:00:00Z');
const idAt = (ms: number) => SnowflakeUtil.generate({ timestamp: ms }).toString();
const callbackUrl = (id: string) => `http://127.0.0.1:9/api/v10/interactions/${id}/token-${id}/callback`;

/** A network that answers each request with the next status of its script, recording what was sent. */
function network(...statuses: number[]) {
  const sent: string[] = [];
  const makeRequest = async (url: string) => {
    sent.push(url);
    const status = statuses.shift() ?? 204;
    return new Response(status === 204 ? null : JSON.stringify({ message: 'x', code: 0 }), { status });
  };
  return { sent, makeRequest };
}

describe('callbacks once an interaction is unknown', () => {
  it('sends no second callback after Discord answered 404, and answers it as Discord would', async () => {
    const net = network(404);
    const request = callbackOnce({ makeRequest: net.makeRequest, now: () => T0 + 500 });
    const id = idAt(T0);

    expect((await request(callbackUrl(id), {})).status).toBe(404);
    const second = await request(callbackUrl(id), {});

    expect(net.sent).toHaveLength(1);
    expect([second.status, await second.json()]).toEqual([
      404,
      { message: 'Unknown interaction', code: 10062 },
    ]);
  });

  it('lets a retry through inside the window (a 500 Discord may not have acted on)', async () => {
    const net = network(500, 204);
    const request = callbackOnce({ makeRequest: net.makeRequest, now: () => T0 + 1000 });
    const id = idAt(T0);

    await request(callbackUrl(id), {});
    expect((await request(callbackUrl(id), {})).status).toBe(204);
    expect(net.sent).toHaveLength(2);
  });

  it('tries an interaction past its window once, and refuses the retry without sending it', async () => {
    const net = network(500);
    const request = callbackOnce({
      makeRequest: net.makeRequest,
      now: () => T0 + INTERACTION_WINDOW_MS + 1,
    });
    const id = idAt(T0);

    expect((await request(callbackUrl(id), {})).status).toBe(500);
    expect((await request(callbackUrl(id), {})).status).toBe(404);
    expect(net.sent).toEqual([callbackUrl(id)]);
  });

  it('keeps interactions apart and never holds back other requests (edits, follow-ups, messages)', async () => {
    const net = network(404, 204, 404, 404);
    const request = callbackOnce({ makeRequest: net.makeRequest, now: () => T0 + 500 });
    const [a, b] = [idAt(T0), idAt(T0 + 1)];

    await request(callbackUrl(a), {});
    await request(callbackUrl(b), {});
    await request(`http://127.0.0.1:9/api/v10/webhooks/1/token-${a}/messages/@original`, {});
    await request('http://127.0.0.1:9/api/v10/channels/1/messages', {});

    expect(net.sent).toHaveLength(4);
  });

  it('forgets an interaction after 2 minutes, when no retry of its callback can come any more', async () => {
    let now = T0 + 500;
    const net = network(404, 204, 404);
    const request = callbackOnce({ makeRequest: net.makeRequest, now: () => now });
    const old = idAt(T0);
    await request(callbackUrl(old), {});

    now = T0 + FORGET_AFTER_MS - 1;
    await request(callbackUrl(idAt(now - 100)), {});
    expect((await request(callbackUrl(old), {})).status).toBe(404);
    expect(net.sent).toHaveLength(2);

    now = T0 + FORGET_AFTER_MS + 1;
    await request(callbackUrl(idAt(now - 100)), {});
    // Were it still remembered as unknown, this would be answered without the network.
    await request(callbackUrl(old), {});
    expect(net.sent).toHaveLength(4);
  });
});

describe('the memory the guard keeps', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it(`remembers at most ${MAX_REMEMBERED.toLocaleString('en')} interactions, dropping the oldest first`, async () => {
    const net = network(404);
    const guard = createCallbackGuard({ makeRequest: net.makeRequest, now: () => T0 + 1000 });
    const first = idAt(T0);
    await guard.makeRequest(callbackUrl(first), {});
    // Many interactions within one second: none is old enough to be forgotten by time.
    for (let i = 1; i <= MAX_REMEMBERED; i++) await guard.makeRequest(callbackUrl(idAt(T0 + (i % 1000))), {});

    expect(guard.remembered()).toBe(MAX_REMEMBERED);
    // The first, unknown to Discord, was dropped to make room: its callback goes to the network again.
    await guard.makeRequest(callbackUrl(first), {});
    expect(net.sent).toHaveLength(MAX_REMEMBERED + 2);
  });

  it('forgets old interactions on a timer when no further callback comes, then holds no timer', async () => {
    vi.useFakeTimers({ now: T0 + 500 });
    const guard = createCallbackGuard({ makeRequest: network(204, 204).makeRequest });
    await guard.makeRequest(callbackUrl(idAt(T0)), {});
    await guard.makeRequest(callbackUrl(idAt(T0 + 200)), {});
    expect(guard.remembered()).toBe(2);

    await vi.advanceTimersByTimeAsync(FORGET_AFTER_MS - 1000);
    expect(guard.remembered()).toBe(2);
    await vi.advanceTimersByTimeAsync(FORGET_AFTER_MS);

    expect(guard.remembered()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
