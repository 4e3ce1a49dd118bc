// Teaching the pool's wording: a missed question becomes a phrasing of its right entry, through the /kb edit path;
// answered and off-topic questions are left alone, and teaching twice changes nothing.
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerEngine } from '../../src/answer/answer-engine.js';
import { systemClock } from '../../src/clock.js';
import type { EvalQuestion } from '../../src/eval/evaluate.js';
import type { PoolSet } from '../../src/eval/pool-wording.js';
import { plannedTeachings, teachPool } from '../../src/eval/teach-pool.js';
import { teachIntoFiles } from '../../src/kb-admin/teach-files.js';
import { KbHolder } from '../../src/kb/kb-holder.js';
import type { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { FIXTURE_KB_DIR } from '../fixtures/kb-fixtures.js';
import { silentLogger } from '../helpers/logger.js';
import { loadFixtureKb } from '../fixtures/engines.js';

const MISSED = 'what do they call a fake customer who grades the staff';
const ANSWERED = 'how many times should I say sorry';
/** Labelled off-topic (the team's own competitors), yet the fixture answers it with the competitor quote. */
const OFF_TOPIC_ANSWERED = 'tell me about competitors';

const question = (q: string, expect?: string): EvalQuestion =>
  expect
    ? { q, lang: 'en', fact: 'x', decline: false, expect: [expect] }
    : { q, lang: 'en', fact: null, decline: true };

const sets: PoolSet[] = [
  {
    file: 'set-a.json',
    questions: [
      question(`  ${MISSED} `, 'def-mystery-shopper'),
      question(ANSWERED, 'tip-apologise-once'),
      question(OFF_TOPIC_ANSWERED),
    ],
  },
];

let kb: KnowledgeBase;
const phrasingsOf = (base: KnowledgeBase, id: string) => Object.values(base.entry(id)!.phrasings).flat();

beforeAll(async () => {
  kb = await loadFixtureKb();
});

describe('the questions teach-pool plans to teach', () => {
  it('start from a fixture where the missed question is missed and the off-topic one answered', () => {
    const engine = new AnswerEngine(kb);
    expect(engine.answer({ question: MISSED }).answers[0]?.entry.id).not.toBe('def-mystery-shopper');
    expect(engine.answer({ question: OFF_TOPIC_ANSWERED }).answered).toBe(true);
    expect(engine.answer({ question: ANSWERED }).answers[0]?.entry.id).toBe('tip-apologise-once');
  });

  it('leave out a missed question its set marks noTeach, saying why', () => {
    const marked: PoolSet[] = [
      {
        file: 'set-b.json',
        questions: [{ ...question(MISSED, 'def-mystery-shopper'), noTeach: 'drew a near miss' }],
      },
    ];
    const { teach, untaught } = plannedTeachings(new AnswerEngine(kb), marked);
    expect(teach).toEqual([]);
    expect(untaught).toEqual([{ set: 'set-b.json', question: MISSED, reason: 'marked noTeach in its set' }]);
  });

  it('are the missed answerable question alone, trimmed, for its first expected entry', () => {
    const { teach } = plannedTeachings(new AnswerEngine(kb), sets);
    expect(teach).toEqual([
      { set: 'set-a.json', question: MISSED, lang: 'en', entryId: 'def-mystery-shopper' },
    ]);
  });
});

describe('teaching the pool in memory', () => {
  it('makes the missed question answered right and leaves the other entries as they were', () => {
    const outcome = teachPool(kb, sets);
    expect(outcome.rounds.flat().map((t) => t.question)).toEqual([MISSED]);
    expect(new AnswerEngine(outcome.kb).answer({ question: MISSED }).answers[0]?.entry.id).toBe(
      'def-mystery-shopper',
    );
    expect(phrasingsOf(outcome.kb, 'quote-take-care')).toEqual(phrasingsOf(kb, 'quote-take-care'));
    expect(phrasingsOf(outcome.kb, 'quote-take-care')).not.toContain(OFF_TOPIC_ANSWERED);
    expect(outcome.kb.entries.map((e) => e.id)).toEqual(kb.entries.map((e) => e.id));
    expect(outcome.after.get('set-a.json')!.correct).toBe(outcome.before.get('set-a.json')!.correct + 1);
  });

  it('teaches nothing more when run on what it taught', () => {
    const again = teachPool(teachPool(kb, sets).kb, sets);
    expect(again.rounds).toEqual([]);
  });
});

describe('teaching into the files', () => {
  let dir: string;
  let holder: KbHolder;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cs-coach-teach-'));
    await cp(FIXTURE_KB_DIR, dir, { recursive: true });
    const loaded = await KbHolder.load(dir, { offThread: false });
    if (!loaded.ok) throw new Error('the copied fixture did not load');
    holder = loaded.holder;
  });
  afterAll(async () => {
    await holder.close();
    await rm(dir, { recursive: true, force: true });
  });

  const deps = () => ({ kb: holder, logger: silentLogger(), clock: systemClock });

  it('adds the phrasing to the file holding the entry, with an audit line, and reloads the knowledge base', async () => {
    const lessons = teachPool(holder.current().kb, sets).rounds.flat();
    const result = await teachIntoFiles(deps(), lessons, 'teach-pool');
    expect(result.ok && [...result.taughtPerFile]).toEqual([['facts.json', 1]]);
    const file = JSON.parse(await readFile(path.join(dir, 'facts.json'), 'utf8')) as {
      entries: { id: string; phrasings: { en: string[] } }[];
      changes: { by: string; action: string }[];
    };
    expect(file.entries.find((e) => e.id === 'def-mystery-shopper')!.phrasings.en.at(-1)).toBe(MISSED);
    expect(file.changes.at(-1)).toMatchObject({ by: 'teach-pool', action: 'teach' });
    expect(phrasingsOf(holder.current().kb, 'def-mystery-shopper')).toContain(MISSED);
  });

  it('leaves every file byte for byte as it was when taught the same lessons again', async () => {
    const before = await readFile(path.join(dir, 'facts.json'), 'utf8');
    const lessons = [{ entryId: 'def-mystery-shopper', lang: 'en' as const, question: MISSED.toUpperCase() }];
    const result = await teachIntoFiles(deps(), lessons, 'teach-pool');
    expect(result.ok && [...result.taughtPerFile]).toEqual([['facts.json', 0]]);
    expect(await readFile(path.join(dir, 'facts.json'), 'utf8')).toBe(before);
  });

  it('refuses a lesson for an entry no file holds and changes nothing', async () => {
    const before = await readFile(path.join(dir, 'facts.json'), 'utf8');
    const result = await teachIntoFiles(
      deps(),
      [{ entryId: 'no-such-entry', lang: 'en', question: 'anything' }],
      'teach-pool',
    );
    expect(result).toMatchObject({ ok: false, reason: 'gone' });
    expect(await readFile(path.join(dir, 'facts.json'), 'utf8')).toBe(before);
  });
});
