// /kb reload of a large knowledge base while the team keeps asking: every /ask sent during the reload gets its
// response within Discord's 3 seconds, because the files are read and the index built in a worker thread, and the
// main thread takes the result in by small steps (one edited file, or every file rewritten).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { entryFileName, writeGeneratedKb } from '../../bench/write-generated-kb.js';
import type { Entry } from '../../src/kb/schema.js';
import type { CallbackEvent } from './fake-discord/index.js';
import { useTestBot } from './helpers/interact.js';
import { logsWithMsg } from './helpers/start-test-bot.js';

/** Large enough that a reload takes seconds on the 2-core test machine (the index is rebuilt whole). */
const SIZE = 10_000;
const SEED = 4242;
/** Discord's rule: the first response to an interaction within 3 s, else the interaction is lost. */
const DISCORD_DEADLINE_MS = 3000;
const ASK_EVERY_MS = 200;

// Writing and indexing 10,000 entries takes ~15 s on an idle 2-core machine, more when the suite runs beside it.
vi.setConfig({ hookTimeout: 180_000, testTimeout: 180_000 });

const bot = useTestBot({
  fakeOptions: { interactionDeadlineMs: DISCORD_DEADLINE_MS },
  writeKb: async (dir) => void (await writeGeneratedKb(dir, SIZE, SEED)),
});
const fake = () => bot().fake;

interface TimedAsk {
  question: string;
  waitedMs: number;
  callback: CallbackEvent;
}

async function askAndTime(question: string): Promise<TimedAsk> {
  const sentAt = Date.now();
  const { id } = await fake().slashCommand({ name: 'ask', options: { question } });
  const callback = await fake().waitForInteractionResponse(id, 10_000);
  return { question, waitedMs: callback.at - sentAt, callback };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends /kb reload, then an /ask every ASK_EVERY_MS until the new snapshot is live, and returns every ask with how
 * long it waited for its first response (each asks one of `questions`).
 */
async function askThroughReload(questions: string[]): Promise<TimedAsk[]> {
  const before = bot().ctx.kb.current();
  const reload = fake().slashCommand({ name: 'kb', subcommand: 'reload', user: 'admin' });
  const asks: Promise<TimedAsk>[] = [];
  while (bot().ctx.kb.current() === before) {
    asks.push(askAndTime(questions[asks.length % questions.length]!));
    await sleep(ASK_EVERY_MS);
  }
  const answered = await Promise.all(asks);
  await reload;
  return answered;
}

/** Every ask was answered within Discord's deadline, and nothing failed to respond. */
function expectAllAnsweredInTime(answered: TimedAsk[]): void {
  // The reload lasted long enough for the test to mean something: several questions came in meanwhile.
  expect(answered.length).toBeGreaterThanOrEqual(5);
  expect(answered.filter((a) => a.waitedMs > DISCORD_DEADLINE_MS)).toEqual([]);
  // A reply (4) or, when slow, a "thinking…" (5) that the answer then replaces: either keeps the interaction.
  expect(answered.filter((a) => a.callback.type !== 4 && a.callback.type !== 5)).toEqual([]);
  expect(logsWithMsg(bot().logs, 'could not respond to the interaction')).toEqual([]);
}

async function readEntries(file: string): Promise<Entry[]> {
  return (JSON.parse(await readFile(file, 'utf8')) as { entries: Entry[] }).entries;
}

describe(`a reload of a ${SIZE}-entry knowledge base`, () => {
  it('answers every /ask sent while one edited file is taken in within 3 seconds, then answers from it', async () => {
    const file = path.join(bot().kbDir, entryFileName(3));
    const entries = await readEntries(file);
    const changed = entries[0]!;
    const newText = `${changed.text.en} Checked during a reload under load.`;
    entries[0] = { ...changed, text: { ...changed.text, en: newText } };
    await writeFile(file, JSON.stringify({ entries }), 'utf8');

    const answered = await askThroughReload(entries.slice(1, 30).map((e) => e.phrasings.en![0]!));

    expectAllAnsweredInTime(answered);
    expect(logsWithMsg(bot().logs, 'knowledge base reloaded').at(-1)).toMatchObject({
      source: 'command',
      changed: [changed.id],
    });
    expect(bot().ctx.kb.current().kb.entry(changed.id)?.text.en).toBe(newText);
    expect(bot().ctx.kb.loaderKind).toBe('worker');
  });

  it('answers every /ask sent while every file, rewritten, is taken in within 3 seconds, then answers from them', async () => {
    // Another seed: every generated file changes, so all 10,000 entries cross from the worker to the main thread.
    const oldQuestions = (await readEntries(path.join(bot().kbDir, entryFileName(5))))
      .slice(0, 30)
      .map((e) => e.phrasings.en![0]!);
    const files = await writeGeneratedKb(bot().kbDir, SIZE, SEED + 1);
    const fresh = (await readEntries(path.join(bot().kbDir, files.at(-1)!))).at(-1)!;

    const answered = await askThroughReload(oldQuestions);

    expectAllAnsweredInTime(answered);
    const logged = logsWithMsg(bot().logs, 'knowledge base reloaded').at(-1);
    // Every generated file but the first, which holds only shipped entries (the same under any seed).
    expect(logged).toMatchObject({ source: 'command', entries: SIZE, filesReparsed: files.length - 1 });
    expect(bot().ctx.kb.current().kb.entry(fresh.id)).toEqual(fresh);
    expect(bot().ctx.kb.loaderKind).toBe('worker');
  });
});
