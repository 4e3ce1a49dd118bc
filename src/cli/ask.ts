// `npm run ask -- [--json] [--lang pl|en|ru] "question"`: the answer as a person reads it, or as JSON.
// With no question it answers standard input, one question per line, in order.
import './exit-quietly-on-closed-pipe.js';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { AnswerEngine } from '../answer/answer-engine.js';
import { LANGS, type Lang } from '../kb/schema.js';
import { createLogger, type Logger } from '../logger.js';
import type { ChartCache } from '../charts/chart-cache.js';
import { answerJson } from '../render/answer-json.js';
import { answerReply } from '../render/answer-reply.js';
import { replyToText } from '../render/to-text.js';
import { loadEngineOrExit } from './load-engine.js';

const USAGE =
  'usage: npm run ask -- [--json] [--lang pl|en|ru] [--chart-dir dir] "question"   (no question: one per line on stdin)';

interface Output {
  json: boolean;
  lang: Lang | undefined;
  /** With --chart-dir: the chart of a statistic answer is written there and its path printed ("chart" in JSON). */
  charts?: { dir: string; charts: ChartCache; logger: Logger };
}

async function render(engine: AnswerEngine, question: string, out: Output): Promise<string> {
  const result = engine.answer({ question, ...(out.lang ? { lang: out.lang } : {}) });
  const best = result.answers[0]?.entry;
  let file: string | undefined;
  if (out.charts && result.answered && best?.kind === 'statistic') {
    // Loaded only with --chart-dir: the renderer's native module slows every other run's start.
    const { chartImageOf } = await import('../bot/chart-attachment.js');
    const { writeReplyImage } = await import('../render/write-reply-image.js');
    const image = await chartImageOf(best, result.lang, engine.kb, out.charts);
    if (image) file = await writeReplyImage(out.charts.dir, image);
  }
  if (out.json) return JSON.stringify({ ...answerJson(result, engine.kb), ...(file ? { chart: file } : {}) });
  return replyToText(answerReply(result, engine.kb)) + (file ? `\n📈 ${file}` : '');
}

async function newChartCache(): Promise<ChartCache> {
  const { ChartCache } = await import('../charts/chart-cache.js');
  const { ChartRenderer } = await import('../charts/chart-renderer.js');
  return new ChartCache(new ChartRenderer());
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        lang: { type: 'string' },
        'chart-dir': { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.lang !== undefined && !LANGS.includes(values.lang as Lang)) {
    console.error(`--lang must be one of ${LANGS.join(', ')}, not "${values.lang}"\n${USAGE}`);
    return 2;
  }
  const lang = values.lang as Lang | undefined;
  const engine = await loadEngineOrExit();
  const chartDir = values['chart-dir'];
  const out: Output = {
    json: values.json,
    lang,
    ...(chartDir
      ? {
          charts: { dir: chartDir, charts: await newChartCache(), logger: createLogger('warn') },
        }
      : {}),
  };
  const question = positionals.join(' ').trim();
  if (question) {
    console.log(await render(engine, question, out));
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) {
      if (values.json)
        console.log(
          JSON.stringify({
            query: '',
            lang: lang ?? 'en',
            answered: false,
            confidence: 0,
            certainty: 'declined',
            answers: [],
            suggestedTopics: [],
            twins: [],
          }),
        );
      continue;
    }
    console.log(await render(engine, line, out));
    if (!values.json) console.log('');
  }
  return 0;
}

process.exitCode = await main();
