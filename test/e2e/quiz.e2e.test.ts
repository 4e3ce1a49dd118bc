// The quiz through the real discord.js client against the fake Discord: /quiz play answered right and wrong by two
// members on the public question, a second press refused, Next question, forged ids refused, /quiz top, and the
// daily tip's "Quiz me" button present or absent per server and starting a question when pressed.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/i18n/catalog.js';
import { buttonsOf, click, command, fieldsOf, useTestBot, type Answer } from './helpers/interact.js';

/** Wednesday 25 November 2026, 10:00 UTC, moving on in real time: the leaderboard's week is the same on every run. */
const START = Date.UTC(2026, 10, 25, 10, 0, 0);
const bot = useTestBot(() => {
  const started = Date.now();
  return { clock: { now: () => new Date(START + (Date.now() - started)) } };
});
const fake = () => bot().fake;
const ids = () => bot().fake.ids;

const answerButtons = (answer: Answer) =>
  answer.buttons.filter((b) => b.custom_id.startsWith('quiz:answer:'));

/** The right and one wrong answer button of a question, read from the bot's own store (the buttons do not tell). */
async function rightAndWrong(question: Answer): Promise<{ right: string; wrong: string; roundId: string }> {
  const buttons = answerButtons(question).map((b) => b.custom_id);
  const roundId = buttons[0]!.split(':')[2]!;
  const round = await bot().ctx.store.quizRound(roundId);
  const right = buttons.find((id) => id === `quiz:answer:${roundId}:${round!.rightOptionId}`)!;
  return { right, wrong: buttons.find((id) => id !== right)!, roundId };
}

/** Presses a button that is really on the message, as Discord only sends presses of buttons a message has. */
function pressOn(messageId: string | undefined, customId: string, user: string, locale = 'en-US') {
  if (messageId) {
    const onMessage = buttonsOf(fake().message(messageId) as unknown as Record<string, unknown>);
    expect(onMessage.map((b) => b.custom_id)).toContain(customId);
  }
  return click(fake(), { customId, user, locale, ...(messageId ? { messageId } : {}) });
}

describe('/quiz play', () => {
  it('asks in the channel; one member right, another wrong, each told privately; a second press refused', async () => {
    const question = await command(fake(), { name: 'quiz', subcommand: 'play', user: 'admin' });
    expect(question.callback.type).toBe(4);
    expect(question.ephemeral).toBe(false);
    expect(question.embed.title).toMatch(/^🎯 /);
    expect(answerButtons(question)).toHaveLength(4);
    const { right, wrong, roundId } = await rightAndWrong(question);

    const alice = await pressOn(question.messageId, right, 'admin');
    expect(alice.ephemeral).toBe(true);
    expect(alice.data.content).toMatch(/^✅ Right! Your score: 1 point · streak 1 \(best 1\)$/);
    expect(alice.embed.footer?.text).toMatch(/^Source: /);
    expect(alice.buttons.map((b) => b.custom_id)).toEqual(['quiz:next']);

    const bob = await pressOn(question.messageId, wrong, 'member', 'pl');
    expect(bob.ephemeral).toBe(true);
    expect(bob.data.content).toMatch(/^❌ Niestety nie\. Twój wynik: 0 punktów · seria 0/);
    expect(Object.keys(fieldsOf(bob.embed))).toEqual(
      expect.arrayContaining(['Twoja odpowiedź', 'Dobra odpowiedź']),
    );

    const bobAgain = await pressOn(question.messageId, right, 'member', 'pl');
    expect(bobAgain.ephemeral).toBe(true);
    expect(bobAgain.data.content).toBe(`🙂 ${catalog('pl').quiz.alreadyAnswered(false)}`);
    const records = await bot().ctx.store.quizAnswers(ids().guildId);
    expect(records.map((r) => [r.memberId, r.right])).toEqual([
      [ids().adminUserId, true],
      [ids().memberUserId, false],
    ]);
    expect((await bot().ctx.store.quizRound(roundId))?.answers).toHaveLength(2);

    // The question stays as it was for everyone else: the answers went privately.
    expect(
      answerButtons({ buttons: buttonsOf(fake().message(question.messageId!) as never) } as Answer),
    ).toHaveLength(4);
  });

  it('gives the member who presses Next question a new question of their own', async () => {
    const question = await command(fake(), { name: 'quiz', subcommand: 'play', user: 'member' });
    const { right } = await rightAndWrong(question);
    const result = await pressOn(question.messageId, right, 'member');
    const next = await pressOn(result.messageId, 'quiz:next', 'member');
    expect(next.ephemeral).toBe(true);
    expect(answerButtons(next)).toHaveLength(4);
    const nextRound = await rightAndWrong(next);
    expect(nextRound.roundId).not.toBe((await rightAndWrong(question)).roundId);
    const answered = await pressOn(next.messageId, nextRound.wrong, 'member');
    expect(answered.data.content).toMatch(/^❌ Not quite\. Your score: 1 point · streak 0 \(best 1\)$/);
  });
});

describe('quiz buttons that are not the bot’s', () => {
  it('refuses a malformed id at the edge, an unknown round and an unknown option, storing nothing', async () => {
    const question = await command(fake(), { name: 'quiz', subcommand: 'play', user: 'admin' });
    const { roundId } = await rightAndWrong(question);
    const before = await bot().ctx.store.quizAnswers(ids().guildId);
    const press = (customId: string) => click(fake(), { customId, user: 'member', locale: 'ru' });

    for (const forged of [
      `quiz:answer:${roundId}:RIGHT`,
      `quiz:answer:${roundId}`,
      'quiz:answer::x',
      'quiz:top',
    ])
      expect((await press(forged)).embed.description).toBe(catalog('ru').refusals.invalidButton);
    const unknownRound = await press('quiz:answer:zzzzzzzzzzzz:abcdefgh');
    expect(unknownRound.ephemeral).toBe(true);
    expect(unknownRound.embed.description).toBe(catalog('ru').quiz.unknownRound);
    const unknownOption = await press(`quiz:answer:${roundId}:abcdefgh`);
    expect(unknownOption.embed.description).toBe(catalog('ru').quiz.unknownOption);

    expect(await bot().ctx.store.quizAnswers(ids().guildId)).toEqual(before);
    expect((await bot().ctx.store.quizRound(roundId))?.answers).toEqual([]);
  });
});

describe('/quiz top', () => {
  it('shows the server’s leaderboard for the week and all time in the member’s language', async () => {
    const top = await command(fake(), { name: 'quiz', subcommand: 'top', user: 'member', locale: 'pl' });
    expect(top.ephemeral).toBe(false);
    expect(top.embed.title).toBe('🏆 Ranking quizu');
    // Above: Alice one right of one; Bob wrong, right, wrong. Equal points: the fewer answers (better hit rate) first.
    const expected = [
      `🥇 <@${ids().adminUserId}> — 1 punkt z 1`,
      `🥈 <@${ids().memberUserId}> — 1 punkt z 3`,
    ].join('\n');
    expect(fieldsOf(top.embed)).toEqual({ 'Ten tydzień': expected, 'Od początku': expected });
  });
});

describe('the daily tip’s Quiz me button', () => {
  const postNow = () => command(fake(), { name: 'daily-tip', subcommand: 'post-now', user: 'admin' });
  const lastPost = () => fake().channelMessages('tips').at(-1)!;
  const quizMe = () => buttonsOf(lastPost() as never).filter((b) => b.custom_id.startsWith('quiz:next'));

  it('is on the daily post by default, and pressing it gives that member a question', async () => {
    await command(fake(), {
      name: 'daily-tip',
      subcommand: 'set',
      options: { channel: ids().tipsChannelId, time: '09:00', language: 'en' },
      user: 'admin',
    });
    expect((await postNow()).embed.title).toBe(catalog('en').admin.dailyTip.posted);
    expect(quizMe()).toHaveLength(1);
    expect(quizMe()[0]?.label).toBe('Quiz me');
    const question = await pressOn(lastPost().id, quizMe()[0]!.custom_id, 'member', 'pl');
    expect(question.ephemeral).toBe(true);
    expect(answerButtons(question)).toHaveLength(4);
  });

  it('is gone after /daily-tip set quiz:off, as /daily-tip show says, and back after quiz:on', async () => {
    const off = await command(fake(), {
      name: 'daily-tip',
      subcommand: 'set',
      options: { quiz: 'off' },
      user: 'admin',
    });
    expect(off.embed.title).toBe(catalog('en').quiz.dailyTip.title);
    const show = await command(fake(), { name: 'daily-tip', subcommand: 'show', user: 'admin' });
    expect(fieldsOf(show.embed)['Quiz me button']).toBe('⏹️ off');
    // The schedule itself is untouched.
    expect((await bot().ctx.store.guildDailyTip(ids().guildId))?.schedule?.channelId).toBe(
      ids().tipsChannelId,
    );
    await postNow();
    expect(quizMe()).toEqual([]);

    await command(fake(), { name: 'daily-tip', subcommand: 'set', options: { quiz: 'on' }, user: 'admin' });
    await postNow();
    expect(quizMe()).toHaveLength(1);
  });
});
