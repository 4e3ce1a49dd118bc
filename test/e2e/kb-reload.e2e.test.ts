// /kb reload end to end: an admin edits the bot's knowledge-base folder (a temp copy of data/kb), reloads, and
// /ask answers from the new knowledge base; a broken edit is refused and the old knowledge base keeps answering.
import { catalog } from '../../src/i18n/catalog.js';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/kb/schema.js';
import { click, command, useTestBot } from './helpers/interact.js';
import { logsWithMsg } from './helpers/start-test-bot.js';

const bot = useTestBot();
const fake = () => bot().fake;

const NEW_ID = 'tip-welcome-zeppelin-passengers-e2e';
const NEW_QUESTION = 'how do we welcome customers arriving by zeppelin';
const NEW_ENTRY: Entry = {
  id: NEW_ID,
  kind: 'tip',
  topics: ['communication'],
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
    await appendEntry('article-002-part2.json', NEW_ENTRY);
  });

  it('changes no answer until an admin reloads', async () => {
    const answer = await command(fake(), { name: 'ask', options: { question: NEW_QUESTION } });
    expect(entryIdsOf(answer)).not.toContain(NEW_ID);
  });

  it('/kb reload by an admin reports it as added', async () => {
    const answer = await command(fake(), { name: 'kb', subcommand: 'reload', user: 'admin' });
    expect(answer.ephemeral).toBe(true);
    expect(answer.embed.title).toBe('✅ Knowledge base reloaded');
    expect(answer.embed.description).toBe(`${entriesBefore + 1} entries, 31 topics.`);
    expect(answer.embed.fields).toEqual([{ name: 'Added (1)', value: `\`${NEW_ID}\`` }]);
    expect(logsWithMsg(bot().logs, 'knowledge base reloaded').at(-1)).toMatchObject({
      source: 'command',
      added: [NEW_ID],
    });
  });

  it('/ask with its phrasing then answers from the new entry', async () => {
    const answer = await command(fake(), { name: 'ask', options: { question: NEW_QUESTION } });
    expect(answer.embed.title).toBe('💡 Tip');
    expect(answer.embed.description).toContain(NEW_ENTRY.text.en);
    expect(answer.embed.footer?.text).toBe('Source: “Zeppelin hospitality (e2e test entry)”');
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
    const full = path.join(bot().kbDir, 'article-002-part2.json');
    const content = JSON.parse(await readFile(full, 'utf8')) as { entries: Entry[] };
    content.entries = content.entries.filter((e) => e.id !== NEW_ID);
    await writeFile(full, `${JSON.stringify(content, null, 2)}\n`, 'utf8');
  });

  it('/kb reload reports it as removed', async () => {
    const answer = await command(fake(), { name: 'kb', subcommand: 'reload', user: 'admin' });
    expect(answer.embed.title).toBe('✅ Knowledge base reloaded');
    expect(answer.embed.fields).toEqual([{ name: 'Removed (1)', value: `\`${NEW_ID}\`` }]);
  });

  it('a language button under an older answer from it says the entry is gone', async () => {
    const reply = await click(fake(), { customId: `ask:lang:${NEW_ID}:pl`, messageId, locale: 'pl' });
    expect(reply.ephemeral).toBe(true);
    expect(reply.data.content).toBe('Tego wpisu nie ma już w bazie wiedzy.');
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

  it('/kb reload refuses it and lists the problem with the file and the entry', async () => {
    const answer = await command(fake(), { name: 'kb', subcommand: 'reload', user: 'admin' });
    expect(answer.ephemeral).toBe(true);
    expect(answer.embed.title).toBe('❌ Reload refused: still answering from the previous knowledge base');
    const [count, ...problems] = answer.embed.description?.split('\n') ?? [];
    expect(count).toBe(catalog('en').admin.kbReport.problems(1));
    expect(problems).toEqual([
      expect.stringMatching(/^• zz-broken-e2e\.json, entry "tip-riddles-e2e", field source: /),
    ]);
  });

  it('logs the refused reload with every problem', () => {
    const [line] = logsWithMsg(bot().logs, /^knowledge base reload refused: 1 problem\(s\)/).slice(-1);
    expect(line).toMatchObject({ level: 50, source: 'command', apply: true });
    expect(line?.problems).toEqual([expect.stringContaining('zz-broken-e2e.json')]);
  });

  it('/ask still answers from the previous knowledge base', async () => {
    const answer = await command(fake(), {
      name: 'ask',
      options: { question: 'how many customers complain?' },
    });
    expect(answer.embed.title).toBe('📊 Statistic');
    const broken = await command(fake(), { name: 'ask', options: { question: BROKEN_QUESTION } });
    expect(entryIdsOf(broken)).not.toContain('tip-riddles-e2e');
  });

  it('/kb reload refuses a file that is not valid JSON, naming it', async () => {
    const file = path.join(bot().kbDir, 'zz-not-json-e2e.json');
    await writeFile(file, '{ "entries": [ ', 'utf8');
    try {
      const answer = await command(fake(), { name: 'kb', subcommand: 'reload', user: 'admin' });
      expect(answer.embed.title).toBe('❌ Reload refused: still answering from the previous knowledge base');
      expect(answer.embed.description).toMatch(
        /^• zz-not-json-e2e\.json: invalid JSON at line 1, column 16: /m,
      );
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
    expect(answer.embed.description).toBe(
      'This command is for admins (the Manage Server permission or the bot admin role). Nothing was changed.',
    );
    expect(bot().ctx.kb.current()).toBe(before);
  });

  it('refuses a Polish member in Polish', async () => {
    const answer = await command(fake(), { name: 'kb', subcommand: 'reload', user: 'member', locale: 'pl' });
    expect(answer.embed.description).toMatch(/^Ta komenda jest dla administratorów/);
  });

  it('lets an admin check the files with /kb validate without switching', async () => {
    const before = bot().ctx.kb.current();
    const answer = await command(fake(), { name: 'kb', subcommand: 'validate', user: 'admin' });
    expect(answer.embed.title).toBe('✅ Knowledge base is valid (dry run: nothing was changed)');
    expect(bot().ctx.kb.current()).toBe(before);
  });
});
