// Reloading the knowledge base while the bot answers: a valid edit goes live with its diff, a broken one is refused
// whole, a dry run changes nothing, reloads run one at a time, and answers in flight keep their snapshot.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerEngine } from '../../src/answer/answer-engine.js';
import type { KbHolder, ReloadReport } from '../../src/kb/kb-holder.js';
import type { KbProblem } from '../../src/kb/problems.js';
import type { Entry } from '../../src/kb/schema.js';
import { editKbEntries, readKbFile, replaceKbFile, tipEntry, writeKbFile } from '../helpers/kb-files.js';
import { loadKb } from '../helpers/make-context.js';
import { copyFixtureKb, removeTempDirs } from '../helpers/temp-dir.js';

/** Two files of the fixture knowledge base, in the order the loader reads them. */
const FIRST_FILE = 'facts.json';
const SECOND_FILE = 'tips.json';

let dir: string;
let holder: KbHolder;

// Every test's first reload starts a reload worker (under tsx, seconds on a loaded 2-core machine).
vi.setConfig({ testTimeout: 60_000 });

beforeEach(async () => {
  dir = await copyFixtureKb();
  holder = await loadKb(dir);
});

afterEach(async () => {
  await holder.close();
  await removeTempDirs();
});

/** An entry of `file` that its own first English phrasing finds as the answer, with that question. */
async function knownAnswer(engine: AnswerEngine, file: string): Promise<{ entry: Entry; question: string }> {
  for (const entry of (await readKbFile(dir, file)).entries ?? []) {
    const question = entry.phrasings.en?.[0] ?? '';
    if (engine.answer({ question }).answers[0]?.entry.id === entry.id) return { entry, question };
  }
  throw new Error(`no entry of ${file} is found by its own phrasing`);
}

const answerTo = (engine: AnswerEngine, question: string) => engine.answer({ question }).answers[0]?.entry;

const withEnglishText = (id: string, text: string) => (entries: Entry[]) =>
  entries.map((e) => (e.id === id ? { ...e, text: { ...e.text, en: text } } : e));

describe('reloading an edited knowledge base', () => {
  it('a valid edit — one entry added, one changed, one removed — goes live and the diff lists them by id', async () => {
    const { entry: changed, question } = await knownAnswer(holder.current(), SECOND_FILE);
    const removed = (await readKbFile(dir, SECOND_FILE)).entries!.find((e) => e.id !== changed.id)!;
    const before = holder.current().kb.entries.length;
    await editKbEntries(dir, SECOND_FILE, (entries) => [
      ...withEnglishText(changed.id, 'The new English text.')(entries).filter((e) => e.id !== removed.id),
      tipEntry('tip-added-by-reload', changed.topics),
    ]);

    const report = await holder.reload({ apply: true });

    expect(report).toEqual({
      ok: true,
      applied: true,
      entries: before,
      topics: holder.current().kb.topics.length,
      diff: { added: ['tip-added-by-reload'], removed: [removed.id], changed: [changed.id] },
      // The first reload starts the worker, which reads every file once (test/kb/reload-worker.test.ts shows later ones).
      filesReread: expect.arrayContaining([SECOND_FILE]) as string[],
      filesReparsed: expect.arrayContaining([SECOND_FILE]) as string[],
    });
    expect(holder.loaderKind).toBe('worker');
    expect(holder.current().kb.entry('tip-added-by-reload')).toBeDefined();
    expect(holder.current().kb.entry(removed.id)).toBeUndefined();
    expect(answerTo(holder.current(), question)?.text.en).toBe('The new English text.');
  });

  const breaks: {
    name: string;
    edit: (changedId: string) => Promise<void>;
    problems: (changedId: string) => Partial<KbProblem>[];
  }[] = [
    {
      name: 'a file that is not valid JSON',
      edit: () => writeKbFile(dir, SECOND_FILE, '{ "entries": [ { "id": "half-written" '),
      problems: () => [{ file: SECOND_FILE, code: 'invalid_json' }],
    },
    {
      name: 'an entry with Russian phrasings but no Russian text (a schema error)',
      edit: () =>
        editKbEntries(dir, SECOND_FILE, (entries) => {
          const [first, ...rest] = entries;
          const { ru: _ru, ...text } = first!.text;
          return [{ ...first!, text: text as Entry['text'] }, ...rest];
        }),
      problems: () => [{ file: SECOND_FILE, field: 'phrasings.ru' }],
    },
    {
      name: 'an id used twice',
      edit: async () => {
        const copied = (await readKbFile(dir, FIRST_FILE)).entries!.at(-1)!;
        await editKbEntries(dir, SECOND_FILE, (entries) => [...entries, copied]);
      },
      problems: () => [{ file: SECOND_FILE, field: 'id', code: 'duplicate_id', first: FIRST_FILE }],
    },
  ];

  for (const broken of breaks) {
    it(`${broken.name} is refused with its problem located, and answers still come from the old knowledge base`, async () => {
      const engine = holder.current();
      const { entry: known, question } = await knownAnswer(engine, FIRST_FILE);
      // A valid change in the same reload must not go live either: the reload is all or nothing.
      await editKbEntries(dir, FIRST_FILE, withEnglishText(known.id, 'Text that must not go live.'));
      await broken.edit(known.id);

      const report = await holder.reload({ apply: true });

      expect(report.ok).toBe(false);
      const problems = report.ok ? [] : report.problems;
      expect(problems).toHaveLength(broken.problems(known.id).length);
      broken.problems(known.id).forEach((problem, i) => expect(problems[i]).toMatchObject(problem));
      expect(holder.current()).toBe(engine);
      expect(answerTo(holder.current(), question)).toEqual(known);
    });
  }

  it('locates a schema error by its entry id', async () => {
    const first = (await readKbFile(dir, SECOND_FILE)).entries![0]!;
    await editKbEntries(dir, SECOND_FILE, (entries) => [
      { ...first, kind: 'advice' as Entry['kind'] },
      ...entries.slice(1),
    ]);

    const report = await holder.reload({ apply: true });

    expect(report.ok ? [] : report.problems).toEqual([
      expect.objectContaining({ file: SECOND_FILE, entryId: first.id, field: 'kind' }),
    ]);
  });

  it('a dry run reports the diff and swaps nothing', async () => {
    const engine = holder.current();
    await editKbEntries(dir, SECOND_FILE, (entries) => [
      ...entries,
      tipEntry('tip-dry-run', entries[0]!.topics),
    ]);

    const report = await holder.reload({ apply: false });

    expect(report).toMatchObject({
      ok: true,
      applied: false,
      diff: { added: ['tip-dry-run'], removed: [], changed: [] },
    });
    expect(holder.current()).toBe(engine);
    expect(holder.current().kb.entry('tip-dry-run')).toBeUndefined();
  });

  it('two reloads started together run one after the other: the second compares with what the first swapped in', async () => {
    await editKbEntries(dir, SECOND_FILE, (entries) => [
      ...entries,
      tipEntry('tip-once', entries[0]!.topics),
    ]);
    const finished: string[] = [];

    const first = holder.reload({ apply: true }).then((r) => (finished.push('first'), r));
    const second = holder.reload({ apply: true }).then((r) => (finished.push('second'), r));
    const reports = await Promise.all([first, second]);

    expect(finished).toEqual(['first', 'second']);
    expect(reports.map((r) => r.ok && r.diff.added)).toEqual([['tip-once'], []]);
  });

  it('after two overlapping reloads the live knowledge base is the content written last', async () => {
    const topics = (await readKbFile(dir, SECOND_FILE)).entries![0]!.topics;
    const original = (await readKbFile(dir, SECOND_FILE)).entries!;
    await writeKbFile(dir, SECOND_FILE, { entries: [...original, tipEntry('tip-version-a', topics)] });
    const first = holder.reload({ apply: true });
    // Replaced at once, so that the first reload reads version a or b, never half of one.
    await replaceKbFile(dir, SECOND_FILE, { entries: [...original, tipEntry('tip-version-b', topics)] });
    const second = holder.reload({ apply: true });

    const reports = await Promise.all([first, second]);

    expect(reports.map((r) => r.ok)).toEqual([true, true]);
    expect(holder.current().kb.entry('tip-version-b')).toBeDefined();
    expect(holder.current().kb.entry('tip-version-a')).toBeUndefined();
  });
});

describe('answers while reloading', () => {
  it('an engine taken before a reload keeps answering from its own snapshot', async () => {
    const engine = holder.current();
    const { entry: known, question } = await knownAnswer(engine, FIRST_FILE);
    await editKbEntries(dir, FIRST_FILE, withEnglishText(known.id, 'Reloaded text.'));

    await holder.reload({ apply: true });

    expect(answerTo(engine, question)?.text.en).toBe(known.text.en);
    expect(answerTo(holder.current(), question)?.text.en).toBe('Reloaded text.');
  });

  it('200 answers interleaved with reloads never throw, and each answer is an entry of the snapshot it was asked in', async () => {
    const original = (await readKbFile(dir, SECOND_FILE)).entries!;
    const flipping = original[0]!;
    const questions = [
      ...original.slice(0, 10).map((e) => e.phrasings.en![0]!),
      ...original.slice(0, 5).map((e) => e.phrasings.pl![0]!),
      'question tip-now-you-see-me',
      'how do I handle an angry customer',
    ];
    const variants = [
      { entries: [...original, tipEntry('tip-now-you-see-me', flipping.topics)] },
      { entries: original.filter((e) => e.id !== flipping.id) },
      {
        entries: original.map((e) =>
          e.id === flipping.id ? { ...e, text: { ...e.text, en: 'Changed.' } } : e,
        ),
      },
    ];
    const snapshots = new Set<AnswerEngine>();
    const reloads: Promise<ReloadReport>[] = [];
    const mismatches: string[] = [];

    for (let i = 0; i < 200; i++) {
      if (i % 20 === 0) {
        await replaceKbFile(dir, SECOND_FILE, variants[(i / 20) % variants.length]!);
        reloads.push(holder.reload({ apply: true }));
      }
      if (i % 40 === 39) await reloads.at(-1); // let a swap land mid-loop
      const engine = holder.current(); // the question arrives...
      snapshots.add(engine);
      await new Promise((resolve) => setImmediate(resolve)); // ...and is answered after other work ran
      const result = engine.answer({ question: questions[i % questions.length]! });
      for (const { entry } of result.answers) {
        if (engine.kb.entry(entry.id) !== entry) mismatches.push(`${i}: ${entry.id}`);
      }
    }
    const reports = await Promise.all(reloads);

    expect(mismatches).toEqual([]);
    expect(reports.every((r) => r.ok)).toBe(true);
    expect(snapshots.size).toBeGreaterThan(3);
  });
});
