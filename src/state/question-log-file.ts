// The question log on disk: append-only JSON lines, written in batches off the answer path, compacted when long.
import { appendFile, copyFile, readFile, rename, writeFile } from 'node:fs/promises';
import type { Logger } from '../logger.js';
import { QuestionLog } from './question-log.js';
import { logLineSchema, type LogLine } from './schema.js';

/** Rewrite the file once it holds this many lines more than the live records: cost stays bounded by the limits. */
const COMPACT_SLACK = 5000;

export interface ParsedLog {
  log: QuestionLog;
  lines: number;
  bad: { line: number; problem: string }[];
}

/** Parses the log's text; a bad line (a torn last line after a crash, a hand edit) is skipped alone. */
export function parseLogText(text: string): ParsedLog {
  const log = new QuestionLog();
  const bad: ParsedLog['bad'] = [];
  let lines = 0;
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    lines += 1;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      bad.push({ line: index + 1, problem: 'not valid JSON' });
      return;
    }
    const parsed = logLineSchema.safeParse(json);
    if (parsed.success) log.apply(parsed.data);
    else
      bad.push({
        line: index + 1,
        problem: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      });
  });
  return { log, lines, bad };
}

interface Pending {
  line: LogLine;
  resolve: (result: { replaced: boolean }) => void;
  reject: (error: Error) => void;
}

export class QuestionLogFile {
  private pending: Pending[] = [];
  private writing: Promise<void> | undefined;

  private constructor(
    readonly file: string,
    readonly log: QuestionLog,
    private linesOnDisk: number,
    private readonly logger: Logger,
  ) {}

  static async open(file: string, logger: Logger): Promise<QuestionLogFile> {
    let text = '';
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const parsed = parseLogText(text);
    if (parsed.bad.length > 0) {
      const backup = `${file}.broken-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await copyFile(file, backup);
      logger.warn(
        { file, backup, skipped: parsed.bad.length, first: parsed.bad[0] },
        'question log: skipped lines that are not valid records (a line cut short by a crash is one); kept the file aside',
      );
    }
    const store = new QuestionLogFile(file, parsed.log, parsed.lines, logger);
    // Starting over a file with bad lines: rewrite it with the good ones, so the bad line is not read again.
    if (parsed.bad.length > 0 || parsed.lines > parsed.log.size + COMPACT_SLACK) await store.compact();
    return store;
  }

  /**
   * Queues a line; it reaches memory only once it is on disk, and the promise then resolves (with whether a
   * vote replaced an earlier one). Lines queued while a write is running go out together in the next one.
   */
  append(line: LogLine): Promise<{ replaced: boolean }> {
    return new Promise((resolve, reject) => {
      this.pending.push({ line, resolve, reject });
      this.writing ??= this.writeBatches();
    });
  }

  /** Resolves when every line queued so far is written or failed. */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async writeBatches(): Promise<void> {
    // Let the current tick's appends join this batch.
    await Promise.resolve();
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      try {
        await appendFile(this.file, batch.map((p) => `${JSON.stringify(p.line)}\n`).join(''));
        this.linesOnDisk += batch.length;
        for (const p of batch) p.resolve(this.log.apply(p.line));
      } catch (error) {
        for (const p of batch) p.reject(error as Error);
      }
      if (this.linesOnDisk > this.log.size + COMPACT_SLACK) {
        await this.compact().catch((err: unknown) =>
          this.logger.warn({ err, file: this.file }, 'question log: compaction failed; will retry'),
        );
      }
    }
    this.writing = undefined;
  }

  /** Rewrites the log with the live records only (temp file + rename, so a crash leaves the old or the new). */
  private async compact(): Promise<void> {
    const lines = this.log.lines();
    const temp = `${this.file}.tmp`;
    // Written by hand rather than with steno: the text is a stream of lines, not one JSON value.
    await writeFile(temp, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
    await rename(temp, this.file);
    this.linesOnDisk = lines.length;
  }
}
