// The lowdb settings file: server settings, rotation and daily-post claims; validated record by record on read.
import { copyFile } from 'node:fs/promises';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { z } from 'zod';
import { answerRecordSchema, quizRoundSchema } from '../quiz/quiz-round.js';
import type { QuizState } from './quiz-store.js';
import type { Logger } from '../logger.js';
import { guildDailyTipSchema } from './daily-tip-state.js';
import { claimSchema, emptySettings, logLineSchema, type LogLine, type SettingsFile } from './schema.js';

const looseFileSchema = z.object({
  guilds: z.record(z.string(), z.unknown()).optional(),
  claims: z.record(z.string(), z.unknown()).optional(),
  /** Version 1 kept the question log here; it moves to the log file. */
  questions: z.array(z.unknown()).optional(),
  votes: z.array(z.unknown()).optional(),
  usage: z.record(z.string(), z.unknown()).optional(),
  quiz: z.object({ rounds: z.record(z.string(), z.unknown()), answers: z.array(z.unknown()) }).optional(),
});

export interface LoadedSettings {
  data: SettingsFile;
  /** Log records found in a version-1 file, to move into the log file. */
  legacyLog: LogLine[];
}

export class SettingsFileStore {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: Low<SettingsFile>) {}

  /**
   * Opens the file. Unreadable JSON: the file is kept aside and the store starts empty. Readable JSON with some
   * bad records (one server's invalid schedule): only those are dropped, each named in the log, and the original
   * is kept aside too, so nothing is lost.
   */
  static async open(
    file: string,
    logger: Logger,
  ): Promise<{ store: SettingsFileStore; legacyLog: LogLine[] }> {
    const db = new Low<SettingsFile>(new JSONFile<SettingsFile>(file), emptySettings());
    const keepAside = async (problem: string, message: string) => {
      const backup = `${file}.broken-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await copyFile(file, backup);
      logger.error({ file, backup, problem }, message);
    };
    let raw: unknown;
    try {
      await db.read();
      raw = db.data;
    } catch (error) {
      await keepAside(
        `not valid JSON (${(error as Error).message})`,
        'state file is not valid JSON: kept it aside and started from an empty state',
      );
      raw = emptySettings();
    }
    const loaded = loadSettings(raw);
    if (loaded.problems.length > 0) {
      await keepAside(
        loaded.problems.join('; '),
        loaded.whole
          ? 'state file is invalid: kept it aside and started from an empty state'
          : 'state file: dropped the invalid records named in "problem" and kept the original aside',
      );
    }
    db.data = loaded.data;
    return { store: new SettingsFileStore(db), legacyLog: loaded.legacyLog };
  }

  get data(): Readonly<SettingsFile> {
    return this.db.data;
  }

  /**
   * Applies a change to a copy, writes the copy, and only then makes it the state in memory: a failed write
   * rejects and leaves memory as it was. Changes run one after another. `change` returns what the caller gets.
   */
  update<T>(change: (next: SettingsFile) => T): Promise<T> {
    const run = this.queue.then(async () => {
      const next = structuredClone(this.db.data);
      const result = change(next);
      await this.db.adapter.write(next);
      this.db.data = next;
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async flush(): Promise<void> {
    await this.queue;
  }
}

const issues = (error: z.ZodError) => error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join(', ');

/** Validates each record on its own; exported for the read-only reader (`npm run kb -- stats`). */
export function loadSettings(raw: unknown): {
  data: SettingsFile;
  legacyLog: LogLine[];
  problems: string[];
  whole: boolean;
} {
  const data = emptySettings();
  const legacyLog: LogLine[] = [];
  const problems: string[] = [];
  const file = looseFileSchema.safeParse(raw ?? {});
  if (!file.success) return { data, legacyLog, problems: [issues(file.error)], whole: true };
  for (const [guildId, guild] of Object.entries(file.data.guilds ?? {})) {
    const dailyTip = z.object({ dailyTip: z.record(z.string(), z.unknown()).optional() }).safeParse(guild);
    if (!dailyTip.success) {
      problems.push(`guilds.${guildId}: ${issues(dailyTip.error)}`);
      continue;
    }
    // Field by field, so that one bad field (a schedule) does not take the rotation or the last post with it.
    const kept: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(dailyTip.data.dailyTip ?? {})) {
      const fieldSchema = guildDailyTipSchema.shape[field as keyof typeof guildDailyTipSchema.shape];
      const parsed = fieldSchema?.safeParse(value);
      if (parsed?.success) kept[field] = parsed.data;
      else
        problems.push(
          `guilds.${guildId}.dailyTip.${field}: ${parsed ? issues(parsed.error) : 'unknown field'}`,
        );
    }
    data.guilds[guildId] = Object.keys(kept).length > 0 ? { dailyTip: guildDailyTipSchema.parse(kept) } : {};
  }
  for (const [key, claim] of Object.entries(file.data.claims ?? {})) {
    const parsed = claimSchema.safeParse(claim);
    if (parsed.success) data.claims[key] = parsed.data;
    else problems.push(`claims.${key}: ${issues(parsed.error)}`);
  }
  if (file.data.quiz) data.quiz = loadQuiz(file.data.quiz, problems);
  const legacy = [
    ...(file.data.questions ?? []).map((q) => ({ type: 'question', ...(q as object) })),
    ...(file.data.votes ?? []).map((v) => ({ type: 'vote', ...(v as object) })),
    ...Object.entries(file.data.usage ?? {}).map(([command, count]) => ({ type: 'usage', command, count })),
  ];
  for (const line of legacy) {
    const parsed = logLineSchema.safeParse(line);
    if (parsed.success) legacyLog.push(parsed.data);
  }
  return { data, legacyLog, problems, whole: false };
}

/** Rounds and answer records one by one, so that one bad record does not take the others with it. */
function loadQuiz(
  raw: { rounds: Record<string, unknown>; answers: unknown[] },
  problems: string[],
): QuizState {
  const quiz: QuizState = { rounds: {}, answers: [] };
  for (const [id, round] of Object.entries(raw.rounds)) {
    const parsed = quizRoundSchema.safeParse(round);
    if (parsed.success) quiz.rounds[id] = parsed.data;
    else problems.push(`quiz.rounds.${id}: ${issues(parsed.error)}`);
  }
  raw.answers.forEach((answer, i) => {
    const parsed = answerRecordSchema.safeParse(answer);
    if (parsed.success) quiz.answers.push(parsed.data);
    else problems.push(`quiz.answers.${i}: ${issues(parsed.error)}`);
  });
  return quiz;
}
