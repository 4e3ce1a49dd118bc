// Shortcuts for e2e tests: send an interaction to the fake and read what the bot answered.
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, expect } from 'vitest';
import type {
  AutocompleteOptions,
  CallbackEvent,
  ComponentOptions,
  FakeDiscord,
  ModalSubmitOptions,
  SlashCommandOptions,
  StringSelectOptions,
} from '../fake-discord/index.js';
import { discordLimitViolations } from './discord-limits.js';
import { startTestBot, type TestBot, type TestBotOptions } from './start-test-bot.js';

export const EPHEMERAL = 64;

/**
 * Generous: the bot answers in milliseconds, but the suite runs files in parallel on 2 cores, and on a host shared
 * with other work (load 8 seen) a test process got no core for over 8 s. Still under the 20 s test timeout.
 */
export const WAIT_MS = 15_000;

type Json = Record<string, unknown>;

export interface Button {
  custom_id: string;
  label?: string;
  style?: number;
}

export interface Answer {
  id: string;
  callback: CallbackEvent;
  data: Json;
  embeds: APIEmbed[];
  embed: APIEmbed;
  buttons: Button[];
  ephemeral: boolean;
  /** The id of the message the reply created (the "@original"), if any. */
  messageId: string | undefined;
}

function answerOf(id: string, callback: CallbackEvent): Answer {
  const data = callback.data ?? {};
  const embeds = (data.embeds as APIEmbed[] | undefined) ?? [];
  return {
    id,
    callback,
    data,
    embeds,
    embed: embeds[0] ?? {},
    buttons: buttonsOf(data),
    ephemeral: (Number(data.flags ?? 0) & EPHEMERAL) !== 0,
    messageId: callback.messageId,
  };
}

export function buttonsOf(data: Json | undefined): Button[] {
  const rows = (data?.components as { components?: Button[] }[] | undefined) ?? [];
  return rows.flatMap((row) => row.components ?? []);
}

/**
 * Sends a slash command and returns the bot's answer: its initial response, or, when the bot deferred it
 * ("thinking…", e.g. a reload that takes seconds), the reply that then replaced it (`callback` stays the deferral).
 */
export async function command(fake: FakeDiscord, opts: SlashCommandOptions): Promise<Answer> {
  const { id } = await fake.slashCommand(opts);
  const callback = await fake.waitForInteractionResponse(id, WAIT_MS);
  if (callback.type !== 5) return answerOf(id, callback);
  const edit = await fake.waitForInteractionEvent(
    id,
    (e) => e.kind === 'edit' || e.kind === 'followup',
    WAIT_MS,
  );
  const body = 'body' in edit ? edit.body : {};
  const flags = Number(callback.data?.flags ?? 0) | Number(body.flags ?? 0);
  return { ...answerOf(id, { ...callback, data: { ...body, flags } }), callback };
}

/** Sends an autocomplete interaction and returns the choices the bot offered. */
export async function autocomplete(
  fake: FakeDiscord,
  opts: AutocompleteOptions,
): Promise<{ name: string; value: string | number }[]> {
  const { id } = await fake.autocomplete(opts);
  const callback = await fake.waitForInteractionResponse(id, WAIT_MS);
  expect(callback.type).toBe(8);
  return (callback.data?.choices as { name: string; value: string | number }[] | undefined) ?? [];
}

/** Clicks a button and returns the bot's initial response. */
export async function click(fake: FakeDiscord, opts: ComponentOptions): Promise<Answer> {
  const { id } = await fake.button(opts);
  return answerOf(id, await fake.waitForInteractionResponse(id, WAIT_MS));
}

/** The "field name" → value map of an embed. */
export function fieldsOf(embed: APIEmbed): Record<string, string> {
  return Object.fromEntries((embed.fields ?? []).map((f) => [f.name, f.value]));
}

/**
 * One bot for the whole test file: started in beforeAll; in afterAll every request the bot sent is checked
 * against Discord's limits, then the client is destroyed and the fake stopped.
 */
export function useTestBot(options: TestBotOptions | (() => TestBotOptions) = {}): () => TestBot {
  let bot: TestBot | undefined;
  beforeAll(async () => {
    bot = await startTestBot(typeof options === 'function' ? options() : options);
  });
  afterAll(async () => {
    if (!bot) return;
    try {
      expect(discordLimitViolations(bot.fake.requests)).toEqual([]);
    } finally {
      await bot.stop();
    }
  });
  return () => {
    if (!bot) throw new Error('the test bot is not started (beforeAll failed?)');
    return bot;
  };
}

/** Submits a modal (MODAL_SUBMIT) and returns the bot's response (a deferred one is followed to its edit). */
export async function submitModal(fake: FakeDiscord, opts: ModalSubmitOptions): Promise<Answer> {
  const { id } = await fake.modalSubmit(opts);
  return finalAnswer(fake, id);
}

/** Chooses values in a string select menu and returns the bot's response (a modal, or a message). */
export async function choose(fake: FakeDiscord, opts: StringSelectOptions): Promise<Answer> {
  const { id } = await fake.stringSelect(opts);
  return finalAnswer(fake, id);
}

/** The response, or for a deferred one (type 5: slow work, such as a reload) the message it was edited into. */
async function finalAnswer(fake: FakeDiscord, id: string): Promise<Answer> {
  const callback = await fake.waitForInteractionResponse(id, WAIT_MS);
  if (callback.type !== 5) return answerOf(id, callback);
  const edit = await fake.waitForInteractionEvent(id, (e) => e.kind === 'edit', WAIT_MS);
  const data = edit.kind === 'edit' ? edit.body : {};
  return answerOf(id, { ...callback, data: { ...data, flags: callback.data?.flags ?? 0 } });
}
