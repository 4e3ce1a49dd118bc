// Adds a statistic's chart to a reply, with the catalog's labels; a render failure is logged and the reply goes
// without the image (the figure is in the text anyway).
import type { ChartLabels } from '../charts/chart-labels.js';
import type { ChartSpec } from '../charts/chart-spec.js';
import { catalog } from '../i18n/catalog.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { figureIn, type Entry, type Lang } from '../kb/schema.js';
import type { Reply, ReplyImage } from '../render/reply.js';
import type { BotContext } from './context.js';

/** The chart's words in `lang`: a heading from the entry's main topic, the figure as written, the reference bar. */
export function chartLabelsOf(entry: Entry, lang: Lang, kb: KnowledgeBase) {
  return (spec: ChartSpec): ChartLabels => {
    const words = catalog(lang).replies.charts;
    // The first topic only: the heading wraps to two lines at most, and the first topic is the entry's main one.
    const topic = entry.topics[0];
    return {
      title: words.title(topic === undefined ? '' : kb.topicName(topic, lang)),
      value: figureIn(entry, lang) ?? '',
      ...(spec.kind === 'multiple' ? { reference: words.reference } : {}),
    };
  };
}

/** The file name of an entry's chart: only letters, digits and dashes, as attachment names should be. */
export function chartFileName(entry: Entry, lang: Lang): string {
  return `chart-${entry.id.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}-${lang}.png`;
}

/** The chart of `entry` in `lang` as a reply image, or undefined when it has none or the render failed. */
export async function chartImageOf(
  entry: Entry,
  lang: Lang,
  kb: KnowledgeBase,
  ctx: Pick<BotContext, 'charts' | 'logger'>,
): Promise<ReplyImage | undefined> {
  try {
    const image = await ctx.charts.chartOf(entry, lang, chartLabelsOf(entry, lang, kb));
    if (!image) return undefined;
    return { name: chartFileName(entry, lang), png: image.png, width: image.width, height: image.height };
  } catch (error) {
    ctx.logger.error({ err: error, entryId: entry.id, lang }, 'chart render failed; replying without it');
    return undefined;
  }
}

/** `reply` with the chart of `entry` when it is a statistic that has one. */
export async function withChart(
  reply: Reply,
  entry: Entry | undefined,
  lang: Lang,
  ctx: Pick<BotContext, 'charts' | 'kb' | 'logger'>,
): Promise<Reply> {
  if (!entry || entry.kind !== 'statistic') return reply;
  const image = await chartImageOf(entry, lang, ctx.kb.current().kb, ctx);
  return image ? { ...reply, image } : reply;
}
