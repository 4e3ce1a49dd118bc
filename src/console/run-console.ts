// The local console: the same command handlers as on Discord, typed or piped on standard input, replies as text.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { localeToLang } from '../answer/answer-question.js';
import type { CommandModule, Requester } from '../bot/command.js';
import type { BotContext } from '../bot/context.js';
import { runHandler } from '../bot/run-handler.js';
import { replyToText } from '../render/to-text.js';
import { writeReplyImage } from '../render/write-reply-image.js';
import { parseCommandLine } from './parse-command-line.js';

export interface ConsoleOptions {
  ctx: BotContext;
  commands: readonly CommandModule[];
  input: Readable;
  output: Writable;
  /** Show a prompt (a person at a terminal) rather than only answering piped lines. */
  interactive: boolean;
  /** Where a reply's chart is written (`--chart-dir`); without it charts are left out. */
  chartDir?: string;
  /** The console user's locale, e.g. from LANG. */
  locale?: string;
}

/** Runs until the input ends; every line gets its reply before the next is read. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { ctx, commands, input, output, interactive } = options;
  const user: Requester = {
    id: 'console',
    isAdmin: true,
    ...(options.locale ? { locale: options.locale } : {}),
  };
  const lang = localeToLang(options.locale) ?? 'en';
  const lines = createInterface({
    input,
    ...(interactive ? { output, prompt: 'cs-coach> ' } : {}),
    crlfDelay: Infinity,
    terminal: interactive,
  });
  // A reader that stops early (`… | head -1`) closes the pipe: it has what it wanted, so reading ends quietly.
  // Any other output error ends the console too, and is thrown once the loop is left. The listener stays: a
  // write's error arrives a tick after it, possibly after the last line was read.
  let outputError: Error | undefined;
  let outputClosed = false;
  const onOutputError = (error: NodeJS.ErrnoException) => {
    outputClosed = true;
    if (error.code !== 'EPIPE') outputError = error;
    lines.close();
  };
  output.on('error', onOutputError);
  const write = (text: string) => {
    if (!outputClosed) output.write(`${text}\n`);
  };
  if (interactive) lines.prompt();
  await readLines();
  if (outputError) throw outputError;

  async function readLines(): Promise<void> {
    for await (const raw of lines) {
      if (outputClosed) break;
      const line = raw.trim();
      if (line) {
        const parsed = parseCommandLine(line, commands, user, lang);
        if (!parsed.ok) write(parsed.message);
        else {
          const { module, request } = parsed;
          const { reply } = await runHandler(
            ctx,
            { command: request.command, userId: user.id, ...(user.locale ? { locale: user.locale } : {}) },
            () => module.execute(request, ctx),
          );
          write(replyToText(reply));
          if (reply.image && options.chartDir)
            write(`📈 ${await writeReplyImage(options.chartDir, reply.image)}`);
        }
        write('');
      }
      if (interactive && !outputClosed) lines.prompt();
    }
  }
}
