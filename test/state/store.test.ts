// The state file: validated when read, a broken file is kept aside (nothing lost), records stay bounded.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { recordQuestion, recordVote } from '../../src/state/feedback.js';
import { MAX_QUESTION_RECORDS } from '../../src/state/schema.js';
import { StateStore } from '../../src/state/store.js';
import { capturingLogger, LEVEL, silentLogger } from '../helpers/logger.js';
import { makeTempDir, removeTempDirs } from '../helpers/temp-dir.js';

afterEach(removeTempDirs);

async function stateFile(content?: string): Promise<string> {
  const file = path.join(await makeTempDir('cs-coach-state-'), 'state.json');
  if (content !== undefined) await writeFile(file, content);
  return file;
}

describe('the state store', () => {
  it('starts empty when the file does not exist yet, and creates it on the first write', async () => {
    const file = await stateFile();
    const store = await StateStore.open(file, silentLogger());
    expect(store.data).toEqual({ version: 1, guilds: {}, questions: [], votes: [] });
    await store.update((s) => {
      s.votes.push({ entryId: 'tip-a', userId: 'u1', helpful: true, at: '2026-01-01T00:00:00.000Z' });
    });
    expect(JSON.parse(await readFile(file, 'utf8')).votes).toHaveLength(1);
  });

  it('keeps a file that is not valid JSON aside, logs where, and starts empty', async () => {
    const file = await stateFile('{ "guilds": ');
    const { logger, records } = capturingLogger();
    const store = await StateStore.open(file, logger);
    expect(store.data.questions).toEqual([]);
    const backups = (await readdir(path.dirname(file))).filter((n) => n.startsWith('state.json.broken-'));
    expect(backups).toHaveLength(1);
    expect(await readFile(path.join(path.dirname(file), backups[0]!), 'utf8')).toBe('{ "guilds": ');
    expect(records.find((r) => r.level === LEVEL.error)).toMatchObject({
      backup: expect.stringContaining('broken-'),
    });
  });

  it('keeps a file that does not match the schema aside, naming the wrong field', async () => {
    const file = await stateFile(JSON.stringify({ questions: [{ at: 'yesterday' }] }));
    const { logger, records } = capturingLogger();
    await StateStore.open(file, logger);
    const error = records.find((r) => r.level === LEVEL.error);
    expect(String(error?.problem)).toContain('questions.0');
  });

  it('reads back what it wrote', async () => {
    const file = await stateFile();
    const store = await StateStore.open(file, silentLogger());
    await recordQuestion(store, {
      at: new Date('2026-11-01T10:00:00Z'),
      question: ' ile klientow narzeka? ',
      lang: 'pl',
      answered: true,
      entryId: 'x',
      confidence: 0.9,
    });
    const again = await StateStore.open(file, silentLogger());
    expect(again.data.questions).toEqual([
      {
        at: '2026-11-01T10:00:00.000Z',
        question: 'ile klientow narzeka?',
        lang: 'pl',
        answered: true,
        entryId: 'x',
        confidence: 0.9,
      },
    ]);
  });

  it('keeps only the newest questions once the limit is reached', async () => {
    const store = await StateStore.open(await stateFile(), silentLogger());
    await store.update((s) => {
      for (let i = 0; i < MAX_QUESTION_RECORDS; i++) {
        s.questions.push({
          at: new Date(i * 1000).toISOString(),
          question: `q${i}`,
          lang: 'en',
          answered: true,
          confidence: 1,
        });
      }
    });
    await recordQuestion(store, {
      at: new Date(),
      question: 'the newest',
      lang: 'en',
      answered: false,
      confidence: 0,
    });
    expect(store.data.questions).toHaveLength(MAX_QUESTION_RECORDS);
    expect(store.data.questions[0]?.question).toBe('q1');
    expect(store.data.questions.at(-1)?.question).toBe('the newest');
  });

  it('stores a question of at most 500 characters', async () => {
    const store = await StateStore.open(await stateFile(), silentLogger());
    await recordQuestion(store, {
      at: new Date(),
      question: 'x'.repeat(6000),
      lang: 'en',
      answered: false,
      confidence: 0,
    });
    expect(store.data.questions[0]?.question).toHaveLength(500);
  });

  it('does not record a question without a letter or digit (emoji, punctuation)', async () => {
    const store = await StateStore.open(await stateFile(), silentLogger());
    await recordQuestion(store, {
      at: new Date(),
      question: '🤔 ?!',
      lang: 'en',
      answered: false,
      confidence: 0,
    });
    expect(store.data.questions).toEqual([]);
  });

  it('keeps one vote per user per answer: a second vote replaces the first', async () => {
    const store = await StateStore.open(await stateFile(), silentLogger());
    const first = await recordVote(store, { entryId: 'e1', userId: 'u1', helpful: true, at: new Date() });
    const second = await recordVote(store, { entryId: 'e1', userId: 'u1', helpful: false, at: new Date() });
    await recordVote(store, { entryId: 'e1', userId: 'u2', helpful: true, at: new Date() });
    expect([first.replaced, second.replaced]).toEqual([false, true]);
    expect(store.data.votes.map((v) => [v.userId, v.helpful])).toEqual([
      ['u1', false],
      ['u2', true],
    ]);
  });

  it('applies concurrent updates one after another, losing none', async () => {
    const file = await stateFile();
    const store = await StateStore.open(file, silentLogger());
    await Promise.all(
      Array.from({ length: 50 }, () =>
        store.update((s) => {
          s.votes.push({
            entryId: 'tip-a',
            userId: `u${s.votes.length}`,
            helpful: true,
            at: '2026-01-01T00:00:00.000Z',
          });
        }),
      ),
    );
    expect(JSON.parse(await readFile(file, 'utf8')).votes).toHaveLength(50);
  });
});
