// Oversized and hostile input, Discord failing or rate-limiting the bot, handlers that throw or take long:
// the user always gets a sensible answer, nothing pings anyone, every payload stays inside Discord's limits,
// and the bot keeps serving.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { CommandModule } from '../../src/bot/command.js';
import { catalog } from '../../src/i18n/catalog.js';
import { COMMANDS } from '../../commands/index.js';
import type { EditEvent, FollowUpEvent, RecordedRequest } from './fake-discord/index.js';
import { discordLimitViolations, sentMessageBodies } from './helpers/discord-limits.js';
import { autocomplete, click, command, EPHEMERAL, useTestBot, WAIT_MS } from './helpers/interact.js';
import { logsWithMsg } from './helpers/start-test-bot.js';

const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;
const DEFER_AFTER_MS = 1000;

/** Test-only: a handler with a bug. */
const boom: CommandModule = {
  data: {
    type: 1,
    name: 'e2e-boom',
    description: 'Test only: a handler that throws',
    options: [{ type: 3, name: 'typed', description: 'Anything', autocomplete: true }],
  },
  execute: async () => {
    throw new Error('kaboom in a test-only handler');
  },
  autocomplete: async () => {
    throw new Error('kaboom in a test-only autocomplete');
  },
};

/** Test-only: a handler that takes `ms` (default 2.5 s), answers privately or fails at the end when asked. */
const slow: CommandModule = {
  data: {
    type: 1,
    name: 'e2e-slow',
    description: 'Test only: a handler that takes a while',
    options: [
      { type: 4, name: 'ms', description: 'How long to work, in milliseconds' },
      { type: 5, name: 'private', description: 'Only you see the reply' },
      { type: 5, name: 'fail', description: 'Throw at the end' },
    ],
  },
  isPrivate: (request) => request.options.private === true,
  execute: async (request) => {
    await sleep(Number(request.options.ms ?? 2500));
    if (request.options.fail === true) throw new Error('slow handler failed at the end');
    return { cards: [{ title: '🐢 Done', description: 'The slow answer.', tone: 'answer' }] };
  },
};

const bot = useTestBot({
  commands: [...COMMANDS, boom, slow],
  deferAfterMs: DEFER_AFTER_MS,
  // Like Discord: an interaction not acknowledged within 3 s is gone (404 Unknown interaction).
  fakeOptions: { interactionDeadlineMs: 3000 },
});

const fake = () => bot().fake;
const requestsOf = (interactionId: string): RecordedRequest[] =>
  fake().requests.filter((r) => r.path.startsWith(`/interactions/${interactionId}/`));
const HOSTILE = '@everyone <@123456789012345678> **bold** `code` ||spoiler||';

describe('oversized and hostile input', () => {
  it('answers a 6,000-character question inside Discord’s limits', async () => {
    const question = 'how many customers complain about slow answers and rude agents? '
      .repeat(100)
      .slice(0, 6000);
    const answer = await command(fake(), { name: 'ask', options: { question } });
    expect(answer.callback.type).toBe(4);
    expect(discordLimitViolations(requestsOf(answer.id))).toEqual([]);
    const echoed = answer.embed.description?.split('\n\n')[0] ?? '';
    expect(echoed.startsWith('> ❓ how many customers complain')).toBe(true);
    expect(echoed.length).toBeLessThanOrEqual(310);
  });

  it('keeps at most 500 characters of a 6,000-character question in the state', async () => {
    const question = `${'why? '.repeat(1199)}end.`;
    await command(fake(), { name: 'ask', options: { question } });
    await bot().ctx.store.flush();
    const stored = (await bot().ctx.store.questionLog()).questions.at(-1);
    expect(stored?.question.startsWith('why? why?')).toBe(true);
    expect(stored?.question.length).toBeLessThanOrEqual(500);
  });

  it('clips a question of 3,000 emoji without splitting a character', async () => {
    const answer = await command(fake(), { name: 'ask', options: { question: '😀'.repeat(3000) } });
    expect(answer.callback.type).toBe(4);
    const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    expect(answer.embed.description).toContain('😀');
    expect(answer.embed.description).not.toMatch(loneSurrogate);
    expect(discordLimitViolations(requestsOf(answer.id))).toEqual([]);
  });

  it('sends the reply to a hostile question with mentions disabled', async () => {
    const answer = await command(fake(), { name: 'ask', options: { question: HOSTILE } });
    const [callback] = requestsOf(answer.id);
    const body = callback?.body as { data?: { allowed_mentions?: unknown } };
    expect(body.data?.allowed_mentions).toMatchObject({ parse: [] });
  });

  it('echoes a hostile question with its mentions broken and its markdown escaped', async () => {
    const answer = await command(fake(), { name: 'ask', options: { question: HOSTILE } });
    const echoed = answer.embed.description?.split('\n\n')[0];
    expect(echoed).toBe(
      '> ❓ @\u200beveryone <@\u200b123456789012345678> \\*\\*bold\\*\\* \\`code\\` \\|\\|spoiler\\|\\|',
    );
  });

  it('never shows a working mention anywhere in the reply to a hostile question', async () => {
    const answer = await command(fake(), { name: 'ask', options: { question: HOSTILE } });
    const text = JSON.stringify(answer.embeds);
    expect(text).not.toContain('@everyone');
    expect(text).not.toContain('<@123456789012345678>');
  });

  it('echoes a hostile term given to /define with its mentions broken', async () => {
    const answer = await command(fake(), { name: 'define', options: { term: HOSTILE } });
    expect(answer.callback.type).toBe(4);
    expect(JSON.stringify(answer.embeds)).not.toContain('@everyone');
    expect(answer.data.allowed_mentions).toMatchObject({ parse: [] });
  });

  it('offers autocomplete choices of at most 100 characters for a 6,000-character text', async () => {
    const choices = await autocomplete(fake(), {
      name: 'ask',
      options: { question: 'how to handle complaints '.repeat(240) },
      focused: 'question',
    });
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) expect([...c.name].length).toBeLessThanOrEqual(100);
  });
});

describe('Discord failing or rate-limiting the bot', () => {
  it('logs the error when Discord answers 500 to a reply until discord.js gives up', async () => {
    const failure = fake().failNext({ method: 'POST', path: CALLBACK, status: 500, times: 4 });
    const { id } = await fake().slashCommand({ name: 'help' });
    await expect
      .poll(
        () =>
          logsWithMsg(bot().logs, 'could not respond to the interaction').find((l) => l.interactionId === id),
        {
          timeout: WAIT_MS,
        },
      )
      .toBeDefined();
    expect(failure.hits).toBe(4);
    expect(requestsOf(id).map((r) => r.status)).toEqual([500, 500, 500, 500]);
    expect(fake().interaction(id).callback).toBeUndefined();
  });

  it('answers the next command normally after a reply failed with 500s', async () => {
    fake().failNext({ method: 'POST', path: CALLBACK, status: 500, times: 4 });
    const { id: failed } = await fake().slashCommand({ name: 'help' });
    await expect.poll(() => requestsOf(failed).length, { timeout: WAIT_MS }).toBe(4);
    const answer = await command(fake(), {
      name: 'ask',
      options: { question: 'how many customers complain?' },
    });
    expect(answer.callback.type).toBe(4);
    expect(answer.embed.title).toBe('📊 Statistic');
  });

  it('delivers a reply that Discord rate-limited once (429), after the wait Discord asked for', async () => {
    const failure = fake().failNext({ method: 'POST', path: CALLBACK, status: 429, retryAfter: 0.1 });
    const answer = await command(fake(), { name: 'topics' });
    expect(answer.callback.type).toBe(4);
    expect(failure.hits).toBe(1);
    expect(requestsOf(answer.id).map((r) => r.status)).toEqual([429, 204]);
  });

  it('logs the error when a 429 makes the reply miss Discord’s 3-second window', async () => {
    fake().failNext({ method: 'POST', path: CALLBACK, status: 429, retryAfter: 3.2 });
    const { id } = await fake().slashCommand({ name: 'topics' });
    await expect
      .poll(
        () =>
          logsWithMsg(bot().logs, 'could not respond to the interaction').find((l) => l.interactionId === id),
        {
          timeout: WAIT_MS,
        },
      )
      .toMatchObject({ level: 50, err: expect.objectContaining({ message: 'Unknown interaction' }) });
    // discord.js would retry after 3.2 s, past the interaction's window: that retry is refused without the network.
    expect(requestsOf(id).map((r) => r.status)).toEqual([429]);
  });

  it('answers the next command normally after a rate-limited reply was lost', async () => {
    const answer = await command(fake(), {
      name: 'ask',
      options: { question: 'jak okazać empatię klientowi' },
    });
    expect(answer.callback.type).toBe(4);
    expect(answer.embed.title).toBe(`💡 ${catalog('pl').replies.kinds.tip}`);
  });
});

describe('handlers that throw', () => {
  it('gives the user a private apology with a reference code that the log also holds', async () => {
    const answer = await command(fake(), { name: 'e2e-boom' });
    expect(answer.callback.type).toBe(4);
    expect(answer.data.flags).toBe(EPHEMERAL);
    const ref = /reference: ([0-9a-f]{8})$/.exec(answer.embed.description ?? '')?.[1];
    expect(ref).toBeDefined();
    const logged = logsWithMsg(bot().logs, 'command failed').find((l) => l.ref === ref);
    expect(logged).toMatchObject({
      level: 50,
      command: 'e2e-boom',
      userId: fake().ids.memberUserId,
      err: expect.objectContaining({ message: 'kaboom in a test-only handler' }),
    });
  });

  it('apologises to a Polish user in Polish', async () => {
    const answer = await command(fake(), { name: 'e2e-boom', locale: 'pl' });
    expect(answer.embed.description).toMatch(/^Coś poszło nie tak po mojej stronie\..* kod: [0-9a-f]{8}$/);
  });

  it('does not show the error’s message to the user', async () => {
    const answer = await command(fake(), { name: 'e2e-boom' });
    expect(JSON.stringify(answer.data)).not.toContain('kaboom');
  });

  it('answers an autocomplete whose handler throws with no choices, and logs it', async () => {
    const choices = await autocomplete(fake(), {
      name: 'e2e-boom',
      options: { typed: 'x' },
      focused: 'typed',
    });
    expect(choices).toEqual([]);
    expect(logsWithMsg(bot().logs, 'autocomplete failed').at(-1)).toMatchObject({
      command: 'e2e-boom',
      err: expect.objectContaining({ message: 'kaboom in a test-only autocomplete' }),
    });
  });

  it('answers a button it did not make with a private refusal at the edge, and logs it', async () => {
    const reply = await click(fake(), { customId: 'ask:bogus:x:y' });
    expect(reply.ephemeral).toBe(true);
    expect(reply.embed.description).toBe(catalog('en').refusals.invalidButton);
    expect(logsWithMsg(bot().logs, 'forged or unknown button refused').at(-1)).toMatchObject({
      customId: 'ask:bogus:x:y',
    });
  });
});

describe('slow handlers', () => {
  it('defers a slow command, then edits the original response with the answer', async () => {
    const { id } = await fake().slashCommand({ name: 'e2e-slow' });
    const first = await fake().waitForInteractionResponse(id, WAIT_MS);
    expect(first.type).toBe(5);
    expect(Number(first.data?.flags ?? 0) & EPHEMERAL).toBe(0);
    const edit = (await fake().waitForInteractionEvent(id, (e) => e.kind === 'edit', WAIT_MS)) as EditEvent;
    expect(edit.target).toBe('@original');
    expect(
      fake()
        .interactionLog(id)
        .map((e) => e.kind),
    ).toEqual(['callback', 'edit']);
    expect(fake().originalResponse(id)?.embeds[0]?.description).toBe('The slow answer.');
  });

  it('defers only after deferAfterMs', async () => {
    const { id } = await fake().slashCommand({ name: 'e2e-slow', options: { ms: 1500 } });
    const first = await fake().waitForInteractionResponse(id, WAIT_MS);
    const waited = first.at - fake().interaction(id).createdAt;
    expect(first.type).toBe(5);
    expect(waited).toBeGreaterThanOrEqual(DEFER_AFTER_MS - 50);
    await fake().waitForInteractionEvent(id, (e) => e.kind === 'edit', WAIT_MS);
  });

  it('defers a slow private command privately and edits the private response', async () => {
    const { id } = await fake().slashCommand({ name: 'e2e-slow', options: { ms: 1500, private: true } });
    const first = await fake().waitForInteractionResponse(id, WAIT_MS);
    expect(first.type).toBe(5);
    expect(first.data?.flags).toBe(EPHEMERAL);
    await fake().waitForInteractionEvent(id, (e) => e.kind === 'edit', WAIT_MS);
    const original = fake().originalResponse(id);
    expect(original?.embeds[0]?.description).toBe('The slow answer.');
    expect(Number(original?.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('replaces a public "thinking…" with a private message when a slow command fails', async () => {
    const { id } = await fake().slashCommand({ name: 'e2e-slow', options: { ms: 1500, fail: true } });
    const followUp = (await fake().waitForInteractionEvent(
      id,
      (e) => e.kind === 'followup',
      WAIT_MS,
    )) as FollowUpEvent;
    expect(
      fake()
        .interactionLog(id)
        .map((e) => e.kind),
    ).toEqual(['callback', 'delete', 'followup']);
    expect(followUp.body.flags).toBe(EPHEMERAL);
    expect(JSON.stringify(followUp.body)).toMatch(/reference: [0-9a-f]{8}/);
  });
});

describe('after all of that', () => {
  it('keeps serving: /ask is answered normally', async () => {
    const answer = await command(fake(), {
      name: 'ask',
      options: { question: 'сколько клиентов жалуются?' },
    });
    expect(answer.callback.type).toBe(4);
    expect(answer.embed.title).toBe('📊 Статистика');
    expect(bot().bot.client.isReady()).toBe(true);
  });

  it('sent every message of this file with mentions disabled', () => {
    const bodies = sentMessageBodies(fake().requests);
    expect(bodies.length).toBeGreaterThan(10);
    for (const { body } of bodies) expect(body.allowed_mentions).toMatchObject({ parse: [] });
  });

  it('sent nothing over Discord’s limits in this file', () => {
    expect(discordLimitViolations(fake().requests)).toEqual([]);
  });
});

describe('the limits checker itself', () => {
  it('flags a reply over Discord’s limits', () => {
    const request = {
      seq: 1,
      method: 'POST',
      path: '/interactions/1/t/callback',
      route: '/interactions/:interactionId/:token/callback',
      body: {
        type: 4,
        data: {
          content: 'x'.repeat(2001),
          embeds: [{ title: 't'.repeat(257), fields: [{ name: '', value: 'v' }] }],
          components: [{ type: 1, components: [{ type: 2, custom_id: 'c'.repeat(101), label: 'l' }] }],
        },
      },
    } as unknown as RecordedRequest;
    expect(discordLimitViolations([request])).toEqual([
      '#1 POST /interactions/1/t/callback: data.content has 2001 characters (max 2000)',
      '#1 POST /interactions/1/t/callback: data.embeds[0].title has 257 characters (max 256)',
      '#1 POST /interactions/1/t/callback: data.embeds[0].fields[0].name has 0 characters (min 1)',
      '#1 POST /interactions/1/t/callback: data.components[0].components[0].custom_id has 101 characters (max 100)',
    ]);
  });

  it('flags an autocomplete answer with too many or too long choices', () => {
    const choices = Array.from({ length: 26 }, (_, i) => ({
      name: i === 0 ? 'n'.repeat(101) : `c${i}`,
      value: 'v',
    }));
    const request = {
      seq: 2,
      method: 'POST',
      path: '/interactions/2/t/callback',
      route: '/interactions/:interactionId/:token/callback',
      body: { type: 8, data: { choices } },
    } as unknown as RecordedRequest;
    expect(discordLimitViolations([request])).toEqual([
      '#2 POST /interactions/2/t/callback: data.choices has 26 choices (max 25)',
      '#2 POST /interactions/2/t/callback: data.choices[0].name has 101 characters (max 100)',
    ]);
  });
});
