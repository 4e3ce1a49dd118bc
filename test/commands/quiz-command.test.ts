// /quiz as members use it, through the command's own handlers: a real context over the shipped knowledge base and a
// real lowdb state file; buttons are pressed as the router would pass them (the custom id split on ":").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quiz } from '../../commands/quiz.js';
import type { ButtonRequest, CommandRequest } from '../../src/bot/command.js';
import type { BotContext } from '../../src/bot/context.js';
import { parseButtonId } from '../../src/discord/interaction-edge.js';
import { catalog } from '../../src/i18n/catalog.js';
import type { Reply } from '../../src/render/reply.js';
import { richToText } from '../../src/render/to-text.js';
import { makeContext, shippedKb } from '../helpers/make-context.js';
import { removeTempDirs } from '../helpers/temp-dir.js';

const GUILD = '100000000000000001';
const OTHER_GUILD = '100000000000000002';
const ALICE = '300000000000000001';
const BOB = '300000000000000002';

let ctx: BotContext;
beforeAll(async () => {
  // An injected clock: Wednesday 25 November 2026, a second later at every reading (answers keep their order).
  let tick = 0;
  const now = () => new Date(Date.UTC(2026, 10, 25, 10, 0, tick++));
  ctx = (await makeContext({ kb: await shippedKb(), now })).ctx;
});
afterAll(async () => {
  await ctx.store.close();
  await removeTempDirs();
});

const play = (options: CommandRequest['options'] = {}, user = ALICE, locale = 'en-US') =>
  quiz.execute(
    {
      command: 'quiz',
      subcommand: 'play',
      options,
      user: { id: user, locale, isAdmin: false },
      guildId: GUILD,
    },
    ctx,
  );

/** Presses a button the way the router does: the edge parses the id, the module gets the rest. */
async function press(customId: string, user: string, guildId = GUILD, locale = 'en-US'): Promise<Reply> {
  const parsed = parseButtonId(customId);
  if (!parsed || parsed.command !== 'quiz') throw new Error(`the edge refused ${customId}`);
  const request: ButtonRequest = { args: parsed.args, user: { id: user, locale, isAdmin: false }, guildId };
  return quiz.button(request, ctx);
}

const answerIds = (reply: Reply) =>
  (reply.buttons ?? []).filter((b) => b.customId.startsWith('quiz:answer:'));

async function rightAndWrong(question: Reply): Promise<{ right: string; wrong: string }> {
  const ids = answerIds(question).map((b) => b.customId);
  const roundId = ids[0]!.split(':')[2]!;
  const round = (await ctx.store.quizRound(roundId))!;
  const right = ids.find((id) => id.endsWith(`:${round.rightOptionId}`))!;
  return { right, wrong: ids.find((id) => id !== right)! };
}

describe('/quiz play', () => {
  it('asks in public with four answer buttons that carry only the round and an opaque option id', async () => {
    const question = await play();
    expect(question.private).toBe(false);
    const buttons = answerIds(question);
    expect(buttons).toHaveLength(4);
    const roundId = buttons[0]!.customId.split(':')[2]!;
    const round = (await ctx.store.quizRound(roundId))!;
    for (const button of buttons) {
      const [, , id, optionId] = button.customId.split(':');
      expect(id).toBe(roundId);
      expect(optionId).toMatch(/^[a-z0-9]{8}$/);
      expect(button.customId).not.toContain(round.entryId);
    }
    // The right answer is one of the four, and nothing in the ids tells which.
    expect(buttons.filter((b) => b.customId.endsWith(`:${round.rightOptionId}`))).toHaveLength(1);
  });

  it('counts the first answer of each member: right for one, wrong for another, a second press refused', async () => {
    const question = await play({}, ALICE);
    const { right, wrong } = await rightAndWrong(question);
    const before = (await ctx.store.quizAnswers(GUILD)).length;
    const alice = await press(right, ALICE);
    const bob = await press(wrong, BOB);
    expect(alice.private).toBe(true);
    expect(richToText(alice.content!)).toMatch(/^✅ Right! Your score: \d+ points? · streak \d+/);
    expect(richToText(bob.content!)).toMatch(/^❌ Not quite\. Your score: \d+ points? · streak 0/);
    // The entry with its source, and the way on.
    expect(alice.cards[0]?.footer).toMatch(/^Source: /);
    expect(bob.cards[0]?.fields?.map((f) => f.name)).toEqual(
      expect.arrayContaining(['Your answer', 'The right answer']),
    );
    expect(alice.buttons?.map((b) => b.customId)).toEqual(['quiz:next']);
    const again = await press(right, BOB);
    expect(richToText(again.content!)).toBe(`🙂 ${catalog('en').quiz.alreadyAnswered(false)}`);
    expect((await ctx.store.quizAnswers(GUILD)).length).toBe(before + 2);
  });

  it('answers in the language of the member who pressed', async () => {
    const question = await play({}, ALICE, 'en-US');
    const { right } = await rightAndWrong(question);
    const reply = await press(right, BOB, GUILD, 'pl');
    expect(richToText(reply.content!)).toMatch(/^✅ Dobrze! Twój wynik: /);
    expect(reply.buttons?.[0]?.label).toBe('Następne pytanie');
  });

  it('keeps to a topic typed in free text, and the next question keeps to it too', async () => {
    const question = await play({ topic: 'complaints' });
    expect(question.cards[0]?.footer).toContain('Topic: ');
    const roundId = answerIds(question)[0]!.customId.split(':')[2]!;
    const round = (await ctx.store.quizRound(roundId))!;
    expect(ctx.kb.current().kb.entry(round.entryId)?.topics).toContain('complaints');
    const { right } = await rightAndWrong(question);
    const result = await press(right, ALICE);
    expect(result.buttons?.[0]?.customId).toBe('quiz:next:complaints');
    const next = await press('quiz:next:complaints', ALICE);
    expect(next.private).toBe(true);
    const nextRound = (await ctx.store.quizRound(answerIds(next)[0]!.customId.split(':')[2]!))!;
    expect(ctx.kb.current().kb.entry(nextRound.entryId)?.topics).toContain('complaints');
  });

  it('lists the topics with questions when the typed topic matches none', async () => {
    const reply = await play({ topic: 'zeppelins and hangars' });
    expect(reply.private).toBe(true);
    expect(richToText(reply.cards[0]!.description!)).toContain(catalog('en').quiz.noTopic);
    expect(answerIds(reply)).toEqual([]);
  });

  it('offers in autocomplete only topics that have questions', async () => {
    const choices = await quiz.autocomplete(
      {
        command: 'quiz',
        subcommand: 'play',
        options: {},
        user: { id: ALICE, locale: 'en-US', isAdmin: false },
        guildId: GUILD,
        focused: { name: 'topic', value: 'compl' },
      },
      ctx,
    );
    expect(choices.map((c) => c.value)).toContain('complaints');
  });
});

describe('answers that are not counted', () => {
  it('refuses an option id the round does not have, and stores nothing', async () => {
    const question = await play();
    const roundId = answerIds(question)[0]!.customId.split(':')[2]!;
    const before = await ctx.store.quizAnswers(GUILD);
    const reply = await press(`quiz:answer:${roundId}:zzzzzzzz`, BOB);
    expect(reply.cards[0]?.description).toBe(catalog('en').quiz.unknownOption);
    expect(await ctx.store.quizAnswers(GUILD)).toEqual(before);
    expect((await ctx.store.quizRound(roundId))?.answers).toEqual([]);
  });

  it('refuses a round it never started, and a round of another server, storing nothing', async () => {
    const question = await play();
    const [, , roundId, optionId] = answerIds(question)[0]!.customId.split(':');
    const before = await ctx.store.quizAnswers(GUILD);
    const unknown = await press(`quiz:answer:aaaaaaaaaaaa:${optionId}`, BOB);
    const elsewhere = await press(`quiz:answer:${roundId}:${optionId}`, BOB, OTHER_GUILD, 'ru');
    expect(unknown.cards[0]?.description).toBe(catalog('en').quiz.unknownRound);
    expect(elsewhere.cards[0]?.description).toBe(catalog('ru').quiz.unknownRound);
    expect(await ctx.store.quizAnswers(GUILD)).toEqual(before);
    expect(await ctx.store.quizAnswers(OTHER_GUILD)).toEqual([]);
  });
});

describe('/quiz top', () => {
  it('ranks the members of the server by points this week and all time, members shown by id', async () => {
    const reply = await quiz.execute(
      {
        command: 'quiz',
        subcommand: 'top',
        options: {},
        user: { id: BOB, locale: 'pl', isAdmin: false },
        guildId: GUILD,
      },
      ctx,
    );
    const [week, allTime] = reply.cards[0]!.fields!;
    expect(reply.cards[0]?.title).toBe('🏆 Ranking quizu');
    expect(week?.name).toBe('Ten tydzień');
    expect(allTime?.name).toBe('Od początku');
    // Above: Alice answered right twice; Bob wrong, then right (the refused presses do not count).
    const expected = [`🥇 @${ALICE} — 2 punkty z 2 · 🔥 2 z rzędu`, `🥈 @${BOB} — 1 punkt z 2`];
    expect(richToText(week!.value).split('\n')).toEqual(expected);
    expect(richToText(allTime!.value).split('\n')).toEqual(expected);
  });
});
