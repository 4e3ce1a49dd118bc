// Charts in replies: /stat attaches its statistic's chart, labels come from the catalog, a failed render leaves the
// reply whole (without the image), a reload forgets the charts, and the Discord renderer uploads the PNG.
import { describe, expect, it } from 'vitest';
import { chartFileName, chartLabelsOf, withChart } from '../../src/bot/chart-attachment.js';
import { ChartCache } from '../../src/charts/chart-cache.js';
import { chartFor } from '../../src/charts/chart-spec.js';
import { toDiscordMessage } from '../../src/discord/to-discord-message.js';
import { catalog } from '../../src/i18n/catalog.js';
import { figureIn, LANGS, type Entry } from '../../src/kb/schema.js';
import { stat } from '../../commands/stat.js';
import { LEVEL } from '../helpers/logger.js';
import { makeContext, fixtureKb } from '../helpers/make-context.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function charted(kind: 'one-in' | 'multiple'): Promise<Entry> {
  const kb = (await fixtureKb()).current().kb;
  const entry = kb.ofKind('statistic').find((e) => chartFor(e).chart?.kind === kind);
  if (!entry) throw new Error(`the fixture knowledge base has no statistic with a ${kind} chart`);
  return entry;
}

describe('charts in replies', () => {
  it('gives /stat on a statistic with a chart the PNG, named after the entry and language', async () => {
    const { ctx } = await makeContext({ kb: await fixtureKb() });
    const entry = await charted('one-in');
    const reply = await stat.execute(
      {
        command: 'stat',
        options: { topic: entry.topics[0] as string },
        user: { id: 'u1', isAdmin: false, locale: 'en' },
      },
      { ...ctx, random: () => 0 },
    );
    const shown = ctx.kb.current().kb.entries.find((e) => reply.cards[0]?.description === e.text.en);
    expect(shown).toBeDefined();
    if (chartFor(shown as Entry).chart) {
      expect(reply.image?.name).toBe(chartFileName(shown as Entry, 'en'));
      expect(reply.image?.png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    } else {
      expect(reply.image).toBeUndefined();
    }
    // The figure stays in the text, so nothing depends on seeing the image.
    expect(JSON.stringify(reply.cards)).toContain(figureIn(shown as Entry, 'en'));
  });

  it('labels the chart from the catalog in every language, with the reference bar for a multiple', async () => {
    const entry = await charted('multiple');
    const kb = (await fixtureKb()).current().kb;
    for (const lang of LANGS) {
      const labels = chartLabelsOf(entry, lang, kb)(chartFor(entry).chart!);
      expect(labels.title).toBe(catalog(lang).replies.charts.title(kb.topicName(entry.topics[0]!, lang)));
      expect(labels.reference).toBe(catalog(lang).replies.charts.reference);
      expect(labels.value).toBe(figureIn(entry, lang));
    }
  });

  it('logs a failed render and replies without the image', async () => {
    const { ctx, records } = await makeContext({ kb: await fixtureKb() });
    const failing = new ChartCache({ render: () => Promise.reject(new Error('resvg exploded')) });
    const entry = await charted('one-in');
    const reply = await withChart({ cards: [{ title: 't', tone: 'answer' }] }, entry, 'pl', {
      ...ctx,
      charts: failing,
    });
    expect(reply.image).toBeUndefined();
    expect(reply.cards).toHaveLength(1);
    expect(records.some((r) => r.level === LEVEL.error && r.entryId === entry.id)).toBe(true);
  });

  it('forgets every chart after a successful reload of the knowledge base', async () => {
    const { ctx } = await makeContext();
    const entry = await charted('one-in');
    await withChart({ cards: [] }, entry, 'en', ctx);
    expect(ctx.charts.size).toBe(1);
    const report = await ctx.kb.reload({ apply: true });
    expect(report.ok).toBe(true);
    expect(ctx.charts.size).toBe(0);
  });

  it('uploads the image with the message and shows it in the first embed', () => {
    const png = Buffer.concat([PNG_SIGNATURE, Buffer.from('rest')]);
    const message = toDiscordMessage({
      cards: [{ title: 'Statistic', tone: 'answer' }],
      image: { name: 'chart-x-en.png', png, width: 960, height: 480 },
    });
    expect(message.files).toEqual([{ attachment: png, name: 'chart-x-en.png' }]);
    expect(message.embeds[0]?.image).toEqual({ url: 'attachment://chart-x-en.png' });
  });
});
