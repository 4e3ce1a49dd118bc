// `npm run ask -- [--json] [--lang pl|en|ru] "question"`: the answer as a person reads it, or as JSON.
// With no question it answers standard input, one question per line, in order.
import './exit-quietly-on-closed-pipe.js';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { AnswerEngine } from '../answer/answer-engine.js';
import { LANGS, type Lang } from '../kb/schema.js';
import { answerJson } from '../render/answer-json.js';
import { answerReply } from '../render/answer-reply.js';
import { replyToText } from '../render/to-text.js';
import { loadEngineOrExit } from './load-engine.js';

const USAGE =
  'usage: npm run ask -- [--json] [--lang pl|en|ru] "question"   (no question: one per line on stdin)';

function render(engine: AnswerEngine, question: string, json: boolean, lang: Lang | undefined): string {
  const result = engine.answer({ question, ...(lang ? { lang } : {}) });
  return json ? JSON.stringify(answerJson(result, engine.kb)) : replyToText(answerReply(result, engine.kb));
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        lang: { type: 'string' },
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
  const question = positionals.join(' ').trim();
  if (question) {
    console.log(render(engine, question, values.json, lang));
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
          }),
        );
      continue;
    }
    console.log(render(engine, line, values.json, lang));
    if (!values.json) console.log('');
  }
  return 0;
}

process.exitCode = await main();
