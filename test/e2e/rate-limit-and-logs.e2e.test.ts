// The per-user rate limit as a user meets it on Discord, and what the log never holds at info level: the bot
// token, an interaction token, the text of a message. Both through the real discord.js client and the fake Discord.
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import type { CommandModule } from '../../src/bot/command.js';
import { catalog } from '../../src/i18n/catalog.js';
import { command, useTestBot, WAIT_MS } from './helpers/interact.js';
import { logsWithMsg } from './helpers/start-test-bot.js';

/** "Try again in N seconds" in a language, for any N the limiter may name. */
function isRateLimitedText(text: string | undefined, lang: 'pl' | 'en' | 'ru'): boolean {
  return Array.from({ length: 61 }, (_, n) => catalog(lang).refusals.rateLimited(n)).includes(text ?? '');
}

describe('the per-user rate limit (3 commands in 60 seconds)', () => {
  const bot = useTestBot({ env: { RATE_LIMIT_COMMANDS: '3', RATE_LIMIT_WINDOW_SECONDS: '60' } });

  it('answers a user’s first three commands and refuses the fourth privately, in their language', async () => {
    for (let i = 0; i < 3; i++) {
      const answer = await command(bot().fake, { name: 'topics', user: 'member', locale: 'pl' });
      expect(answer.embed.title).toBe(catalog('pl').replies.topics.title);
    }
    const refused = await command(bot().fake, { name: 'topics', user: 'member', locale: 'pl' });
    expect(refused.ephemeral).toBe(true);
    expect(isRateLimitedText(refused.embed.description, 'pl')).toBe(true);
  });

  it('counts button clicks too, and stores no vote from a refused click', async () => {
    const votes = (await bot().ctx.store.questionLog()).votes.length;
    const clicked = await bot().fake.button({
      customId: 'ask:vote:stat-one-in-26:up',
      user: 'member',
    });
    const callback = await bot().fake.waitForInteractionResponse(clicked.id, WAIT_MS);
    const embeds = (callback.data?.embeds as { description?: string }[] | undefined) ?? [];
    expect(isRateLimitedText(embeds[0]?.description, 'en')).toBe(true);
    await bot().ctx.store.flush();
    expect((await bot().ctx.store.questionLog()).votes).toHaveLength(votes);
  });

  it('limits each user on their own: another user is still answered', async () => {
    const answer = await command(bot().fake, { name: 'topics', user: 'admin', locale: 'ru' });
    expect(answer.embed.title).toBe(catalog('ru').replies.topics.title);
  });

  it('does not count autocomplete, which Discord sends at every keystroke', async () => {
    const { id } = await bot().fake.autocomplete({
      name: 'ask',
      options: { question: 'complain' },
      focused: 'question',
      user: 'member',
    });
    const callback = await bot().fake.waitForInteractionResponse(id, WAIT_MS);
    expect(callback.type).toBe(8);
    expect((callback.data?.choices as unknown[]).length).toBeGreaterThan(0);
  });

  it('logs a refusal with who and where, at info level', () => {
    expect(logsWithMsg(bot().logs, 'rate limit: interaction refused').at(-1)).toMatchObject({
      level: 30,
      userId: bot().fake.ids.memberUserId,
    });
  });
});

describe('secrets and message text never reach the log at info level', () => {
  const SECRET_QUESTION = 'how many customers complain zebra-quokka-7731';
  const boom: CommandModule = {
    data: { type: 1, name: 'e2e-boom', description: 'Test only: a handler that throws' },
    async execute() {
      throw new Error('the handler broke');
    },
  };
  const bot = useTestBot({ logLevel: 'info', commands: [...COMMANDS, boom] });

  it('holds no token, interaction token or message text after an answer, a refused reply and an error', async () => {
    const fake = bot().fake;
    const answered = await command(fake, { name: 'ask', options: { question: SECRET_QUESTION } });
    const answerText = answered.embed.description?.split('\n\n')[1] ?? '';
    expect(answerText.length).toBeGreaterThan(20);

    const refusedReplies = () => logsWithMsg(bot().logs, 'could not respond to the interaction').length;
    // One refused reply at a time, so that each injected failure meets the interaction it is meant for.
    fake.failNext({ method: 'POST', path: /\/callback$/, status: 400 });
    const refused = await fake.slashCommand({ name: 'ask', options: { question: SECRET_QUESTION } });
    await expect.poll(refusedReplies, { timeout: WAIT_MS }).toBe(1);
    fake.failNext({ method: 'POST', path: /\/callback$/, status: 403 });
    const forbidden = await fake.slashCommand({ name: 'ask', options: { question: SECRET_QUESTION } });
    await expect.poll(refusedReplies, { timeout: WAIT_MS }).toBe(2);
    const failed = await command(fake, { name: 'e2e-boom' });
    expect(logsWithMsg(bot().logs, 'command failed')).toHaveLength(1);

    const log = JSON.stringify(bot().logs);
    expect(log).not.toContain(fake.token);
    for (const id of [answered.id, refused.id, forbidden.id, failed.id]) {
      expect(log).not.toContain(fake.interaction(id).token);
    }
    expect(log).not.toContain('zebra-quokka');
    expect(log).not.toContain(answerText.slice(0, 40));
    // What the log does keep: which interaction failed, and the route without its token.
    expect(logsWithMsg(bot().logs, 'could not respond to the interaction')[0]).toMatchObject({
      level: 50,
      interactionId: refused.id,
      err: expect.objectContaining({
        url: expect.stringContaining(`/interactions/${refused.id}/[token]/callback`),
      }),
    });
  });
});
