// The read-only reader behind `npm run kb -- stats`: settings and the question log, without taking the lock.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { LowdbStateStore } from '../../src/state/lowdb-store.js';
import { readStateFile } from '../../src/state/read-state-file.js';
import { silentLogger } from '../helpers/logger.js';
import { makeTempDir, removeTempDirs } from '../helpers/temp-dir.js';

afterEach(removeTempDirs);

const question = {
  at: '2026-11-01T10:00:00.000Z',
  question: 'q',
  lang: 'en' as const,
  answered: false,
  confidence: 0,
};

it('reads the questions and votes of a store that is still open, leaving it open', async () => {
  const file = path.join(await makeTempDir('cs-coach-state-'), 'state.json');
  const store = await LowdbStateStore.open(file, silentLogger());
  await store.patchGuildDailyTip('1', { lastTipId: 'tip-a' });
  await store.recordQuestion(question);
  await store.recordVote({ entryId: 'tip-a', userId: '7', helpful: true, at: question.at });

  const read = await readStateFile(file);

  expect(read).toEqual({
    ok: true,
    state: {
      guilds: { '1': { dailyTip: { lastTipId: 'tip-a' } } },
      questions: [question],
      votes: [{ entryId: 'tip-a', userId: '7', helpful: true, at: question.at }],
      usage: {},
    },
  });
  await expect(store.recordQuestion(question)).resolves.toBeUndefined();
  expect(store.health().failedLogWrites).toBe(0);
  await store.close();
});

it('reads a version-1 file that still holds its questions inside', async () => {
  const file = path.join(await makeTempDir('cs-coach-state-'), 'state.json');
  await writeFile(
    file,
    JSON.stringify({ version: 1, guilds: {}, questions: [question], votes: [], usage: {} }),
  );
  const read = await readStateFile(file);
  expect(read.ok && read.state.questions).toEqual([question]);
});

it('reads the questions of a bot that answered but never saved a setting', async () => {
  const file = path.join(await makeTempDir('cs-coach-state-'), 'state.json');
  const store = await LowdbStateStore.open(file, silentLogger());
  await store.recordQuestion(question);
  await store.close();
  const read = await readStateFile(file);
  expect(read.ok && read.state.questions).toEqual([question]);
});

it('says so when there is no state file yet', async () => {
  const file = path.join(await makeTempDir('cs-coach-state-'), 'state.json');
  expect(await readStateFile(file)).toEqual({
    ok: false,
    message: `${file} does not exist yet (the bot has not recorded anything).`,
  });
});
