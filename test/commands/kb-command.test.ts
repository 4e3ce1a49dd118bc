// /kb reload | validate | stats as admins use them: plain requests to the command's execute over a real context
// (a temp copy of the knowledge base, a lowdb state file, a capturing pino logger).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { kb as kbCommand } from '../../commands/kb.js';
import type { CommandRequest } from '../../src/bot/command.js';
import type { Entry } from '../../src/kb/schema.js';
import type { Reply } from '../../src/render/reply.js';
import { mkdir } from 'node:fs/promises';
import { recordQuestion, recordVote } from '../../src/state/feedback.js';
import { logFileFor } from '../../src/state/lowdb-store.js';
import { useFakeTime } from '../helpers/fake-time.js';
import {
  editKbEntries,
  readKbFile,
  statisticEntry,
  tipEntry,
  topic,
  writeKbFile,
  writeKbFolder,
} from '../helpers/kb-files.js';
import { LEVEL } from '../helpers/logger.js';
import { makeContext } from '../helpers/make-context.js';
import { copyShippedKb, removeTempDirs } from '../helpers/temp-dir.js';

const GUILD = '100000000000000001';
const ADMIN = '300000000000000001';
const MEMBER = '300000000000000002';
const FILE = 'article-002-part2.json';
const KB_FILES = ['article-002-part1.json', 'article-002-part2.json', 'articles-000-001-003-004.json'];

afterEach(async () => {
  vi.useRealTimers();
  await removeTempDirs();
});

function request(subcommand: string, user = { id: ADMIN, isAdmin: true }): CommandRequest {
  return { command: 'kb', subcommand, options: {}, user: { ...user, locale: 'en-US' }, guildId: GUILD };
}

const card = (reply: Reply) => reply.cards[0]!;
const field = (reply: Reply, name: string) => card(reply).fields?.find((f) => f.name === name)?.value;

async function entriesIn(dir: string): Promise<number> {
  let count = 0;
  for (const name of KB_FILES) count += (await readKbFile(dir, name)).entries?.length ?? 0;
  return count;
}

describe('/kb reload', () => {
  it('refuses a non-admin: the reply says so, nothing is reloaded, and a warning names the user', async () => {
    const dir = await copyShippedKb();
    const { ctx, records } = await makeContext({ kbDir: dir });
    const engine = ctx.kb.current();
    await editKbEntries(dir, FILE, (entries) => [...entries, tipEntry('tip-sneaked-in', entries[0]!.topics)]);

    const reply = await kbCommand.execute(request('reload', { id: MEMBER, isAdmin: false }), ctx);

    expect(card(reply).title).toBe('⛔');
    expect(card(reply).description).toContain('This command is for admins');
    expect(reply.private).toBe(true);
    expect(ctx.kb.current()).toBe(engine);
    expect(records).toContainEqual(
      expect.objectContaining({
        level: LEVEL.warn,
        userId: MEMBER,
        command: 'kb',
        subcommand: 'reload',
        msg: 'admin command refused: the user is not an admin',
      }),
    );
    expect(records.filter((r) => r.msg === 'knowledge base reloaded')).toEqual([]);
  });

  it('by an admin, reloads and answers with the counts and the entries added, removed and changed', async () => {
    const dir = await copyShippedKb();
    const { ctx, records } = await makeContext({ kbDir: dir });
    const [removed, changed] = (await readKbFile(dir, FILE)).entries!;
    await editKbEntries(dir, FILE, (entries) => [
      ...entries
        .filter((e) => e.id !== removed!.id)
        .map((e) => (e.id === changed!.id ? { ...e, text: { ...e.text, en: 'Edited.' } } : e)),
      tipEntry('tip-new-by-admin', changed!.topics),
    ]);
    const topics = (await readKbFile(dir, 'topics.json')).topics!.length;

    const reply = await kbCommand.execute(request('reload'), ctx);

    expect(card(reply).title).toBe('✅ Knowledge base reloaded');
    expect(card(reply).description).toBe(`${await entriesIn(dir)} entries, ${topics} topics.`);
    expect(card(reply).fields).toEqual([
      { name: 'Added (1)', value: '`tip-new-by-admin`' },
      { name: 'Removed (1)', value: `\`${removed!.id}\`` },
      { name: 'Changed (1)', value: `\`${changed!.id}\`` },
    ]);
    expect(ctx.kb.current().kb.entry('tip-new-by-admin')).toBeDefined();
    expect(records).toContainEqual(
      expect.objectContaining({
        msg: 'knowledge base reloaded',
        source: 'command',
        added: ['tip-new-by-admin'],
      }),
    );
  });

  it('with nothing edited, says that no entry changed', async () => {
    const { ctx } = await makeContext({ kbDir: await copyShippedKb() });

    const reply = await kbCommand.execute(request('reload'), ctx);

    expect(card(reply).description).toContain('No entry changed.');
    expect(card(reply).fields).toEqual([]);
  });

  it('with a broken file, lists every problem with its file, entry id and field, and keeps the old knowledge base', async () => {
    const dir = await copyShippedKb();
    const { ctx } = await makeContext({ kbDir: dir });
    const engine = ctx.kb.current();
    const [a, b, c] = (await readKbFile(dir, FILE)).entries!;
    await editKbEntries(dir, FILE, (entries) =>
      entries.map((e) => {
        if (e.id === a!.id) return { ...e, text: { ...e.text, ru: '' } };
        if (e.id === b!.id) return { ...e, kind: 'advice' as Entry['kind'] };
        if (e.id === c!.id) return { ...e, phrasings: { ...e.phrasings, pl: [] } };
        return e;
      }),
    );

    const reply = await kbCommand.execute(request('reload'), ctx);

    expect(card(reply).title).toBe('❌ Reload refused: still answering from the previous knowledge base');
    const lines = card(reply).description.split('\n');
    expect(lines[0]).toBe('3 problem(s) — fix them and run /kb reload again:');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(new RegExp(`^• ${FILE}, entry "${a!.id}", field text\\.ru: .+`)),
      expect.stringMatching(new RegExp(`^• ${FILE}, entry "${b!.id}", field kind: .+`)),
      expect.stringMatching(
        new RegExp(`^• ${FILE}, entry "${c!.id}", field phrasings\\.pl: give at least one phrasing$`),
      ),
    ]);
    expect(ctx.kb.current()).toBe(engine);
  });

  it('with hundreds of problems, cuts the list to fit under 4096 characters and ends with "… and N more"', async () => {
    const dir = await copyShippedKb();
    const { ctx, records } = await makeContext({ kbDir: dir });
    const broken = Array.from({ length: 300 }, (_, i) => ({
      ...tipEntry(`tip-broken-${i}`, ['complaints']),
      text: { pl: '', en: '', ru: '' },
    }));
    await writeKbFile(dir, 'zz-broken.json', { entries: broken });

    const reply = await kbCommand.execute(request('reload'), ctx);

    const description = card(reply).description;
    expect(description.length).toBeLessThan(4096);
    const lines = description.split('\n');
    const total = Number(/^(\d+) problem\(s\)/.exec(lines[0]!)?.[1]);
    expect(total).toBe(900);
    const more = /^… and (\d+) more \(the bot log lists all of them\)\.$/.exec(lines.at(-1)!);
    expect(more).not.toBeNull();
    const listed = lines.filter((l) => l.startsWith('• '));
    expect(listed.length).toBeGreaterThan(10);
    expect(listed.length + Number(more![1])).toBe(total);
    const logged = records.find((r) => r.level === LEVEL.error && Array.isArray(r.problems));
    expect((logged?.problems as string[]).length).toBe(total);
  });
});

describe('/kb validate', () => {
  it('reports what a reload would change without switching', async () => {
    const dir = await copyShippedKb();
    const { ctx } = await makeContext({ kbDir: dir });
    const engine = ctx.kb.current();
    await editKbEntries(dir, FILE, (entries) => [...entries, tipEntry('tip-validated', entries[0]!.topics)]);

    const reply = await kbCommand.execute(request('validate'), ctx);

    expect(card(reply).title).toBe('✅ Knowledge base is valid (dry run: nothing was changed)');
    expect(field(reply, 'Added (1)')).toBe('`tip-validated`');
    expect(ctx.kb.current()).toBe(engine);
  });
});

describe('/kb stats', () => {
  it('shows entries per kind, questions in the last 7 and 30 days, most asked, declined, low confidence and not-helpful votes', async () => {
    useFakeTime('2026-04-15T12:00:00Z');
    const kbDir = await writeKbFolder({
      'topics.json': { topics: [topic('complaints', 'Complaints')] },
      'entries.json': {
        entries: [
          tipEntry('tip-calm', ['complaints']),
          tipEntry('tip-listen', ['complaints']),
          statisticEntry('stat-complain', ['complaints'], '1 in 26'),
          {
            ...tipEntry('def-churn', ['complaints']),
            kind: 'definition',
            term: { pl: 'Odpływ', en: 'Churn', ru: 'Отток' },
          },
        ],
      },
    });
    const { ctx } = await makeContext({ kbDir });
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
    const ask = (days: number, question: string, answered: boolean, confidence: number, entryId?: string) =>
      recordQuestion(ctx.store, {
        at: daysAgo(days),
        guildId: GUILD,
        question,
        lang: 'en',
        answered,
        confidence,
        ...(entryId ? { entryId } : {}),
      });
    await ask(1, 'How to calm an angry customer?', true, 0.9, 'tip-calm');
    await ask(2, 'how to calm an ANGRY customer', true, 0.85, 'tip-calm');
    await ask(6, 'How to calm an angry customer!', true, 0.8, 'tip-calm');
    await ask(3, 'Do you sell gift cards?', false, 0.2);
    await ask(10, 'do you sell gift cards', false, 0.1);
    await ask(20, 'what is churn', true, 0.5, 'def-churn');
    await ask(40, 'a question from long ago', false, 0);
    await recordQuestion(ctx.store, {
      at: daysAgo(1),
      guildId: '100000000000000099',
      question: 'asked in another server',
      lang: 'en',
      answered: false,
      confidence: 0,
    });
    const vote = (userId: string, helpful: boolean) =>
      recordVote(ctx.store, { entryId: 'tip-calm', userId, helpful, at: daysAgo(1) });
    await vote('400000000000000001', true); // changes their mind below
    await vote('400000000000000001', false);
    await vote('400000000000000002', false);
    await vote('400000000000000003', true);

    const reply = await kbCommand.execute(request('stats'), ctx);

    const description = card(reply).description;
    expect(description).toContain('**4** entries, **1** topics');
    expect(description).toContain('tip 2 · statistic 1 · definition 1 · quote 0 · metric 0 · case 0');
    expect(description).toContain('Questions: **4** in the last 7 days, **6** in the last 30 · 67% answered');
    expect(field(reply, 'Most asked (30 days)')).toBe(
      '3× How to calm an angry customer?\n2× Do you sell gift cards?\n1× what is churn',
    );
    expect(field(reply, 'Declined — worth adding to the knowledge base')).toBe('2× Do you sell gift cards?');
    expect(field(reply, 'Answered with low confidence')).toBe('1× what is churn → `def-churn` (50%)');
    expect(field(reply, 'Voted not helpful')).toBe('`tip-calm`: 👎 2 · 👍 1');
  });

  it('shows the team’s questions escaped, so their markdown shows as typed', async () => {
    const { ctx } = await makeContext({ kbDir: await copyShippedKb() });
    await recordQuestion(ctx.store, {
      at: new Date(),
      guildId: GUILD,
      question: '**urgent** _why_ `x`',
      lang: 'en',
      answered: false,
      confidence: 0,
    });

    const reply = await kbCommand.execute(request('stats'), ctx);

    expect(field(reply, 'Most asked (30 days)')).toBe('1× \\*\\*urgent\\*\\* \\_why\\_ \\`x\\`');
  });

  it('warns admins when questions could not be saved, while the answers went on', async () => {
    const { ctx, stateFile } = await makeContext({ kbDir: await copyShippedKb() });
    await mkdir(logFileFor(stateFile)); // the log cannot be appended to: a folder stands in its place
    const question = { at: new Date(), guildId: GUILD, lang: 'en' as const, answered: false, confidence: 0 };
    await recordQuestion(ctx.store, { ...question, question: 'first' });
    await recordQuestion(ctx.store, { ...question, question: 'second' });

    const reply = await kbCommand.execute(request('stats'), ctx);

    expect(field(reply, '⚠️ Question log not saved')).toMatch(
      /^2 question\(s\) or vote\(s\) could not be written since the start \(last: .*EISDIR.*\)\. Answers were not affected/,
    );
  });

  it('refuses a non-admin', async () => {
    const { ctx } = await makeContext({ kbDir: await copyShippedKb() });

    const reply = await kbCommand.execute(request('stats', { id: MEMBER, isAdmin: false }), ctx);

    expect(card(reply).title).toBe('⛔');
  });
});
