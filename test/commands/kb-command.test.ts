// /kb reload | validate | stats as admins use them: plain requests to the command's execute over a real context
// (a temp copy of the fixture knowledge base, a lowdb state file, a capturing pino logger).
import { mkdir } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { kb as kbCommand } from '../../commands/kb.js';
import { UNSURE_BELOW } from '../../src/answer/answer-question.js';
import type { CommandRequest } from '../../src/bot/command.js';
import type { KbProblem } from '../../src/kb/problems.js';
import { KINDS, LANGS, type Entry } from '../../src/kb/schema.js';
import { kbProblemLine } from '../../src/render/kb-problem-text.js';
import { richMarkdown } from '../../src/discord/to-discord-message.js';
import { catalog } from '../../src/i18n/catalog.js';
import type { Reply } from '../../src/render/reply.js';
import type { Rich } from '../../src/render/rich-text.js';
import { richToText } from '../../src/render/to-text.js';
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
import { copyFixtureKb, removeTempDirs } from '../helpers/temp-dir.js';

const GUILD = '100000000000000001';
const ADMIN = '300000000000000001';
const MEMBER = '300000000000000002';
const FILE = 'facts.json';
const KB_FILES = ['facts.json', 'tips.json'];

// A reload or a dry run starts the reload worker (under tsx, seconds on a loaded 2-core machine).
vi.setConfig({ testTimeout: 60_000 });

afterEach(async () => {
  vi.useRealTimers();
  await removeTempDirs();
});

function request(subcommand: string, user = { id: ADMIN, isAdmin: true }, locale = 'en-US'): CommandRequest {
  return { command: 'kb', subcommand, options: {}, user: { ...user, locale }, guildId: GUILD };
}

const en = catalog('en').admin;
const text = (rich: Rich | undefined) => richToText(rich ?? '');
const card = (reply: Reply) => reply.cards[0]!;
const description = (reply: Reply) => text(card(reply).description);
const field = (reply: Reply, name: string) => text(card(reply).fields?.find((f) => f.name === name)?.value);

async function entriesIn(dir: string): Promise<number> {
  let count = 0;
  for (const name of KB_FILES) count += (await readKbFile(dir, name)).entries?.length ?? 0;
  return count;
}

describe('/kb reload', () => {
  it('refuses a non-admin: the reply says so, nothing is reloaded, and a warning names the user', async () => {
    const dir = await copyFixtureKb();
    const { ctx, records } = await makeContext({ kbDir: dir });
    const engine = ctx.kb.current();
    await editKbEntries(dir, FILE, (entries) => [...entries, tipEntry('tip-sneaked-in', entries[0]!.topics)]);

    const reply = await kbCommand.execute(request('reload', { id: MEMBER, isAdmin: false }), ctx);

    expect(card(reply).title).toBe('⛔');
    expect(description(reply)).toBe(catalog('en').replies.errors.notAdmin);
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
    const dir = await copyFixtureKb();
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

    expect(card(reply).title).toBe(en.kbReport.reloaded);
    expect(description(reply)).toBe(en.kbReport.counts(await entriesIn(dir), topics));
    expect(card(reply).fields?.map((f) => [f.name, text(f.value)])).toEqual([
      [`${en.kbReport.added} (1)`, 'tip-new-by-admin'],
      [`${en.kbReport.removed} (1)`, removed!.id],
      [`${en.kbReport.changed} (1)`, changed!.id],
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
    const { ctx } = await makeContext({ kbDir: await copyFixtureKb() });

    const reply = await kbCommand.execute(request('reload'), ctx);

    expect(description(reply)).toContain(en.kbReport.noChange);
    expect(card(reply).fields).toEqual([]);
  });

  it('with a broken file, lists every problem with its file, entry id and field, and keeps the old knowledge base', async () => {
    const dir = await copyFixtureKb();
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

    expect(card(reply).title).toBe(en.kbReport.refused);
    const lines = description(reply).split('\n');
    expect(lines[0]).toBe(en.kbReport.problems(3));
    const issues = catalog('en').validation.issue;
    expect(lines.slice(1)).toEqual([
      `• ${FILE}, entry ${a!.id}, field text.ru: ${issues.empty({ code: 'empty' })}`,
      `• ${FILE}, entry ${b!.id}, field kind: ${issues.bad_kind({ code: 'bad_kind', kinds: [...KINDS] })}`,
      `• ${FILE}, entry ${c!.id}, field phrasings.pl: ${issues.needs_one({ code: 'needs_one', what: 'phrasing' })}`,
    ]);
    expect(ctx.kb.current()).toBe(engine);
  });

  it.each(LANGS)(
    'words every problem in the admin’s language (%s), plurals included, with ids and fields as code',
    async (lang) => {
      const dir = await copyFixtureKb();
      const { ctx } = await makeContext({ kbDir: dir });
      const [a, b] = (await readKbFile(dir, FILE)).entries!;
      const long = 'x'.repeat(701);
      await editKbEntries(dir, FILE, (entries) =>
        entries.map((e) => {
          if (e.id === a!.id) return { ...e, text: { ...e.text, en: long } };
          if (e.id === b!.id) return { ...e, topics: ['no-such-topic'] };
          return e;
        }),
      );

      const reply = await kbCommand.execute(request('reload', { id: ADMIN, isAdmin: true }, lang), ctx);

      const words = catalog(lang);
      const problems: KbProblem[] = [
        { file: FILE, entryId: a!.id, field: 'text.en', code: 'too_long', max: 700 },
        { file: FILE, entryId: b!.id, field: 'topics.0', code: 'unknown_topic', topic: 'no-such-topic' },
      ];
      expect(card(reply).title).toBe(words.admin.kbReport.refused);
      expect(description(reply).split('\n')).toEqual([
        words.admin.kbReport.problems(2),
        ...problems.map((p) => `• ${kbProblemLine(p, lang)}`),
      ]);
      // In Discord the file, entry id and field are code; the text around them is escaped, never markup.
      expect(richMarkdown(card(reply).description!)).toContain(`\`${a!.id}\``);
      expect(richMarkdown(card(reply).description!)).toContain('`text.en`');
    },
  );

  it('with hundreds of problems, cuts the list to fit under 4096 characters and ends with "… and N more"', async () => {
    const dir = await copyFixtureKb();
    const { ctx, records } = await makeContext({ kbDir: dir });
    const broken = Array.from({ length: 300 }, (_, i) => ({
      ...tipEntry(`tip-broken-${i}`, ['complaints']),
      text: { pl: '', en: '', ru: '' },
    }));
    await writeKbFile(dir, 'zz-broken.json', { entries: broken });

    const reply = await kbCommand.execute(request('reload'), ctx);

    const shown = description(reply);
    expect(shown.length).toBeLessThan(4096);
    const lines = shown.split('\n');
    expect(lines[0]).toBe(en.kbReport.problems(900));
    const listed = lines.filter((l) => l.startsWith('• '));
    expect(listed.length).toBeGreaterThan(10);
    expect(lines.at(-1)).toBe(en.kbReport.more(900 - listed.length));
    const total = 900;
    const logged = records.find((r) => r.level === LEVEL.error && Array.isArray(r.problems));
    expect((logged?.problems as string[]).length).toBe(total);
  });
});

describe('/kb validate', () => {
  it('reports what a reload would change without switching', async () => {
    const dir = await copyFixtureKb();
    const { ctx } = await makeContext({ kbDir: dir });
    const engine = ctx.kb.current();
    await editKbEntries(dir, FILE, (entries) => [...entries, tipEntry('tip-validated', entries[0]!.topics)]);

    const reply = await kbCommand.execute(request('validate'), ctx);

    expect(card(reply).title).toBe(en.kbReport.valid);
    expect(field(reply, `${en.kbReport.added} (1)`)).toBe('tip-validated');
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
    // Sure answers sit above the engine's unsure line, whatever the trained ranker puts it at.
    const sure = (step: number) => UNSURE_BELOW + ((1 - UNSURE_BELOW) * step) / 4;
    await ask(1, 'How to calm an angry customer?', true, sure(3), 'tip-calm');
    await ask(2, 'how to calm an ANGRY customer', true, sure(2), 'tip-calm');
    await ask(6, 'How to calm an angry customer!', true, sure(1), 'tip-calm');
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

    const shown = description(reply);
    const kinds = catalog('en').replies.kinds;
    expect(shown).toContain(text(en.kbStats.counts(4, 1)));
    expect(shown).toContain(
      `${kinds.tip} 2 · ${kinds.statistic} 1 · ${kinds.definition} 1 · ${kinds.quote} 0 · ${kinds.metric} 0 · ${kinds.case} 0`,
    );
    expect(shown).toContain(`${text(en.kbStats.questions(4, 6))} · ${en.kbStats.answered(67)}`);
    expect(field(reply, en.kbStats.mostAsked)).toBe(
      '3× How to calm an angry customer?\n2× Do you sell gift cards?\n1× what is churn',
    );
    expect(field(reply, en.kbStats.declined)).toBe('2× Do you sell gift cards?');
    expect(field(reply, en.kbStats.lowConfidence)).toBe('1× what is churn → def-churn (50%)');
    expect(field(reply, en.kbStats.notHelpful)).toBe('tip-calm: 👎 2 · 👍 1');
  });

  it('shows the team’s questions escaped, so their markdown shows as typed', async () => {
    const { ctx } = await makeContext({ kbDir: await copyFixtureKb() });
    await recordQuestion(ctx.store, {
      at: new Date(),
      guildId: GUILD,
      question: '**urgent** _why_ `x`',
      lang: 'en',
      answered: false,
      confidence: 0,
    });

    const reply = await kbCommand.execute(request('stats'), ctx);

    const asked = card(reply).fields?.find((f) => f.name === en.kbStats.mostAsked)?.value ?? '';
    expect(richMarkdown(asked)).toBe('1× \\*\\*urgent\\*\\* \\_why\\_ \\`x\\`');
    expect(richToText(asked)).toBe('1× **urgent** _why_ `x`');
  });

  it.each([
    ['pl', '1 wpis, 2 tematy', '5 wpisów, 22 tematy'],
    ['ru', '1 запись, 2 темы', '5 записей, 22 темы'],
    ['en', '1 entry, 2 topics', '5 entries, 22 topics'],
  ])("speaks the admin's language (%s) with the plural forms of its counts", async (locale, one, many) => {
    const topics = Array.from({ length: 22 }, (_, i) => topic(`topic-${i}`));
    const entries = (n: number) => Array.from({ length: n }, (_, i) => tipEntry(`tip-${i}`, ['topic-0']));
    const words = catalog(locale as 'pl' | 'en' | 'ru').admin.kbStats;
    const small = await makeContext({
      kbDir: await writeKbFolder({
        'topics.json': { topics: topics.slice(0, 2) },
        'e.json': { entries: entries(1) },
      }),
    });
    const large = await makeContext({
      kbDir: await writeKbFolder({ 'topics.json': { topics }, 'e.json': { entries: entries(5) } }),
    });
    const statsIn = async (ctx: typeof small.ctx) =>
      kbCommand.execute(request('stats', { id: ADMIN, isAdmin: true }, locale), ctx);

    expect(card(await statsIn(small.ctx)).title).toBe(words.title);
    expect(description(await statsIn(small.ctx)).split('\n')[0]).toBe(one);
    expect(description(await statsIn(large.ctx)).split('\n')[0]).toBe(many);
  });

  it('warns admins when questions could not be saved, while the answers went on', async () => {
    const { ctx, stateFile } = await makeContext({ kbDir: await copyFixtureKb() });
    await mkdir(logFileFor(stateFile)); // the log cannot be appended to: a folder stands in its place
    const question = { at: new Date(), guildId: GUILD, lang: 'en' as const, answered: false, confidence: 0 };
    await recordQuestion(ctx.store, { ...question, question: 'first' });
    await recordQuestion(ctx.store, { ...question, question: 'second' });

    const reply = await kbCommand.execute(request('stats'), ctx);

    expect(field(reply, en.kbStats.logNotSaved)).toMatch(
      /^2 questions or votes could not be written since the start \(last: .*EISDIR.*\)\. Answers were not affected/,
    );
  });

  it('refuses a non-admin', async () => {
    const { ctx } = await makeContext({ kbDir: await copyFixtureKb() });

    const reply = await kbCommand.execute(request('stats', { id: MEMBER, isAdmin: false }), ctx);

    expect(card(reply).title).toBe('⛔');
  });
});
