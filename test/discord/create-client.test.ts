// The REST client's memory: the request handler each deferred answer's edit creates (its route holds the
// interaction's token) is dropped within the sweep interval once idle, not kept for discord.js's default hour.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Client } from 'discord.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDiscordClient, REST_HANDLER_SWEEP_MS } from '../../src/discord/create-client.js';

const APP_ID = '100000000000000007';

let server: Server | undefined;
let client: Client | undefined;

afterEach(async () => {
  vi.useRealTimers();
  await client?.destroy();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  client = undefined;
  server = undefined;
});

/** A Discord-like REST server on 127.0.0.1 that accepts every edit. */
async function acceptingApi(): Promise<string> {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/api`;
}

describe('the Discord client', () => {
  it('forgets the request handler of an interaction token once idle for the sweep interval', async () => {
    // Only the sweeper's interval is faked: the HTTP request itself runs on real timers.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    client = createDiscordClient({ DISCORD_API_URL: await acceptingApi(), SHARDING: { role: 'single' } });
    client.rest.setToken('test-token');

    await client.rest.patch(`/webhooks/${APP_ID}/interaction-token-1/messages/@original`, {
      body: { content: 'the answer' },
      auth: false,
    });
    expect([...client.rest.handlers.keys()].some((key) => key.includes('interaction-token-1'))).toBe(true);

    vi.advanceTimersByTime(REST_HANDLER_SWEEP_MS);
    expect(client.rest.handlers.size).toBe(0);
  });
});
