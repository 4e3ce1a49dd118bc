// Discord's bad days, with the real discord.js client against the fake Discord: rate limits, server errors, a
// dropped gateway, an interaction delivered too late to answer. The bot keeps serving and never answers twice.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/i18n/catalog.js';
import { command, useTestBot, WAIT_MS } from './helpers/interact.js';
import { logsWithMsg } from './helpers/start-test-bot.js';

/** Discord's 3-second rule: a first response later than this is refused with 404 Unknown interaction. */
const DEADLINE_MS = 3000;
const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;

const bot = useTestBot({ fakeOptions: { interactionDeadlineMs: DEADLINE_MS } });
const fake = () => bot().fake;

const requestsOf = (id: string) => fake().requests.filter((r) => r.path.startsWith(`/interactions/${id}/`));
const callbacksOf = (id: string) =>
  fake()
    .interactionLog(id)
    .filter((e) => e.kind === 'callback');

async function expectServing(): Promise<void> {
  const answer = await command(fake(), { name: 'topics' });
  expect(answer.callback.type).toBe(4);
  expect(answer.embed.title).toBe(catalog('en').replies.topics.title);
}

describe('rate limits and server errors on a reply', () => {
  it('waits out a global 429 and delivers the reply once', async () => {
    const failure = fake().failNext({
      method: 'POST',
      path: CALLBACK,
      status: 429,
      retryAfter: 0.2,
      global: true,
    });
    const answer = await command(fake(), { name: 'topics' });
    expect(failure.hits).toBe(1);
    expect(requestsOf(answer.id).map((r) => r.status)).toEqual([429, 204]);
    expect(callbacksOf(answer.id)).toHaveLength(1);
  });

  it('retries two 500s and a 502, then delivers the reply exactly once', async () => {
    fake().failNext({ method: 'POST', path: CALLBACK, status: 500, times: 2 });
    fake().failNext({ method: 'POST', path: CALLBACK, status: 502 });
    const answer = await command(fake(), {
      name: 'ask',
      options: { question: 'how many customers complain?' },
    });
    expect(requestsOf(answer.id).map((r) => r.status)).toEqual([500, 500, 502, 204]);
    expect(callbacksOf(answer.id)).toHaveLength(1);
    expect(fake().followUps(answer.id)).toEqual([]);
  });

  it('logs a reply Discord refuses with 403 Missing Permissions, and serves the next person', async () => {
    fake().failNext({ method: 'POST', path: CALLBACK, status: 403 });
    const { id } = await fake().slashCommand({ name: 'quote' });
    await expect
      .poll(
        () =>
          logsWithMsg(bot().logs, 'could not respond to the interaction').find((l) => l.interactionId === id),
        {
          timeout: WAIT_MS,
        },
      )
      .toMatchObject({
        level: 50,
        err: expect.objectContaining({ message: 'Missing Permissions', status: 403 }),
      });
    expect(callbacksOf(id)).toEqual([]);
    await expectServing();
  });
});

describe('an interaction delivered after Discord’s 3 seconds', () => {
  it('is not answered twice: one refused response, no follow-up, a log line, and the bot serves on', async () => {
    const { id } = await fake().lateSlashCommand(
      { name: 'ask', options: { question: 'what is churn?' } },
      3500,
    );
    await expect
      .poll(
        () =>
          logsWithMsg(bot().logs, 'could not respond to the interaction').find((l) => l.interactionId === id),
        {
          timeout: WAIT_MS,
        },
      )
      .toMatchObject({ level: 50, err: expect.objectContaining({ message: 'Unknown interaction' }) });
    expect(requestsOf(id).map((r) => [r.method, r.status])).toEqual([['POST', 404]]);
    expect(fake().interactionLog(id)).toEqual([]);
    await expectServing();
  });

  it('gets one try only, even when the try fails with a 500 that discord.js would retry', async () => {
    fake().failNext({ method: 'POST', path: CALLBACK, status: 500 });
    const { id } = await fake().lateSlashCommand({ name: 'tip' }, DEADLINE_MS + 1000);
    await expect
      .poll(
        () =>
          logsWithMsg(bot().logs, 'could not respond to the interaction').find((l) => l.interactionId === id),
        { timeout: WAIT_MS },
      )
      .toMatchObject({ level: 50, err: expect.objectContaining({ message: 'Unknown interaction' }) });
    expect(requestsOf(id).map((r) => r.status)).toEqual([500]);
    expect(fake().interactionLog(id)).toEqual([]);
    await expectServing();
  });

  it('a burst of late interactions leaves no unhandled error and the bot answers the next one in time', async () => {
    const late = await Promise.all(
      [1, 2, 3, 4, 5].map(() => fake().lateSlashCommand({ name: 'tip' }, DEADLINE_MS + 1000)),
    );
    await expect
      .poll(() => late.every(({ id }) => requestsOf(id).length >= 1), { timeout: 3 * WAIT_MS })
      .toBe(true);
    // One try each, refused: neither a second "thinking…" nor a reply follows a 404 Unknown interaction.
    for (const { id } of late) expect(requestsOf(id).map((r) => r.status)).toEqual([404]);
    for (const { id } of late) expect(fake().interactionLog(id)).toEqual([]);
    await expectServing();
  }, 60_000);
});

describe('an interaction that has already waited when the bot gets to it', () => {
  it('says "thinking…" at once, before any work, then gives the whole answer', async () => {
    const { id } = await fake().lateSlashCommand(
      { name: 'ask', options: { question: 'what is churn?' } },
      1500,
    );
    const first = await fake().waitForInteractionResponse(id, WAIT_MS);
    expect(first.type).toBe(5);
    const edit = await fake().waitForInteractionEvent(id, (e) => e.kind === 'edit', WAIT_MS);
    expect(edit.kind).toBe('edit');
    expect(fake().originalResponse(id)?.embeds?.length).toBe(1);
    expect(callbacksOf(id)).toHaveLength(1);
  });

  it('answers a fresh interaction directly, without "thinking…"', async () => {
    const answer = await command(fake(), { name: 'ask', options: { question: 'what is churn?' } });
    expect(answer.callback.type).toBe(4);
  });
});

describe('a dropped gateway connection', () => {
  it('resumes after Discord closes the connection (4000) and answers again', async () => {
    const resumesBefore = fake().sessions[0]?.resumes ?? 0;
    fake().disconnectGateway(4000);
    await expect
      .poll(() => fake().sessions[0]?.resumes ?? 0, { timeout: WAIT_MS })
      .toBeGreaterThan(resumesBefore);
    await expectServing();
  });

  it('answers an interaction sent while the connection was down, once it has resumed', async () => {
    fake().disconnectGateway(4000);
    // Dispatched at once: the fake keeps it for replay, as Discord does for a session that resumes.
    const { id } = await fake().slashCommand({ name: 'topics' });
    const callback = await fake().waitForInteractionResponse(id, WAIT_MS);
    expect(callback.type).toBe(4);
    expect(callbacksOf(id)).toHaveLength(1);
  });

  it('identifies anew when Discord invalidates the session, and answers again', async () => {
    fake().invalidateSessions(false);
    await fake().waitForReady(WAIT_MS);
    await expectServing();
  });

  it('reconnects when Discord asks it to (op 7) and answers again', async () => {
    fake().requestReconnect();
    await expectServing();
  });
});
