// /kb reload end to end: an admin edits the bot's knowledge-base folder (a temp copy of the fixture knowledge base),
// reloads, and /ask answers from the new knowledge base; a broken edit is refused, its problems worded in the
// admin's language, and the old knowledge base keeps answering. Every text is checked through the catalog.
import { richMarkdown } from '../../src/discord/to-discord-message.js';
import { catalog } from '../../src/i18n/catalog.js';
import { parseKbFile } from '../../src/kb/parse-file.js';
import type { KbProblem } from '../../src/kb/problems.js';
import { kbProblemRich } from '../../src/render/kb-problem-text.js';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS, type Entry, type Lang } from '../../src/kb/schema.js';
import { click, command, useTestBot } from './helpers/interact.js';
import { logsWithMsg } from './helpers/start-test-bot.js';

const bot = useTestBot();
const fake = () => bot().fake;
const en = catalog('en');
const FILE = 'tips.json';
/** A problem as the Discord renderer shows it in a /kb reply: a bullet, then the place and the message. */
const shown = (problem: KbProblem, lang: Lang) => `• ${richMarkdown(kbProblemRich(problem, lang))}`;

const NEW_ID = 'tip-welcome-zeppelin-passengers-e2e';
const NEW_QUESTION = 'how do we welcome customers arriving by zeppelin';
const NEW_ENTRY: Entry = {
  id: NEW_ID,
  kind: 'tip',
  topics: ['empathy'],
  text: {
    pl: 'Witaj pasażerów sterowca przy maszcie cumowniczym ciepłym napojem i jasną mapą punktu obsługi.',
    en: 'Welcome zeppelin passengers at the mooring mast with a warm drink and a clear map of the help desk.',
    ru: 'Встречайте пассажиров дирижабля у причальной мачты тёплым напитком и понятной картой стойки помощи.',
  },
  phrasings: {
    pl: ['jak witać klientów przylatujących sterowcem'],
    en: [NEW_QUESTION],
    ru: ['как встречать клиентов, прилетающих на дирижабле'],
  },
  source: { title: 'Zeppelin hospitality (e2e test entry)' },
};

/** The entry ids an answer's buttons name. */
const entryIdsOf = (answer: Awaited<ReturnType<typeof command>>) =>
  answer.buttons.map((b) => b.custom_id.split(':')[2]);

async function appendEntry(file: string, entry: Entry): Promise<void> {
  const full = path.join(bot().kbDir, file);
  const content = JSON.parse(await readFile(full, 'utf8')) as { entries: Entry[] };
  content.entries.push(entry);
  await writeFile(full, `${JSON.stringify(content, null, 2)}\n`, 'utf8');
}

describe('an entry appended to a knowledge-base file', () => {
  let entriesBefore: number;

  beforeAll(async () => {
    entriesBefore = bot().ctx.kb.current().kb.entries.length;
    await appendEntry(FILE, NEW_ENTRY);
  });

  it('changes no answer until an admin reloads', async () => {
    const answer = await command(fake(), { name: 'ask', options: { question: NEW_QUESTION } });
    expect(entryIdsOf(answer)).not.toContain(NEW_ID);
  });

  it('/kb reload by an admin reports it as added', async () => {
    const answer = await command(fake(), { name: 'kb', subcommand: 'reload', user: 'admin' });
    expect(answer.ephemeral).toBe(true);
    expect(answer.embed.title).toBe(en.admin.kbReport.reloaded);
    const topics = bot().ctx.kb.current().kb.topics.length;
    expect(answer.embed.description).toBe(en.admin.kbReport.counts(entriesBefore + 1, topics));
    expect(answer.embed.fields).toEqual([{ name: `${en.admin.kbReport.added} (1)`, value: `\`${NEW_ID}\`` }]);
    expect(logsWithMsg(bot().logs, 'knowledge base reloaded').at(-1)).toMatchObject({
      source: 'command',
      added: [NEW_ID],
    });
  });

  it('/ask with its phrasing then answers from the new entry', async () => {
    const answer = await command(fake(), { name: 'ask', options: { question: NEW_QUESTION } });
    expect(answer.embed.title).toBe(`💡 ${en.replies.kinds.tip}`);
    expect(answer.embed.description).toContain(NEW_ENTRY.text.en);
    expect(answer.embed.footer?.text.startsWith(`${en.replies.entry.source}: `)).toBe(true);
    expect(answer.embed.footer?.text).toContain(NEW_ENTRY.source.title);
    expect(entryIdsOf(answer)).toContain(NEW_ID);
  });

  it('/ask with its Polish phrasing answers from it in Polish', async () => {
    const answer = await command(fake(), {
      name: 'ask',
      options: { question: 'jak witać klientów przylatujących sterowcem' },
    });
    expect(answer.embed.description).toContain(NEW_ENTRY.text.pl);
  });
});

describe('an entry removed from a knowledge-base file', () => {
  let messageId: string;

  beforeAll(async () => {
    // An answer from the entry added above, whose buttons outlive the entry.
    const answer = await command(fake(), { name: 'ask', options: { question: NEW_QUESTION } });
    expect(entryIdsOf(answer)).toContain(NEW_ID);
    messageId = answer.messageId!;
    const full = path.join(bot().kbDir, FILE);
    const content = JSON.parse(await readFile(full, 'utf8')) as { entries: Entry[] };
    content.entries = content.entries.filter((e) => e.id !== NEW_ID);
    await writeFile(full, `${JSON.stringify(content, null, 2)}\n`, 'utf8');
  });

  it('/kb reload reports it as removed', async () => {
    const answer = await command(fake(), { name: 'kb', subcommand: 'reload', user: 'admin' });
    expect(answer.embed.title).toBe(en.admin.kbReport.reloaded);
    expect(answer.embed.fields).toEqual([
      { name: `${en.admin.kbReport.removed} (1)`, value: `\`${NEW_ID}\`` },
    ]);
  });

  it('a language button under an older answer from it says the entry is gone', async () => {
    const reply = await click(fake(), { customId: `ask:lang:${NEW_ID}:pl`, messageId, locale: 'pl' });
    expect(reply.ephemeral).toBe(true);
    expect(reply.data.content).toBe(catalog('pl').replies.votes.gone);
  });
});

describe('a broken knowledge-base file', () => {
  const BROKEN = 'zz-broken-e2e.json';
  const BROKEN_QUESTION = 'how to calm a customer who only speaks in riddles';

  beforeAll(async () => {
    const { source: _source, ...withoutSource } = {
      ...NEW_ENTRY,
      id: 'tip-riddles-e2e',
      text: { pl: 'Zagadki (pl).', en: 'Answer riddles with riddles.', ru: 'Загадки (ru).' },
      phrasings: { pl: ['zagadki'], en: [BROKEN_QUESTION], ru: ['загадки'] },
    };
    await writeFile(path.join(bot().kbDir, BROKEN), JSON.stringify({ entries: [withoutSource] }), 'utf8');
  });
  afterAll(async () => {
    await rm(path.join(bot().kbDir, BROKEN), { force: true });
  });

  const MISSING_SOURCE: KbProblem = {
    file: BROKEN,
    entryId: 'tip-riddles-e2e',
    field: 'source',
    code: 'missing',
  };

  it.each(LANGS)(
    '/kb reload refuses it and lists the problem with the file, the entry and the field, in the admin’s language (%s)',
    async (lang) => {
      const answer = await command(fake(), { name: 'kb', subcommand: 'reload', user: 'admin', locale: lang });
      const words = catalog(lang).admin.kbReport;
      expect(answer.ephemeral).toBe(true);
      expect(answer.embed.title).toBe(words.refused);
      expect(answer.embed.description?.split('\n')).toEqual([words.problems(1), shown(MISSING_SOURCE, lang)]);
    },
  );

  it('logs the refused reload with every problem', () => {
    const [line] = logsWithMsg(bot().logs, /^knowledge base reload refused: 1 problem\(s\)/).slice(-1);
    expect(line).toMatchObject({ level: 50, source: 'command', apply: true });
    expect(line?.problems).toEqual([MISSING_SOURCE]);
  });

  it('/ask still answers from the previous knowledge base', async () => {
    const answer = await command(fake(), {
      name: 'ask',
      options: { question: 'how many customers complain?' },
    });
    expect(answer.embed.title).toBe(`📊 ${en.replies.kinds.statistic}`);
    const broken = await command(fake(), { name: 'ask', options: { question: BROKEN_QUESTION } });
    expect(entryIdsOf(broken)).not.toContain('tip-riddles-e2e');
  });

  it('/kb reload refuses a file that is not valid JSON, naming it', async () => {
    const file = path.join(bot().kbDir, 'zz-not-json-e2e.json');
    const text = '{ "entries": [ ';
    await writeFile(file, text, 'utf8');
    try {
      const answer = await command(fake(), { name: 'kb', subcommand: 'reload', user: 'admin', locale: 'ru' });
      const [problem] = parseKbFile('zz-not-json-e2e.json', text).problems;
      expect(problem).toMatchObject({ code: 'invalid_json', line: 1, column: 16 });
      expect(answer.embed.title).toBe(catalog('ru').admin.kbReport.refused);
      expect(answer.embed.description?.split('\n')).toContain(shown(problem!, 'ru'));
    } finally {
      await rm(file, { force: true });
    }
  });
});

describe('who may reload', () => {
  it('refuses /kb reload to a member who is not an admin, and keeps the knowledge base', async () => {
    const before = bot().ctx.kb.current();
    const answer = await command(fake(), { name: 'kb', subcommand: 'reload', user: 'member' });
    expect(answer.ephemeral).toBe(true);
    expect(answer.embed.title).toBe('⛔');
    expect(answer.embed.description).toBe(en.replies.errors.notAdmin);
    expect(bot().ctx.kb.current()).toBe(before);
  });

  it('refuses a Polish member in Polish', async () => {
    const answer = await command(fake(), { name: 'kb', subcommand: 'reload', user: 'member', locale: 'pl' });
    expect(answer.embed.description).toBe(catalog('pl').replies.errors.notAdmin);
  });

  it('lets an admin check the files with /kb validate without switching', async () => {
    const before = bot().ctx.kb.current();
    const answer = await command(fake(), { name: 'kb', subcommand: 'validate', user: 'admin' });
    expect(answer.embed.title).toBe(en.admin.kbReport.valid);
    expect(bot().ctx.kb.current()).toBe(before);
  });
});
