// Loading in the reload worker: the same knowledge base, index and problems as a load on the main thread, only the
// changed files sent over, and a logged fallback to the main thread when the worker cannot start.
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import { KbHolder } from '../../src/kb/kb-holder.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { OffThreadKbLoader } from '../../src/kb/off-thread-loader.js';
import type { Entry } from '../../src/kb/schema.js';
import { WorkerKbLoader } from '../../src/kb/worker-kb-loader.js';
import { editKbEntries, tipEntry, topic, writeKbFile, writeKbFolder } from '../helpers/kb-files.js';
import { capturingLogger, LEVEL } from '../helpers/logger.js';
import { copyFixtureKb, removeTempDirs } from '../helpers/temp-dir.js';

// Each test starts a reload worker (under tsx, seconds on a loaded 2-core machine).
vi.setConfig({ testTimeout: 60_000 });

const holders: KbHolder[] = [];
afterEach(async () => {
  await Promise.all(holders.splice(0).map((h) => h.close()));
  await removeTempDirs();
});

/** A holder whose worker has done its first reload (the one that reads every file). */
async function workerHolder(dir: string): Promise<KbHolder> {
  const loaded = await KbHolder.load(dir);
  if (!loaded.ok) throw new Error(`invalid: ${JSON.stringify(loaded.problems)}`);
  holders.push(loaded.holder);
  await loaded.holder.reload({ apply: true });
  expect(loaded.holder.loaderKind).toBe('worker');
  return loaded.holder;
}

async function fullLoadEngine(dir: string): Promise<AnswerEngine> {
  const loaded = await loadKnowledgeBase(dir);
  if (!loaded.ok) throw new Error(`invalid: ${JSON.stringify(loaded.problems)}`);
  return new AnswerEngine(loaded.kb);
}

describe('a reload in the worker', () => {
  it('the first reload starts the worker, which reads every file once but sends none the main thread has', async () => {
    const dir = await copyFixtureKb();
    const loaded = await KbHolder.load(dir);
    if (!loaded.ok) throw new Error('invalid');
    holders.push(loaded.holder);
    const before = loaded.holder.current().kb;

    const report = await loaded.holder.reload({ apply: true });

    expect(report).toMatchObject({
      ok: true,
      diff: { added: [], removed: [], changed: [] },
      filesReparsed: ['facts.json', 'tips.json', 'topics.json'],
    });
    loaded.holder.current().kb.entries.forEach((entry, i) => expect(entry).toBe(before.entries[i]));
  });

  it('after an edit, holds and answers exactly as a full load on the main thread does', async () => {
    const dir = await copyFixtureKb();
    const holder = await workerHolder(dir);
    await editKbEntries(dir, 'tips.json', (entries) =>
      entries.map((e, i) => (i === 0 ? { ...e, text: { ...e.text, en: `${e.text.en} Edited.` } } : e)),
    );

    const report = await holder.reload({ apply: true });

    expect(report).toMatchObject({ ok: true, filesReparsed: ['tips.json'] });
    const full = await fullLoadEngine(dir);
    expect(holder.current().kb.entries).toEqual(full.kb.entries);
    expect(holder.current().kb.topics).toEqual(full.kb.topics);
    const questions = full.kb.entries.flatMap((e) => [e.phrasings.en![0]!, e.phrasings.pl![0]!]);
    for (const question of questions) {
      const answer = (engine: AnswerEngine) =>
        engine.answer({ question }).answers.map((a) => [a.entry.id, a.score.toFixed(6)]);
      expect(answer(holder.current())).toEqual(answer(full));
    }
  });

  it('takes a file of 250 entries over in chunks, whole and in order', async () => {
    const entries = Array.from({ length: 250 }, (_, i) => tipEntry(`tip-${i}`, ['service']));
    const dir = await writeKbFolder({
      'a.json': { topics: [topic('service')] },
      'b.json': { entries: entries.slice(0, 1) },
    });
    const holder = await workerHolder(dir);
    await writeKbFile(dir, 'b.json', { entries });

    const report = await holder.reload({ apply: true });

    expect(report).toMatchObject({
      ok: true,
      entries: 250,
      diff: { added: entries.slice(1).map((e) => e.id) },
    });
    expect(holder.current().kb.entries).toEqual(entries);
  });

  it('an unchanged file keeps its entry objects on the main thread: only changed files are sent over', async () => {
    const dir = await writeKbFolder({
      'a.json': { topics: [topic('service')], entries: [tipEntry('tip-a', ['service'])] },
      'b.json': { entries: [tipEntry('tip-b', ['service'])] },
    });
    const holder = await workerHolder(dir);
    const before = holder.current().kb;
    await writeKbFile(dir, 'b.json', { entries: [tipEntry('tip-b', ['service'], 'Changed.')] });

    const report = await holder.reload({ apply: true });

    expect(report).toMatchObject({ ok: true, diff: { changed: ['tip-b'] }, filesReparsed: ['b.json'] });
    expect(holder.current().kb.entry('tip-a')).toBe(before.entry('tip-a'));
    expect(holder.current().kb.entry('tip-b')?.text.en).toBe('Changed.');
  });

  it('an invalid folder is reported with exactly the problems a load on the main thread finds', async () => {
    const dir = await copyFixtureKb();
    const holder = await workerHolder(dir);
    const engine = holder.current();
    await writeKbFile(dir, 'zz-broken.json', {
      entries: [{ ...tipEntry('tip-x', ['nowhere']), kind: 'advice' as Entry['kind'] }],
    });

    const report = await holder.reload({ apply: true });

    const full = await loadKnowledgeBase(dir);
    expect(full.ok).toBe(false);
    expect(report).toEqual({ ok: false, problems: full.ok ? [] : full.problems });
    expect(holder.current()).toBe(engine);
  });
});

describe('when the worker cannot start', () => {
  it('loads on the main thread and logs why', async () => {
    const dir = await copyFixtureKb();
    const { logger, records } = capturingLogger();
    const broken = () =>
      new WorkerKbLoader(dir, [], new Worker('throw new Error("no worker today")', { eval: true }));
    const loader = new OffThreadKbLoader(dir, logger, [], broken);

    const result = await loader.load({ buildIndex: true });

    expect(result.ok).toBe(true);
    expect(loader.kind).toBe('main thread');
    expect(records).toEqual([
      expect.objectContaining({
        level: LEVEL.error,
        msg: 'the knowledge-base reload worker failed; loading on the main thread from now on',
        err: expect.objectContaining({ message: 'no worker today' }) as unknown,
      }),
    ]);
    await loader.close();
  });
});
