// Every user command through real Discord interactions, in Polish, English and Russian: replies, autocomplete
// and the buttons under answers.
import { catalog } from '../../src/i18n/catalog.js';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/kb/schema.js';
import { autocomplete, click, command, fieldsOf, useTestBot, type Answer } from './helpers/interact.js';

const bot = useTestBot();

type Lang = 'pl' | 'en' | 'ru';
const LANGS: Lang[] = ['pl', 'en', 'ru'];
const LOCALE: Record<Lang, string> = { pl: 'pl', en: 'en-US', ru: 'ru' };
const LANGUAGE_NAME: Record<Lang, string> = { pl: 'Polish', en: 'English', ru: 'Russian' };
/** it.each rows: the language's name (the %s of the test's title), then its code. */
const IN_EACH_LANGUAGE = LANGS.map((lang) => [LANGUAGE_NAME[lang], lang] as const);

/** The words of the replies, taken from the bot's catalog: the tests check structure and meaning, not wording. */
function wordsOf(lang: Lang) {
  const { replies } = catalog(lang);
  return {
    ...replies.kinds,
    source: `${replies.entry.source}: `,
    topic: replies.entry.topic,
    figure: replies.entry.figure,
    helpful: replies.votes.helpful,
    notHelpful: replies.votes.notHelpful,
    topics: replies.topics.title,
    help: replies.help.title,
  };
}
const WORDS = { pl: wordsOf('pl'), en: wordsOf('en'), ru: wordsOf('ru') };
const LANGUAGE_BUTTON: Record<Lang, string> = { pl: 'Polski', en: 'English', ru: 'Русский' };

const others = (lang: Lang) => LANGS.filter((l) => l !== lang);
const kb = () => bot().ctx.kb.current().kb;

/** The knowledge-base entry an answer shows, read from the entry id its buttons carry. */
function entryOf(answer: Answer): Entry {
  const button = answer.buttons.find((b) => /^ask:(vote|lang):/.test(b.custom_id));
  const id = button?.custom_id.split(':')[2];
  const entry = id ? kb().entry(id) : undefined;
  if (!entry) throw new Error(`the reply names no knowledge-base entry: ${JSON.stringify(answer.buttons)}`);
  return entry;
}

function expectEntryCard(answer: Answer, entry: Entry, lang: Lang): void {
  expect(answer.embed.description).toContain(entry.text[lang]);
  expect(answer.embed.footer?.text.startsWith(WORDS[lang].source)).toBe(true);
  expect(answer.embed.footer?.text).toContain(entry.source.title);
  const topicNames = entry.topics.map((id) => kb().topic(id)?.names[lang]);
  expect(fieldsOf(answer.embed)[WORDS[lang].topic]).toBe(topicNames.join(', '));
}

describe('/ask', () => {
  const QUESTIONS: Record<Lang, string> = {
    pl: 'ile klientow narzeka?',
    en: 'how many customers complain?',
    ru: 'сколько клиентов жалуются?',
  };

  it.each(IN_EACH_LANGUAGE)(
    'answers a question asked in %s in that language, with its source',
    async (_language, lang) => {
      const answer = await command(bot().fake, { name: 'ask', options: { question: QUESTIONS[lang] } });
      expect(answer.callback.type).toBe(4);
      expect(answer.ephemeral).toBe(false);
      const entry = entryOf(answer);
      expect(answer.embed.title).toBe(`📊 ${WORDS[lang].statistic}`);
      expect(answer.embed.description?.startsWith(`> ❓ ${QUESTIONS[lang]}\n\n`)).toBe(true);
      expectEntryCard(answer, entry, lang);
    },
  );

  it.each(IN_EACH_LANGUAGE)(
    'puts vote buttons and buttons for the other languages under a %s answer',
    async (_language, lang) => {
      const answer = await command(bot().fake, { name: 'ask', options: { question: QUESTIONS[lang] } });
      const { id } = entryOf(answer);
      expect(answer.buttons.map((b) => [b.custom_id, b.label])).toEqual([
        [`ask:vote:${id}:up`, WORDS[lang].helpful],
        [`ask:vote:${id}:down`, WORDS[lang].notHelpful],
        ...others(lang).map((other) => [`ask:lang:${id}:${other}`, LANGUAGE_BUTTON[other]]),
      ]);
    },
  );

  it('posts the answer in the channel for everyone to see', async () => {
    const answer = await command(bot().fake, { name: 'ask', options: { question: QUESTIONS.en } });
    const inChannel = bot()
      .fake.channelMessages('general')
      .find((m) => m.id === answer.messageId);
    expect(inChannel?.embeds[0]?.title).toBe('📊 Statistic');
  });

  it('answers in the language chosen with the language option, whatever the question is written in', async () => {
    const answer = await command(bot().fake, {
      name: 'ask',
      options: { question: QUESTIONS.en, language: 'ru' },
    });
    expect(answer.embed.title).toBe(`📊 ${WORDS.ru.statistic}`);
    expectEntryCard(answer, entryOf(answer), 'ru');
  });

  it('answers a digits-only question in the language of a Polish user', async () => {
    const answer = await command(bot().fake, { name: 'ask', options: { question: '1 26' }, locale: 'pl' });
    const entry = entryOf(answer);
    expect(answer.embed.title).toBe(`📊 ${WORDS.pl.statistic}`);
    expectEntryCard(answer, entry, 'pl');
  });

  it('says it does not know, and lists topics, when the knowledge base has no answer', async () => {
    const answer = await command(bot().fake, {
      name: 'ask',
      options: { question: 'how do I bake sourdough bread?' },
    });
    expect(answer.embed.title).toBe("🤷 I don't know — the knowledge base has no answer to that.");
    const lines = answer.embed.description?.split('\n') ?? [];
    expect(lines).toContain('Maybe one of these topics helps:');
    const bullets = lines.filter((l) => l.startsWith('• ')).map((l) => l.slice(2));
    expect(bullets.length).toBeGreaterThan(0);
    const topicNames = kb().topics.map((t) => t.names.en);
    for (const name of bullets) expect(topicNames).toContain(name);
  });

  it.each(IN_EACH_LANGUAGE)(
    'under a %s decline, offers the entry the question matched but that does not say what it asks, with a button that opens it',
    async (_language, lang) => {
      const QUESTION: Record<Lang, string> = {
        pl: 'w którym roku testowy bank oddzwaniał do klientów?',
        en: 'in what year did the test bank call back its customers?',
        ru: 'в каком году тестовый банк перезванивал клиентам?',
      };
      const answer = await command(bot().fake, { name: 'ask', options: { question: QUESTION[lang] } });
      const words = catalog(lang).replies.answer;
      expect(answer.embed.title).toBe(`🤷 ${words.noAnswer}`);
      const nearby = fieldsOf(answer.embed)[words.nearby] ?? '';
      const bank = kb().entry('case-callback-bank')!;
      expect(nearby).toContain(bank.text[lang]!.slice(0, 30));
      expect(answer.buttons.map((b) => [b.custom_id, b.label])).toEqual([
        [`ask:show:${bank.id}:${lang}`, words.open(1)],
      ]);
      const opened = await click(bot().fake, {
        customId: `ask:show:${bank.id}:${lang}`,
        messageId: answer.messageId!,
        user: 'member',
      });
      expect(opened.ephemeral).toBe(true);
      expectEntryCard(opened, bank, lang);
      expect(opened.buttons.map((b) => b.custom_id)).toContain(`ask:vote:${bank.id}:up`);
    },
  );

  it('offers no vote buttons under a declined question', async () => {
    const answer = await command(bot().fake, {
      name: 'ask',
      options: { question: 'how do I bake sourdough bread?' },
    });
    expect(answer.buttons.filter((b) => b.custom_id.startsWith('ask:vote:'))).toEqual([]);
  });

  it('answers in a direct message with the bot', async () => {
    const answer = await command(bot().fake, {
      name: 'ask',
      options: { question: QUESTIONS.ru },
      dm: true,
    });
    expect(answer.callback.type).toBe(4);
    expect(answer.embed.title).toBe(`📊 ${WORDS.ru.statistic}`);
    expectEntryCard(answer, entryOf(answer), 'ru');
  });

  it('answers privately when asked to', async () => {
    const answer = await command(bot().fake, {
      name: 'ask',
      options: { question: QUESTIONS.en, private: true },
    });
    expect(answer.ephemeral).toBe(true);
    expect(answer.embed.title).toBe('📊 Statistic');
  });
});

describe('/tip, /stat, /define, /quote, /topics, /help', () => {
  it.each(IN_EACH_LANGUAGE)(
    '/tip gives a %s user a tip in their language, with its source',
    async (_language, lang) => {
      const answer = await command(bot().fake, { name: 'tip', locale: LOCALE[lang] });
      const entry = entryOf(answer);
      expect(entry.kind).toBe('tip');
      expect(answer.embed.title).toBe(`💡 ${WORDS[lang].tip}`);
      expect(answer.embed.description).toBe(entry.text[lang]);
      expectEntryCard(answer, entry, lang);
      expect(answer.buttons.map((b) => b.custom_id)).toEqual(
        others(lang).map((other) => `ask:lang:${entry.id}:${other}`),
      );
    },
  );

  /** Topic names as a person types them in each language (the free-text path of the topic option). */
  const TYPED_TOPIC: Record<Lang, { complaints: string; churn: string }> = {
    pl: { complaints: 'skargi', churn: 'odejścia klientów' },
    en: { complaints: 'complaints', churn: 'churn' },
    ru: { complaints: 'жалобы', churn: 'отток клиентов' },
  };

  it.each(IN_EACH_LANGUAGE)(
    '/tip with a topic typed in %s gives a tip on that topic in that language',
    async (_language, lang) => {
      const answer = await command(bot().fake, {
        name: 'tip',
        options: { topic: TYPED_TOPIC[lang].complaints },
        locale: LOCALE[lang],
      });
      const entry = entryOf(answer);
      expect(entry.kind).toBe('tip');
      expect(entry.topics).toContain('complaints');
      expectEntryCard(answer, entry, lang);
    },
  );

  it('/tip with the topic id its autocomplete suggests gives a tip on that topic', async () => {
    const answer = await command(bot().fake, { name: 'tip', options: { topic: 'complaints' } });
    const entry = entryOf(answer);
    expect(entry.topics).toContain('complaints');
    expectEntryCard(answer, entry, 'en');
  });

  it.each(IN_EACH_LANGUAGE)(
    '/tip with a topic chosen from autocomplete answers a %s user in their language',
    async (_language, lang) => {
      const answer = await command(bot().fake, {
        name: 'tip',
        options: { topic: 'complaints' },
        locale: LOCALE[lang],
      });
      const entry = entryOf(answer);
      expect(entry.topics).toContain('complaints');
      expectEntryCard(answer, entry, lang);
    },
  );

  it('/stat with a topic that matches nothing lists the topics instead of a random statistic', async () => {
    const answer = await command(bot().fake, { name: 'stat', options: { topic: 'xyzzy' } });
    expect(answer.embed.title).toBe(catalog('en').replies.pick.nothingOnTopic);
    expect(answer.embed.description).toContain('Complaints');
    expect(answer.ephemeral).toBe(true);
  });

  it.each(IN_EACH_LANGUAGE)(
    '/stat gives a %s user a statistic with its figure and source',
    async (_language, lang) => {
      const answer = await command(bot().fake, { name: 'stat', locale: LOCALE[lang] });
      const entry = entryOf(answer);
      expect(entry.kind).toBe('statistic');
      expect(answer.embed.title).toBe(`📊 ${WORDS[lang].statistic}`);
      const figure = typeof entry.figure === 'string' ? entry.figure : entry.figure?.[lang];
      expect(fieldsOf(answer.embed)[WORDS[lang].figure]).toBe(figure);
      expectEntryCard(answer, entry, lang);
    },
  );

  it.each(IN_EACH_LANGUAGE)(
    '/stat with a topic typed in %s gives a statistic on that topic in that language',
    async (_language, lang) => {
      const answer = await command(bot().fake, {
        name: 'stat',
        options: { topic: TYPED_TOPIC[lang].churn },
        locale: LOCALE[lang],
      });
      const entry = entryOf(answer);
      expect(entry.kind).toBe('statistic');
      expect(entry.topics).toContain('churn');
      expectEntryCard(answer, entry, lang);
    },
  );

  const TERMS: Record<Lang, string> = {
    pl: 'tajemniczy klient',
    en: 'mystery shopper',
    ru: 'тайный покупатель',
  };

  it.each(IN_EACH_LANGUAGE)(
    '/define explains a term typed in %s in that language',
    async (_language, lang) => {
      const answer = await command(bot().fake, { name: 'define', options: { term: TERMS[lang] } });
      const entry = entryOf(answer);
      expect(entry.id).toBe('def-mystery-shopper');
      expect(answer.embed.title).toBe(`📖 ${WORDS[lang].definition}: ${entry.term?.[lang]}`);
      expect(answer.embed.description).toBe(entry.text[lang]);
      expectEntryCard(answer, entry, lang);
    },
  );

  it('/define accepts the entry id that its autocomplete suggests, and answers in the user’s language', async () => {
    const answer = await command(bot().fake, {
      name: 'define',
      options: { term: 'def-mystery-shopper' },
      locale: 'ru',
    });
    const entry = kb().entry('def-mystery-shopper');
    expect(answer.embed.title).toBe(`📖 ${WORDS.ru.definition}: ${entry?.term?.ru}`);
    expect(answer.embed.description).toBe(entry?.text.ru);
  });

  it.each(IN_EACH_LANGUAGE)('/quote gives a %s user a quote with its source', async (_language, lang) => {
    const answer = await command(bot().fake, { name: 'quote', locale: LOCALE[lang] });
    const entry = entryOf(answer);
    expect(entry.kind).toBe('quote');
    expect(answer.embed.title).toBe(`💬 ${WORDS[lang].quote}`);
    expect(answer.embed.description).toBe(entry.text[lang]);
    expectEntryCard(answer, entry, lang);
  });

  it.each(IN_EACH_LANGUAGE)(
    '/topics lists every topic in %s with its number of entries',
    async (_language, lang) => {
      const answer = await command(bot().fake, { name: 'topics', locale: LOCALE[lang] });
      expect(answer.embed.title).toBe(WORDS[lang].topics);
      expect(answer.ephemeral).toBe(false);
      for (const { topic, count } of kb().topicCounts())
        expect(answer.embed.description).toContain(`• **${topic.names[lang]}** — ${count}`);
      expect(answer.embed.footer?.text).toBeTruthy();
    },
  );

  it.each(IN_EACH_LANGUAGE)('/help explains the bot to a %s user, privately', async (_language, lang) => {
    const answer = await command(bot().fake, { name: 'help', locale: LOCALE[lang] });
    expect(answer.embed.title).toBe(WORDS[lang].help);
    expect(answer.data.flags).toBe(64);
    expect(answer.ephemeral).toBe(true);
  });

  it('/help follows the language option over the user’s locale', async () => {
    const answer = await command(bot().fake, { name: 'help', options: { language: 'pl' }, locale: 'ru' });
    expect(answer.embed.title).toBe(WORDS.pl.help);
  });
});

describe('autocomplete', () => {
  const expectValidChoices = (choices: { name: string; value: string | number }[]) => {
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect([...choice.name].length).toBeGreaterThanOrEqual(1);
      expect([...choice.name].length).toBeLessThanOrEqual(100);
      expect([...String(choice.value)].length).toBeLessThanOrEqual(100);
    }
  };

  it('/ask suggests the typed text first, then example questions from the knowledge base', async () => {
    const choices = await autocomplete(bot().fake, {
      name: 'ask',
      options: { question: 'how many customers' },
      focused: 'question',
    });
    expectValidChoices(choices);
    expect(choices[0]).toEqual({ name: 'how many customers', value: 'how many customers' });
    const phrasings = kb().entries.flatMap((e) => e.phrasings.en);
    expect(choices.length).toBeGreaterThan(1);
    for (const choice of choices.slice(1)) expect(phrasings).toContain(choice.value);
  });

  it('/ask suggests example questions in Polish to a Polish user', async () => {
    const choices = await autocomplete(bot().fake, {
      name: 'ask',
      options: { question: 'ilu klientów' },
      focused: 'question',
      locale: 'pl',
    });
    expectValidChoices(choices);
    const phrasings = kb().entries.flatMap((e) => e.phrasings.pl);
    expect(choices.length).toBeGreaterThan(1);
    for (const choice of choices.slice(1)) expect(phrasings).toContain(choice.value);
  });

  it('/ask offers at most 25 choices of at most 100 characters even for a very long typed text', async () => {
    const typed = 'how many customers complain about waiting time '.repeat(5);
    const choices = await autocomplete(bot().fake, {
      name: 'ask',
      options: { question: typed },
      focused: 'question',
    });
    expectValidChoices(choices);
    expect(choices.length).toBeGreaterThan(0);
  });

  it('/tip suggests the complaints topic for a misspelt "complants"', async () => {
    const choices = await autocomplete(bot().fake, {
      name: 'tip',
      options: { topic: 'complants' },
      focused: 'topic',
    });
    expectValidChoices(choices);
    expect(choices).toContainEqual({ name: 'Complaints', value: 'complaints' });
  });

  it('/tip suggests the complaints topic for "compliants", two letters swapped', async () => {
    const choices = await autocomplete(bot().fake, {
      name: 'tip',
      options: { topic: 'compliants' },
      focused: 'topic',
    });
    expectValidChoices(choices);
    expect(choices).toContainEqual({ name: 'Complaints', value: 'complaints' });
  });

  it('/tip shows topic names in Polish to a Polish user', async () => {
    const choices = await autocomplete(bot().fake, {
      name: 'tip',
      options: { topic: 'skarg' },
      focused: 'topic',
      locale: 'pl',
    });
    expectValidChoices(choices);
    expect(choices[0]).toEqual({ name: kb().topic('complaints')?.names.pl, value: 'complaints' });
  });

  it('/tip lists at most 25 topics when nothing is typed yet', async () => {
    const choices = await autocomplete(bot().fake, { name: 'tip', options: { topic: '' }, focused: 'topic' });
    expectValidChoices(choices);
    expect(choices.length).toBeGreaterThan(1);
  });

  it('/define suggests the terms that start with what was typed', async () => {
    const choices = await autocomplete(bot().fake, {
      name: 'define',
      options: { term: 'myst' },
      focused: 'term',
    });
    expectValidChoices(choices);
    const entry = kb().entry('def-mystery-shopper');
    expect(choices[0]).toEqual({ name: entry?.term?.en, value: entry?.id });
  });

  it('/daily-tip set suggests Europe/Warsaw for "warsaw"', async () => {
    const choices = await autocomplete(bot().fake, {
      name: 'daily-tip',
      subcommand: 'set',
      options: { timezone: 'warsaw' },
      focused: 'timezone',
      user: 'admin',
    });
    expectValidChoices(choices);
    expect(choices).toEqual([{ name: 'Europe/Warsaw', value: 'Europe/Warsaw' }]);
  });

  it('/daily-tip set offers exactly 25 time zones when nothing is typed', async () => {
    const choices = await autocomplete(bot().fake, {
      name: 'daily-tip',
      subcommand: 'set',
      options: { timezone: '' },
      focused: 'timezone',
      user: 'admin',
    });
    expectValidChoices(choices);
    expect(choices).toHaveLength(25);
  });
});

describe('buttons under an answer', () => {
  /** Asks in English and returns the answer with its entry (the message carries the buttons). */
  async function askFor(question: string): Promise<{ answer: Answer; entry: Entry; messageId: string }> {
    const answer = await command(bot().fake, { name: 'ask', options: { question } });
    if (!answer.messageId) throw new Error('the answer created no message');
    return { answer, entry: entryOf(answer), messageId: answer.messageId };
  }

  const votesOf = async (entryId: string, userId: string) =>
    (await bot().ctx.store.questionLog()).votes.filter((v) => v.entryId === entryId && v.userId === userId);

  it('"Helpful" stores the vote and thanks the user privately', async () => {
    const { entry, messageId } = await askFor('how to talk to an angry customer');
    const reply = await click(bot().fake, {
      customId: `ask:vote:${entry.id}:up`,
      messageId,
      user: 'member',
    });
    expect(reply.callback.type).toBe(4);
    expect(reply.ephemeral).toBe(true);
    expect(reply.data.content).toBe(catalog('en').replies.votes.thanksHelpful);
    expect(await votesOf(entry.id, bot().fake.ids.memberUserId)).toEqual([
      expect.objectContaining({ entryId: entry.id, userId: bot().fake.ids.memberUserId, helpful: true }),
    ]);
  });

  it('thanks a Polish user in Polish for a vote', async () => {
    const { entry, messageId } = await askFor('when to call a customer back');
    const reply = await click(bot().fake, {
      customId: `ask:vote:${entry.id}:down`,
      messageId,
      user: 'admin',
      locale: 'pl',
    });
    expect(reply.data.content).toBe(catalog('pl').replies.votes.thanksNotHelpful);
  });

  it.each([
    // A well-formed id of no entry reaches the command, which says the entry is gone.
    ['no-such-entry', (r: Answer) => r.data.content, catalog('en').replies.votes.gone],
    // An empty id is no button the bot makes: refused at the router's edge.
    ['', (r: Answer) => r.embed.description, catalog('en').refusals.invalidButton],
  ] as const)(
    'a vote for an entry that does not exist ("%s") is refused and not stored',
    async (forged, shown, text) => {
      const { messageId } = await askFor('how to apologise to a customer');
      const reply = await click(bot().fake, { customId: `ask:vote:${forged}:up`, messageId, user: 'member' });
      expect(reply.ephemeral).toBe(true);
      expect(shown(reply)).toBe(text);
      expect(await votesOf(forged, bot().fake.ids.memberUserId)).toEqual([]);
    },
  );

  it('a second vote by the same user replaces the first', async () => {
    const { entry, messageId } = await askFor('how to apologise to a customer');
    const member = bot().fake.ids.memberUserId;
    await click(bot().fake, { customId: `ask:vote:${entry.id}:up`, messageId, user: 'member' });
    await click(bot().fake, { customId: `ask:vote:${entry.id}:down`, messageId, user: 'member' });
    expect(await votesOf(entry.id, member)).toEqual([expect.objectContaining({ helpful: false })]);
  });

  it('votes of different users on the same answer are kept apart', async () => {
    const { entry, messageId } = await askFor('what is a mystery shopper');
    await click(bot().fake, { customId: `ask:vote:${entry.id}:up`, messageId, user: 'member' });
    await click(bot().fake, { customId: `ask:vote:${entry.id}:down`, messageId, user: 'admin' });
    const all = (await bot().ctx.store.questionLog()).votes.filter((v) => v.entryId === entry.id);
    expect(all.map((v) => [v.userId, v.helpful])).toEqual([
      [bot().fake.ids.memberUserId, true],
      [bot().fake.ids.adminUserId, false],
    ]);
  });

  it.each(others('en').map((lang) => [LANGUAGE_NAME[lang], lang] as const))(
    '"show in another language" shows the answer in %s, privately',
    async (_language, lang) => {
      const { entry, messageId } = await askFor('how many customers complain?');
      const reply = await click(bot().fake, { customId: `ask:lang:${entry.id}:${lang}`, messageId });
      expect(reply.callback.type).toBe(4);
      expect(reply.ephemeral).toBe(true);
      expect(reply.embed.title).toBe(`📊 ${WORDS[lang].statistic}`);
      expect(reply.embed.description).toBe(entry.text[lang]);
      expect(reply.embed.footer?.text.startsWith(WORDS[lang].source)).toBe(true);
    },
  );

  it('leaves the answer itself unchanged when a language button is clicked', async () => {
    const { answer, entry, messageId } = await askFor('how many customers complain?');
    await click(bot().fake, { customId: `ask:lang:${entry.id}:pl`, messageId });
    expect(bot().fake.message(messageId)?.embeds[0]?.description).toBe(answer.embed.description);
  });
});
