// /daily-tip in the local console: the context is whole from the start, and its daily tip says plainly that it
// cannot post here, in the admin's language; a preview still shows a tip.
import { afterEach, describe, expect, it } from 'vitest';
import { dailyTip } from '../../commands/daily-tip.js';
import { catalog } from '../../src/i18n/catalog.js';
import { LANGS } from '../../src/kb/schema.js';
import { richToText } from '../../src/render/to-text.js';
import { tipEntry, topic, writeKbFolder } from '../helpers/kb-files.js';
import { makeContext } from '../helpers/make-context.js';
import { removeTempDirs } from '../helpers/temp-dir.js';

afterEach(removeTempDirs);

async function consoleContext() {
  const kbDir = await writeKbFolder({
    'topics.json': { topics: [topic('complaints', 'Complaints')] },
    'entries.json': {
      entries: [tipEntry('tip-listen', ['complaints'], 'Listen until the customer finishes.')],
    },
  });
  return (await makeContext({ kbDir })).ctx;
}

describe('/daily-tip in the console', () => {
  it.each(LANGS)('answers show, set, pause and post-now with "unavailable here", in %s', async (lang) => {
    const ctx = await consoleContext();
    for (const subcommand of ['show', 'set', 'pause', 'resume', 'post-now']) {
      const reply = await dailyTip.execute(
        {
          command: 'daily-tip',
          subcommand,
          options: {},
          user: { id: 'console', isAdmin: true, locale: lang },
        },
        ctx,
      );
      expect(richToText(reply.cards[0]!.description ?? '')).toBe(catalog(lang).admin.dailyTip.unavailable);
    }
    expect(await ctx.store.guildsWithDailyTipSchedule()).toEqual([]);
  });

  it('previews a tip of the knowledge base', async () => {
    const ctx = await consoleContext();
    const reply = await dailyTip.execute(
      { command: 'daily-tip', subcommand: 'preview', options: {}, user: { id: 'console', isAdmin: true } },
      ctx,
    );
    expect(reply.cards[0]!.description).toBe('Listen until the customer finishes.');
    expect(reply.content).toBe(catalog('en').admin.dailyTip.preview);
  });
});
