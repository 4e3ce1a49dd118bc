// /kb add, edit, remove and inbox as admins use them (the console's way: plain requests), over a temp copy of the
// fixture knowledge base: each change is on disk and in the answers; a bad value or a non-admin changes nothing.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { kb as kbCommand } from '../../commands/kb.js';
import type { CommandRequest, OptionValue } from '../../src/bot/command.js';
import type { BotContext } from '../../src/bot/context.js';
import { catalog } from '../../src/i18n/catalog.js';
import type { FormProblem } from '../../src/kb-admin/entry-form.js';
import { inboxKey } from '../../src/kb-admin/inbox.js';
import { KINDS, LANGS, type Lang } from '../../src/kb/schema.js';
import { kbIssueText } from '../../src/render/kb-problem-text.js';
import { readKbFile } from '../helpers/kb-files.js';
import { replyToText } from '../../src/render/to-text.js';
import { recordQuestion } from '../../src/state/feedback.js';
import { makeContext } from '../helpers/make-context.js';
import { copyFixtureKb, FIXTURE_KB_DIR, removeTempDirs } from '../helpers/temp-dir.js';

const GUILD = '100000000000000001';
const ADMIN = { id: '300000000000000001', isAdmin: true, locale: 'en-US' };
const MEMBER = { id: '300000000000000002', isAdmin: false, locale: 'en-US' };

afterEach(removeTempDirs);

function request(
  subcommand: string,
  options: Record<string, OptionValue> = {},
  user = ADMIN,
): CommandRequest {
  return { command: 'kb', subcommand, options, user, guildId: GUILD };
}

const ZEPPELIN = {
  kind: 'statistic: 42%',
  topics: 'complaints',
  text: 'In our Q3 report 42% of zeppelin passengers asked about the hangar before boarding.',
  phrasings: 'how many zeppelin passengers ask about the hangar | zeppelin hangar questions share',
  source: 'Q3 support report | our team | 2026',
};

async function teamFile(
  dir: string,
): Promise<{ entries?: { id: string }[]; changes?: { by: string; action: string }[] }> {
  return JSON.parse(await readFile(path.join(dir, 'team.json'), 'utf8'));
}

const answerId = (ctx: BotContext, question: string) =>
  ctx.kb.current().answer({ question }).answers[0]?.entry.id;

describe('/kb add', () => {
  it('writes the entry to team.json, reloads, answers with it and shows it as users will see it', async () => {
    const dir = await copyFixtureKb();
    const { ctx, records } = await makeContext({ kbDir: dir });
    const reply = await kbCommand.execute(request('add', ZEPPELIN), ctx);
    const text = replyToText(reply);
    expect(reply.cards[0]!.title).toBe(catalog('en').admin.kbEdit.added);
    expect(text).toContain('42%');
    expect(text).toContain('“Q3 support report”, our team, 2026');
    const file = await teamFile(dir);
    const id = file.entries![0]!.id;
    expect(id).toMatch(/^stat-in-our-q3-report/);
    expect(answerId(ctx, 'how many zeppelin passengers ask about the hangar')).toBe(id);
    expect(file.changes).toEqual([expect.objectContaining({ by: ADMIN.id, action: 'add', entryId: id })]);
    expect(records.some((r) => r.msg === 'knowledge base add by an admin' && r.by === ADMIN.id)).toBe(true);
  });

  it('with fields missing opens the form in the admin’s language, filled with what was given', async () => {
    const { ctx } = await makeContext({ kbDir: await copyFixtureKb() });
    const reply = await kbCommand.execute(
      { ...request('add', { text: 'Tekst' }), user: { ...ADMIN, locale: 'pl' } },
      ctx,
    );
    expect(reply.form?.customId).toBe('kb:add:pl');
    expect(reply.form?.title).toBe(catalog('pl').admin.kbEdit.addTitle);
    expect(reply.form?.inputs.map((i) => [i.id, i.label, i.value])).toEqual([
      ['kind', catalog('pl').admin.kbEdit.labels.kind, undefined],
      ['topics', catalog('pl').admin.kbEdit.labels.topics, undefined],
      ['text', catalog('pl').admin.kbEdit.labels.text, 'Tekst'],
      ['phrasings', catalog('pl').admin.kbEdit.labels.phrasings, undefined],
      ['source', catalog('pl').admin.kbEdit.labels.source, undefined],
    ]);
  });

  const refusals: [string, Record<string, string>, (lang: Lang) => Promise<FormProblem>][] = [
    [
      'an unknown topic',
      { topics: 'zeppelins' },
      async () => ({
        field: 'topics',
        code: 'unknown_topic_name',
        word: 'zeppelins',
        topics: (await readKbFile(FIXTURE_KB_DIR, 'topics.json')).topics!.map((t) => t.id),
      }),
    ],
    [
      'an unknown kind',
      { kind: 'poem' },
      async () => ({ field: 'kind', code: 'unknown_kind', word: 'poem', kinds: [...KINDS] }),
    ],
    [
      'a statistic without its figure',
      { kind: 'statistic' },
      async () => ({ field: 'figure', code: 'statistic_needs_figure' }),
    ],
    [
      'an address that is not one',
      { source: 'Report | our team | ftp://x' },
      async () => ({ field: 'source.url', code: 'bad_url' }),
    ],
    [
      'a text over 700 characters',
      { text: 'z'.repeat(701) },
      // The form writes the admin's language.
      async (lang) => ({ field: `text.${lang}`, code: 'too_long', max: 700 }),
    ],
  ];
  it.each(
    LANGS.flatMap((lang) =>
      refusals.map(([name, change, problem]) => [name, lang, change, problem] as const),
    ),
  )(
    'refuses %s, saying why in the admin’s language (%s), and changes nothing',
    async (_name, lang, change, problem) => {
      const dir = await copyFixtureKb();
      const { ctx } = await makeContext({ kbDir: dir });
      const engine = ctx.kb.current();
      const form = { ...ZEPPELIN, ...change };
      const reply = await kbCommand.execute(
        { ...request('add', form), user: { ...ADMIN, locale: lang } },
        ctx,
      );
      const expected = await problem(lang);
      expect(reply.cards[0]!.title).toBe(catalog(lang).admin.kbEdit.notSaved);
      expect(replyToText(reply).split('\n')).toContain(`• ${expected.field}: ${kbIssueText(expected, lang)}`);
      expect(ctx.kb.current()).toBe(engine);
      await expect(readFile(path.join(dir, 'team.json'))).rejects.toThrow(/ENOENT/);
    },
  );

  it('refuses a non-admin: nothing is written', async () => {
    const dir = await copyFixtureKb();
    const { ctx } = await makeContext({ kbDir: dir });
    const reply = await kbCommand.execute(request('add', ZEPPELIN, MEMBER), ctx);
    expect(reply.cards[0]!.description).toBe(catalog('en').replies.errors.notAdmin);
    await expect(readFile(path.join(dir, 'team.json'))).rejects.toThrow(/ENOENT/);
  });
});

describe('/kb edit and /kb remove', () => {
  it('edit opens the form filled in; the submitted form changes the entry in its own file and the answers', async () => {
    const dir = await copyFixtureKb();
    const { ctx } = await makeContext({ kbDir: dir });
    await kbCommand.execute(request('add', ZEPPELIN), ctx);
    const id = (await teamFile(dir)).entries![0]!.id;
    const opened = await kbCommand.execute(request('edit', { id }), ctx);
    expect(opened.form?.customId).toBe(`kb:edit:en:${id}`);
    const fields = Object.fromEntries(opened.form!.inputs.map((i) => [i.id, i.value ?? '']));
    expect(fields).toMatchObject({
      kind: 'statistic: 42%',
      topics: 'complaints',
      source: 'Q3 support report | our team | 2026',
    });
    const reply = await kbCommand.form!(
      {
        args: ['edit', 'en', id],
        user: ADMIN,
        guildId: GUILD,
        fields: { ...fields, kind: 'statistic: 57%' },
      },
      ctx,
    );
    expect(reply.cards[0]!.title).toBe(catalog('en').admin.kbEdit.edited);
    expect(JSON.stringify((await teamFile(dir)).entries)).toContain('57%');
    expect(ctx.kb.current().kb.entry(id)?.figure).toBe('57%');
  });

  it('edit of an unknown id changes nothing and says so', async () => {
    const { ctx } = await makeContext({ kbDir: await copyFixtureKb() });
    const reply = await kbCommand.execute(request('edit', { id: 'no-such-entry' }), ctx);
    expect(reply.form).toBeUndefined();
    expect(replyToText(reply)).toContain('no-such-entry');
  });

  it('remove asks first; the button removes the entry from its file and from the answers', async () => {
    const dir = await copyFixtureKb();
    const { ctx } = await makeContext({ kbDir: dir });
    await kbCommand.execute(request('add', ZEPPELIN), ctx);
    const id = (await teamFile(dir)).entries![0]!.id;
    const asked = await kbCommand.execute(request('remove', { id }), ctx);
    expect(asked.buttons?.map((b) => b.customId)).toEqual([`kb:remove:${id}`, `kb:keep:${id}`]);
    expect(ctx.kb.current().kb.entry(id)).toBeDefined();
    const reply = await kbCommand.button!({ args: ['remove', id], user: ADMIN, guildId: GUILD }, ctx);
    expect(reply.cards[0]!.title).toBe(catalog('en').admin.kbEdit.removed);
    expect((await teamFile(dir)).entries).toEqual([]);
    expect(ctx.kb.current().kb.entry(id)).toBeUndefined();
    expect((await teamFile(dir)).changes?.map((c) => c.action)).toEqual(['add', 'remove']);
  });

  it('the remove button refuses a non-admin', async () => {
    const dir = await copyFixtureKb();
    const { ctx } = await makeContext({ kbDir: dir });
    await kbCommand.execute(request('add', ZEPPELIN), ctx);
    const id = (await teamFile(dir)).entries![0]!.id;
    const reply = await kbCommand.button!({ args: ['remove', id], user: MEMBER, guildId: GUILD }, ctx);
    expect(reply.cards[0]!.description).toBe(catalog('en').replies.errors.notAdmin);
    expect(ctx.kb.current().kb.entry(id)).toBeDefined();
  });
});

describe('/kb inbox', () => {
  const QUESTION = 'how many zeppelin passengers ask about the hangar';

  async function withDeclinedQuestion() {
    const dir = await copyFixtureKb();
    const made = await makeContext({ kbDir: dir });
    await recordQuestion(made.ctx.store, {
      at: new Date(),
      guildId: GUILD,
      question: QUESTION,
      lang: 'en',
      answered: false,
      confidence: 0.1,
    });
    return { dir, ...made };
  }

  it('lists a declined question with a menu of closest entries, new entry and ignore', async () => {
    const { ctx } = await withDeclinedQuestion();
    const reply = await kbCommand.execute(request('inbox'), ctx);
    expect(reply.cards[0]!.fields?.[0]?.name).toBe(`1. ${QUESTION}`);
    const menu = reply.selects![0]!;
    expect(menu.customId).toBe(`kb:teach:${inboxKey(QUESTION)}`);
    expect(menu.options.slice(-2).map((o) => o.value)).toEqual(['+new', '+ignore']);
  });

  it('choosing an entry adds the question as its phrasing on disk; it is then answered and leaves the inbox', async () => {
    const { dir, ctx } = await withDeclinedQuestion();
    const target = 'stat-switch-after-bad-service';
    const file = 'facts.json';
    const reply = await kbCommand.select!(
      { args: ['teach', inboxKey(QUESTION)], values: [target], user: ADMIN, guildId: GUILD },
      ctx,
    );
    expect(reply.cards[0]!.title).toBe(catalog('en').admin.kbEdit.taught);
    expect(await readFile(path.join(dir, file), 'utf8')).toContain(QUESTION);
    expect(answerId(ctx, QUESTION)).toBe(target);
    const after = await kbCommand.execute(request('inbox'), ctx);
    expect(replyToText(after)).toBe(
      replyToText({
        cards: [
          {
            title: catalog('en').admin.inbox.title,
            description: catalog('en').admin.inbox.empty,
            tone: 'admin',
          },
        ],
      }),
    );
  });

  it('"new entry" opens the add form with the question as its first way of asking', async () => {
    const { ctx } = await withDeclinedQuestion();
    const reply = await kbCommand.select!(
      { args: ['teach', inboxKey(QUESTION)], values: ['+new'], user: ADMIN, guildId: GUILD },
      ctx,
    );
    expect(reply.form?.customId).toBe(`kb:add:en:${inboxKey(QUESTION)}`);
    expect(reply.form?.inputs.find((i) => i.id === 'phrasings')?.value).toBe(QUESTION);
  });

  it('"ignore" dismisses the question (kept in team.json) and the inbox is empty', async () => {
    const { dir, ctx } = await withDeclinedQuestion();
    await kbCommand.select!(
      { args: ['teach', inboxKey(QUESTION)], values: ['+ignore'], user: ADMIN, guildId: GUILD },
      ctx,
    );
    expect(JSON.parse(await readFile(path.join(dir, 'team.json'), 'utf8')).ignoredQuestions).toEqual([
      QUESTION,
    ]);
    const after = await kbCommand.execute(request('inbox'), ctx);
    expect(after.selects ?? []).toEqual([]);
  });

  it('refuses a non-admin', async () => {
    const { ctx } = await withDeclinedQuestion();
    const reply = await kbCommand.select!(
      { args: ['teach', inboxKey(QUESTION)], values: ['+ignore'], user: MEMBER, guildId: GUILD },
      ctx,
    );
    expect(reply.cards[0]!.description).toBe(catalog('en').replies.errors.notAdmin);
  });
});
