// The lowdb store's own promises: honest writes, a log apart from the settings, broken files kept aside, symlinks.
import {
  access,
  lstat,
  mkdir,
  readdir,
  readFile,
  realpath,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { statusOf } from '../../src/daily-tip/daily-tip-records.js';
import { recordQuestion } from '../../src/state/feedback.js';
import { logFileFor, LowdbStateStore } from '../../src/state/lowdb-store.js';
import { StateStoreOpenError, type StateStore } from '../../src/state/state-store.js';
import { capturingLogger, LEVEL, silentLogger } from '../helpers/logger.js';
import { makeTempDir, removeTempDirs } from '../helpers/temp-dir.js';

const open: StateStore[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await removeTempDirs();
});

async function stateFile(content?: string): Promise<string> {
  const file = path.join(await makeTempDir('cs-coach-state-'), 'state.json');
  if (content !== undefined) await writeFile(file, content);
  return file;
}

async function openStore(file: string, logger = silentLogger()): Promise<LowdbStateStore> {
  const store = await LowdbStateStore.open(file, logger);
  open.push(store);
  return store;
}

const schedule = (time: string) => ({
  channelId: '123456789012345678',
  time,
  timeZone: 'Europe/Warsaw',
  days: 'weekdays',
  language: 'en' as const,
  enabled: true,
});
const ask = (store: StateStore, question: string) =>
  recordQuestion(store, {
    at: new Date('2026-11-01T10:00:00Z'),
    question,
    lang: 'en',
    answered: true,
    confidence: 1,
  });
const backupsOf = async (file: string) =>
  (await readdir(path.dirname(file))).filter((n) => n.startsWith(`${path.basename(file)}.broken-`));

describe('the lowdb state store: writes', () => {
  it('starts empty when the file does not exist yet, and creates it on the first setting', async () => {
    const file = await stateFile();
    const store = await openStore(file);
    expect(await store.snapshot()).toEqual({ guilds: {}, questions: [], votes: [], usage: {} });
    await store.patchGuildDailyTip('1', { schedule: schedule('09:00') });
    expect(JSON.parse(await readFile(file, 'utf8')).guilds['1'].dailyTip.schedule.time).toBe('09:00');
  });

  it('keeps questions out of the settings file: a question appends one line and leaves the settings untouched', async () => {
    const file = await stateFile();
    const store = await openStore(file);
    await store.patchGuildDailyTip('1', { schedule: schedule('09:00') });
    for (let i = 0; i < 300; i++) await ask(store, `question number ${i}`);
    const settingsBefore = await stat(file);
    const logBefore = (await stat(logFileFor(file))).size;
    await ask(store, 'one more');
    const line = `${JSON.stringify({ type: 'question', at: '2026-11-01T10:00:00.000Z', question: 'one more', lang: 'en', answered: true, confidence: 1 })}\n`;
    expect((await stat(logFileFor(file))).size - logBefore).toBe(Buffer.byteLength(line));
    expect((await stat(file)).mtimeMs).toBe(settingsBefore.mtimeMs);
  });

  it('a failed settings write rejects and leaves memory as it was', async () => {
    const file = await stateFile();
    const store = await openStore(file);
    await store.patchGuildDailyTip('1', { schedule: schedule('09:00') });
    // steno writes a temp file and renames it; a folder in its place makes the write fail (even for root).
    await mkdir(path.join(path.dirname(file), '.state.json.tmp'));
    await expect(store.patchGuildDailyTip('1', { schedule: schedule('10:00') })).rejects.toThrow();
    expect((await store.guildDailyTip('1'))?.schedule?.time).toBe('09:00');
    expect(JSON.parse(await readFile(file, 'utf8')).guilds['1'].dailyTip.schedule.time).toBe('09:00');
  });

  it('a failed log write never fails the question: it is logged and counted; a vote rejects and is not kept', async () => {
    const file = await stateFile();
    const { logger, records } = capturingLogger();
    const store = await openStore(file, logger);
    await mkdir(logFileFor(file)); // appending to a folder fails
    await expect(ask(store, 'how many customers complain?')).resolves.toBeUndefined();
    await expect(
      store.recordVote({ entryId: 'tip-a', userId: '1', helpful: true, at: '2026-11-01T10:00:00.000Z' }),
    ).rejects.toThrow();
    expect(store.health()).toMatchObject({
      failedLogWrites: 1,
      lastLogError: { message: expect.any(String) },
    });
    expect(await store.questionLog()).toEqual({ questions: [], votes: [] });
    expect(records.some((r) => r.level === LEVEL.error && r.msg === 'could not write the question log')).toBe(
      true,
    );
  });

  it('rewrites the log when it holds far more lines than live records, so its size stays bounded', async () => {
    const file = await stateFile();
    const store = await openStore(file);
    for (let i = 0; i < 6000; i++) {
      await store.recordVote({
        entryId: 'tip-a',
        userId: '1',
        helpful: i % 2 === 0,
        at: '2026-11-01T10:00:00.000Z',
      });
    }
    const lines = (await readFile(logFileFor(file), 'utf8')).trim().split('\n');
    expect(lines.length).toBeLessThan(6000);
    await store.close();
    const again = await openStore(file);
    expect((await again.questionLog()).votes).toEqual([
      { entryId: 'tip-a', userId: '1', helpful: false, at: '2026-11-01T10:00:00.000Z' },
    ]);
  });
});

describe('the lowdb state store: reading what is on disk', () => {
  it('keeps a file that is not valid JSON aside, logs where, and starts empty', async () => {
    const file = await stateFile('{ "guilds": ');
    const { logger, records } = capturingLogger();
    const store = await openStore(file, logger);
    expect(await store.guildsWithDailyTipSchedule()).toEqual([]);
    const backups = await backupsOf(file);
    expect(backups).toHaveLength(1);
    expect(await readFile(path.join(path.dirname(file), backups[0]!), 'utf8')).toBe('{ "guilds": ');
    expect(records.find((r) => r.level === LEVEL.error)).toMatchObject({
      backup: expect.stringContaining('broken-'),
    });
  });

  it('loads a file from before the Quiz me setting (the button is then on), and drops a wrong value alone', async () => {
    const file = await stateFile(
      JSON.stringify({
        version: 2,
        guilds: {
          '1': { dailyTip: { schedule: schedule('09:00') } },
          '2': { dailyTip: { schedule: schedule('10:00'), quizButton: 'nope' } },
        },
        claims: {},
      }),
    );
    const store = await openStore(file);
    const before = await store.guildDailyTip('1');
    expect(before).toEqual({ schedule: schedule('09:00') });
    const effective = { schedule: schedule('09:00'), source: 'server' as const };
    expect(statusOf(effective, before, new Date('2026-11-30T10:00:00Z')).quizButton).toBe(true);
    expect(await store.guildDailyTip('2')).toEqual({ schedule: schedule('10:00') });
    await store.patchGuildDailyTip('1', { quizButton: false });
    expect(statusOf(effective, await store.guildDailyTip('1'), new Date()).quizButton).toBe(false);
  });

  it("drops one server's invalid schedule alone: its rotation and the other servers stay", async () => {
    const rotation = { order: ['tip-a'], position: 1, round: 1 };
    const file = await stateFile(
      JSON.stringify({
        version: 2,
        guilds: {
          '1': { dailyTip: { schedule: { ...schedule('09:00'), timeZone: 'Mars/Olympus' }, rotation } },
          '2': { dailyTip: { schedule: schedule('10:00') } },
        },
        claims: {},
      }),
    );
    const { logger, records } = capturingLogger();
    const store = await openStore(file, logger);
    expect(await store.guildDailyTip('1')).toEqual({ rotation });
    expect((await store.guildDailyTip('2'))?.schedule?.time).toBe('10:00');
    expect(String(records.find((r) => r.level === LEVEL.error)?.problem)).toContain(
      'guilds.1.dailyTip.schedule',
    );
    expect(await backupsOf(file)).toHaveLength(1);
  });

  it('moves the question log of a version-1 file into the log file, keeping every record', async () => {
    const file = await stateFile(
      JSON.stringify({
        version: 1,
        guilds: { '1': { dailyTip: { lastTipId: 'tip-a' } } },
        questions: [
          { at: '2026-11-01T10:00:00.000Z', question: 'q', lang: 'en', answered: false, confidence: 0 },
        ],
        votes: [{ entryId: 'tip-a', userId: '7', helpful: true, at: '2026-11-01T10:00:00.000Z' }],
        usage: { ask: 3 },
      }),
    );
    await (await openStore(file)).close();
    const again = await openStore(file);
    const snapshot = await again.snapshot();
    expect([snapshot.questions.length, snapshot.votes.length, snapshot.usage]).toEqual([1, 1, { ask: 3 }]);
    expect(snapshot.guilds['1']?.dailyTip?.lastTipId).toBe('tip-a');
    expect(JSON.parse(await readFile(file, 'utf8'))).not.toHaveProperty('questions');
  });

  it('skips a log line cut short by a crash and keeps the lines before it', async () => {
    const file = await stateFile();
    const good = {
      type: 'vote',
      entryId: 'tip-a',
      userId: '1',
      helpful: true,
      at: '2026-11-01T10:00:00.000Z',
    };
    await writeFile(logFileFor(file), `${JSON.stringify(good)}\n{"type":"vote","entr`);
    const store = await openStore(file);
    expect((await store.questionLog()).votes).toHaveLength(1);
  });
});

describe('the lowdb state store: the file itself', () => {
  it('writes through a symlink to its target, and the link stays a link', async () => {
    const dir = await makeTempDir('cs-coach-state-');
    await mkdir(path.join(dir, 'real'));
    const link = path.join(dir, 'state.json');
    await symlink(path.join('real', 'state.json'), link);
    const store = await openStore(link);
    await store.patchGuildDailyTip('1', { schedule: schedule('09:00') });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await realpath(link)).toBe(await realpath(path.join(dir, 'real', 'state.json')));
    expect(JSON.parse(await readFile(link, 'utf8')).guilds['1'].dailyTip.schedule.time).toBe('09:00');
  });

  it('takes over a lock left by a stopped run with the same pid, and an old store never removes the new lock', async () => {
    const file = await stateFile();
    const old = await openStore(file); // a container restarted with the same pid finds its own leftover lock
    const current = await openStore(file);
    await old.close();
    await expect(access(`${file}.lock`)).resolves.toBeUndefined();
    await current.close();
    await expect(access(`${file}.lock`)).rejects.toThrow(/ENOENT/);
  });

  it('refuses a folder at STATE_FILE with one line that says what to do', async () => {
    const file = await stateFile();
    await mkdir(file);
    const error = await LowdbStateStore.open(file, silentLogger()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StateStoreOpenError);
    expect((error as StateStoreOpenError).problem).toEqual({ code: 'is_folder', file });
  });

  it('refuses a STATE_FILE under a file with one line naming the folder it cannot create', async () => {
    const parent = await stateFile('not a folder');
    const error = await LowdbStateStore.open(path.join(parent, 'state.json'), silentLogger()).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StateStoreOpenError);
    expect((error as StateStoreOpenError).problem).toMatchObject({
      code: 'cannot_create_folder',
      dir: parent,
      reason: expect.stringMatching(/^E(EXIST|NOTDIR)/),
    });
  });
});
