// The team's own knowledge base end to end, with the real discord.js client against the fake Discord: /kb add
// opens a modal, its submission is written to team.json and answered from; a Polish-only entry reaches an English
// speaker marked "only in Polish"; edit, remove and the inbox's menu change the files and the answers; bad values
// and non-admins change nothing.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/i18n/catalog.js';
import { inboxKey } from '../../src/kb-admin/inbox.js';
import { recordQuestion } from '../../src/state/feedback.js';
import { choose, click, command, submitModal, useTestBot, type Answer } from './helpers/interact.js';

const bot = useTestBot();
const fake = () => bot().fake;
const en = catalog('en');
const pl = catalog('pl');

const TEAM_FORM = {
  kind: 'statistic: 42%',
  topics: 'complaints',
  text: 'In our Q3 report 42% of zeppelin passengers asked about the hangar before boarding.',
  phrasings: 'how many zeppelin passengers ask about the hangar\nzeppelin hangar questions share',
  source: 'Q3 support report | our team | 2026',
};

async function teamFile(): Promise<{ entries: { id: string; text: Record<string, string> }[] }> {
  return JSON.parse(await readFile(path.join(bot().kbDir, 'team.json'), 'utf8'));
}

const modalOf = (answer: Answer) => {
  expect(answer.callback.type).toBe(9);
  return answer.data as {
    custom_id: string;
    title: string;
    components: { components: { custom_id: string; label: string; value?: string }[] }[];
  };
};
const inputsOf = (answer: Answer) =>
  Object.fromEntries(
    modalOf(answer).components.map((row) => [row.components[0]!.custom_id, row.components[0]!]),
  );

const ask = (question: string, extra: Record<string, string> = {}) =>
  command(fake(), { name: 'ask', options: { question, ...extra } });

describe('/kb add', () => {
  it('opens a modal in the admin’s language with kind, topics, text, ways of asking and source', async () => {
    const answer = await command(fake(), { name: 'kb', subcommand: 'add', user: 'admin', locale: 'pl' });
    const modal = modalOf(answer);
    expect(modal.custom_id).toBe('kb:add:pl');
    expect(modal.title).toBe(pl.admin.kbEdit.addTitle);
    expect(Object.values(inputsOf(answer)).map((i) => i.label)).toEqual(
      Object.values(pl.admin.kbEdit.labels),
    );
  });

  it('an entry from the team’s own source goes live: written to team.json, answered, shown as users see it', async () => {
    const saved = await submitModal(fake(), { customId: 'kb:add:en', fields: TEAM_FORM, user: 'admin' });
    expect(saved.ephemeral).toBe(true);
    expect(saved.embeds.map((e) => e.title)).toEqual([en.admin.kbEdit.added, '📊 Statistic']);
    expect(saved.embeds[1]!.footer?.text).toBe('Source: “Q3 support report”, our team, 2026');
    const id = (await teamFile()).entries[0]!.id;
    const answer = await ask('how many zeppelin passengers ask about the hangar');
    expect(answer.embed.description).toContain(TEAM_FORM.text);
    expect(answer.buttons.map((b) => b.custom_id)).toContain(`ask:vote:${id}:up`);
  });

  it('a bad value changes nothing and says why', async () => {
    const before = JSON.stringify(await teamFile());
    const engine = bot().ctx.kb.current();
    const refused = await submitModal(fake(), {
      customId: 'kb:add:en',
      fields: { ...TEAM_FORM, topics: 'zeppelins' },
      user: 'admin',
    });
    expect(refused.embed.title).toBe(en.admin.kbEdit.notSaved);
    expect(refused.embed.description).toContain('topic "zeppelins" does not exist');
    expect(JSON.stringify(await teamFile())).toBe(before);
    expect(bot().ctx.kb.current()).toBe(engine);
  });

  it('refuses a member who is not an admin, for the command and for a forged form', async () => {
    const asCommand = await command(fake(), { name: 'kb', subcommand: 'add', user: 'member' });
    expect(asCommand.embed.description).toBe(en.replies.errors.notAdmin);
    const before = JSON.stringify(await teamFile());
    const asForm = await submitModal(fake(), { customId: 'kb:add:en', fields: TEAM_FORM, user: 'member' });
    expect(asForm.embed.description).toBe(en.replies.errors.notAdmin);
    expect(JSON.stringify(await teamFile())).toBe(before);
  });
});

describe('an entry written only in Polish', () => {
  const POLISH = {
    kind: 'wskazówka',
    topics: 'Skargi',
    text: 'Po każdej reklamacji sterowcowej zadzwoń do klienta następnego dnia i zapytaj, czy wszystko gra.',
    phrasings: 'kiedy oddzwonić po reklamacji sterowca',
    source: 'Podręcznik zespołu | nasz zespół',
  };

  it('is added by a Polish admin and found in Polish', async () => {
    const saved = await submitModal(fake(), {
      customId: 'kb:add:pl',
      fields: POLISH,
      user: 'admin',
      locale: 'pl',
    });
    expect(saved.embed.title).toBe(pl.admin.kbEdit.added);
    const answer = await ask('kiedy oddzwonić po reklamacji sterowca');
    expect(answer.embed.description).toContain(POLISH.text);
    expect(answer.embed.title).toBe(`💡 ${pl.replies.kinds.tip}`);
  });

  it('is shown to an English speaker in Polish, marked "only in Polish"', async () => {
    const answer = await ask('kiedy oddzwonić po reklamacji sterowca', { language: 'en' });
    expect(answer.embed.title).toBe(`💡 ${en.replies.kinds.tip} (${en.replies.entry.onlyIn.pl})`);
    expect(answer.embed.description).toContain(POLISH.text);
    // No "same entry in English / Russian" buttons: it has no such text.
    expect(answer.buttons.filter((b) => b.custom_id.startsWith('ask:lang:'))).toEqual([]);
  });
});

describe('/kb edit and /kb remove', () => {
  it('edit autocompletes the id, opens the filled-in modal, and the submission changes file and answers', async () => {
    const id = (await teamFile()).entries[0]!.id;
    const opened = await command(fake(), { name: 'kb', subcommand: 'edit', options: { id }, user: 'admin' });
    const inputs = inputsOf(opened);
    expect(inputs.kind?.value).toBe('statistic: 42%');
    const fields = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.value ?? '']));
    const saved = await submitModal(fake(), {
      customId: modalOf(opened).custom_id,
      fields: { ...fields, kind: 'statistic: 57%', text: TEAM_FORM.text.replace('42%', '57%') },
      user: 'admin',
    });
    expect(saved.embeds[0]!.title).toBe(en.admin.kbEdit.edited);
    expect((await teamFile()).entries[0]!.text.en).toContain('57%');
    const answer = await ask('how many zeppelin passengers ask about the hangar');
    expect(answer.embed.description).toContain('57%');
  });

  it('remove asks with a button; the button removes it from the file and the answers', async () => {
    const id = (await teamFile()).entries[0]!.id;
    const asked = await command(fake(), { name: 'kb', subcommand: 'remove', options: { id }, user: 'admin' });
    expect(asked.buttons.map((b) => b.custom_id)).toEqual([`kb:remove:${id}`, `kb:keep:${id}`]);
    const done = await click(fake(), {
      customId: `kb:remove:${id}`,
      messageId: asked.messageId!,
      user: 'admin',
    });
    expect(done.embed.title).toBe(en.admin.kbEdit.removed);
    expect((await teamFile()).entries.map((e) => e.id)).not.toContain(id);
    const answer = await ask('how many zeppelin passengers ask about the hangar');
    expect(answer.buttons.map((b) => b.custom_id)).not.toContain(`ask:vote:${id}:up`);
  });
});

describe('/kb inbox', () => {
  const QUESTION = 'do zeppelin tickets include the hangar tour';

  it('offers the declined question with a menu; choosing an entry teaches it, and it leaves the inbox', async () => {
    await recordQuestion(bot().ctx.store, {
      at: new Date(),
      guildId: bot().fake.world.guilds[0]!.id,
      question: QUESTION,
      lang: 'en',
      answered: false,
      confidence: 0.05,
    });
    const inbox = await command(fake(), { name: 'kb', subcommand: 'inbox', user: 'admin' });
    const position = inbox.embed.fields?.findIndex((f) => f.name.endsWith(`. ${QUESTION}`)) ?? -1;
    expect(position).toBeGreaterThanOrEqual(0);
    const rows = inbox.data.components as { components: { custom_id: string; type: number }[] }[];
    expect(rows[position]!.components[0]).toMatchObject({
      type: 3,
      custom_id: `kb:teach:${inboxKey(QUESTION)}`,
    });
    const target = 'stat-switch-after-bad-service';
    const taught = await choose(fake(), {
      customId: `kb:teach:${inboxKey(QUESTION)}`,
      values: [target],
      messageId: inbox.messageId!,
      user: 'admin',
    });
    expect(taught.embed.title).toBe(en.admin.kbEdit.taught);
    expect(await readFile(path.join(bot().kbDir, 'facts.json'), 'utf8')).toContain(QUESTION);
    const answer = await ask(QUESTION);
    expect(answer.buttons.map((b) => b.custom_id)).toContain(`ask:vote:${target}:up`);
    const after = await command(fake(), { name: 'kb', subcommand: 'inbox', user: 'admin' });
    expect(after.embed.fields?.map((f) => f.name) ?? []).not.toContainEqual(
      expect.stringContaining(QUESTION),
    );
  });

  it('refuses a member who is not an admin', async () => {
    const answer = await command(fake(), { name: 'kb', subcommand: 'inbox', user: 'member' });
    expect(answer.embed.description).toBe(en.replies.errors.notAdmin);
  });
});
