// The default state store for one process: settings and claims in the lowdb file, the question log beside it.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Logger } from '../logger.js';
import type { GuildDailyTip } from './daily-tip-state.js';
import type { AnswerRecord, QuizRound } from '../quiz/quiz-round.js';
import { answerRoundInFile, answersOf, readRound, saveRound } from './lowdb-quiz.js';
import type { QuizAnswer, QuizAnswerResult } from './quiz-store.js';
import { QuestionLogFile } from './question-log-file.js';
import {
  logLineSchema,
  voteSchema,
  type LogLine,
  type QuestionRecord,
  type SettingsFile,
  type StateSnapshot,
  type Vote,
} from './schema.js';
import { SettingsFileStore } from './settings-file.js';
import { StateFileLock } from './state-file-lock.js';
import { usableStateFile } from './state-file-path.js';
import {
  InvalidStateRecordError,
  SETTLED_CLAIM_MS,
  type DailyPostClaim,
  type GuildDailyTipPatch,
  type QuestionLogView,
  type StateStore,
  type StoreHealth,
} from './state-store.js';

/** The log lives next to the state file: data/state.json → data/state.log.jsonl. */
export const logFileFor = (stateFile: string) =>
  path.join(path.dirname(stateFile), `${path.basename(stateFile).replace(/\.json$/, '')}.log.jsonl`);

const claimKey = (guildId: string, localDate: string) => `${guildId}/${localDate}`;

function applyPatch(file: SettingsFile, guildId: string, patch: GuildDailyTipPatch): void {
  if (Object.keys(patch).length === 0) return;
  const guild = (file.guilds[guildId] ??= {});
  const entry: Record<string, unknown> = (guild.dailyTip ??= {});
  for (const [field, value] of Object.entries(patch)) {
    if (value === null) delete entry[field];
    else if (value !== undefined) entry[field] = value;
  }
}

export class LowdbStateStore implements StateStore {
  readonly kind = 'lowdb';
  private failedLogWrites = 0;
  private lastLogError: StoreHealth['lastLogError'];
  /**
   * Claims not yet sending live in memory only: one process owns the file (the lock), and a claim whose holder
   * died must be free after a restart anyway. Only "sending" and "posted" are written, in one write before the send.
   */
  private readonly freshClaims = new Map<string, { token: string; expiresAt: number }>();

  private constructor(
    private readonly settings: SettingsFileStore,
    private readonly log: QuestionLogFile,
    private readonly lock: StateFileLock,
    private readonly logger: Logger,
    private readonly now: () => number,
  ) {}

  /** Throws StateStoreOpenError (one line) when STATE_FILE is unusable or used by another process. */
  static async open(file: string, logger: Logger, now: () => number = Date.now): Promise<LowdbStateStore> {
    const target = await usableStateFile(file);
    const lock = await StateFileLock.acquire(target, logger);
    try {
      const { store: settings, legacyLog } = await SettingsFileStore.open(target, logger);
      const log = await QuestionLogFile.open(logFileFor(target), logger);
      const store = new LowdbStateStore(settings, log, lock, logger, now);
      if (legacyLog.length > 0) await store.moveLegacyLog(legacyLog);
      return store;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /** A version-1 file kept questions, votes and usage inside: they move to the log, then leave the file. */
  private async moveLegacyLog(lines: LogLine[]): Promise<void> {
    await Promise.all(lines.map((line) => this.log.append(line)));
    await this.settings.update(() => undefined);
    this.logger.info({ records: lines.length }, 'state file: moved the question log into its own file');
  }

  async guildDailyTip(guildId: string): Promise<GuildDailyTip | undefined> {
    return structuredClone(this.settings.data.guilds[guildId]?.dailyTip);
  }

  async guildsWithDailyTipSchedule(): Promise<string[]> {
    return Object.entries(this.settings.data.guilds)
      .filter(([, g]) => g.dailyTip?.schedule)
      .map(([id]) => id);
  }

  patchGuildDailyTip(guildId: string, patch: GuildDailyTipPatch): Promise<void> {
    return this.settings.update((next) => applyPatch(next, guildId, patch));
  }

  async claimDailyPost(
    guildId: string,
    localDate: string,
    ttlMs: number,
  ): Promise<DailyPostClaim | undefined> {
    const key = claimKey(guildId, localDate);
    const now = this.now();
    const settled = this.settings.data.claims[key];
    const fresh = this.freshClaims.get(key);
    if ((settled && settled.expiresAt > now) || (fresh && fresh.expiresAt > now)) return undefined;
    const token = randomUUID();
    this.freshClaims.set(key, { token, expiresAt: now + ttlMs });
    return { guildId, localDate, token };
  }

  beginDailyPostSend(claim: DailyPostClaim, patch: GuildDailyTipPatch = {}): Promise<boolean> {
    const key = claimKey(claim.guildId, claim.localDate);
    const fresh = this.freshClaims.get(key);
    if (!fresh || fresh.token !== claim.token || fresh.expiresAt <= this.now()) return Promise.resolve(false);
    this.freshClaims.delete(key);
    return this.settings
      .update((next) => {
        const now = this.now();
        // Claims of past days are of no use once they would have expired in Redis too.
        for (const [k, c] of Object.entries(next.claims)) if (c.expiresAt <= now) delete next.claims[k];
        next.claims[key] = { token: claim.token, phase: 'sending', expiresAt: now + SETTLED_CLAIM_MS };
        applyPatch(next, claim.guildId, patch);
        return true;
      })
      .catch((error: unknown) => {
        // Not written: the claim is still this holder's to release or retry.
        this.freshClaims.set(key, fresh);
        throw error;
      });
  }

  async confirmDailyPost(claim: DailyPostClaim): Promise<void> {
    await this.settings.update((next) => {
      const held = next.claims[claimKey(claim.guildId, claim.localDate)];
      if (held?.token === claim.token) held.phase = 'posted';
    });
  }

  async releaseDailyPost(claim: DailyPostClaim, patch: GuildDailyTipPatch = {}): Promise<void> {
    const key = claimKey(claim.guildId, claim.localDate);
    if (this.freshClaims.get(key)?.token === claim.token) this.freshClaims.delete(key);
    await this.settings.update((next) => {
      if (next.claims[key]?.token === claim.token) delete next.claims[key];
      applyPatch(next, claim.guildId, patch);
    });
  }

  saveQuizRound(round: QuizRound): Promise<void> {
    return saveRound(this.settings, round);
  }

  async quizRound(roundId: string): Promise<QuizRound | undefined> {
    return readRound(this.settings, roundId);
  }

  answerQuizRound(roundId: string, answer: QuizAnswer): Promise<QuizAnswerResult> {
    return answerRoundInFile(this.settings, roundId, answer);
  }

  async quizAnswers(guildId: string): Promise<AnswerRecord[]> {
    return answersOf(this.settings, guildId);
  }

  recordQuestion(record: QuestionRecord): Promise<void> {
    return this.appendQuietly({ type: 'question', ...record });
  }

  async recordVote(vote: Vote): Promise<{ replaced: boolean }> {
    const parsed = voteSchema.safeParse(vote);
    if (!parsed.success)
      throw new InvalidStateRecordError(`vote refused: ${parsed.error.issues[0]?.message}`);
    return this.log.append({ type: 'vote', ...parsed.data });
  }

  countUsage(command: string): Promise<void> {
    return this.appendQuietly({ type: 'usage', command, count: 1 });
  }

  /** For records nobody waits on: a failure is logged and counted for admins, never thrown at an answer. */
  private async appendQuietly(line: LogLine): Promise<void> {
    const parsed = logLineSchema.safeParse(line);
    if (!parsed.success) {
      this.logger.warn({ type: line.type, problem: parsed.error.issues[0]?.message }, 'log record refused');
      return;
    }
    try {
      await this.log.append(parsed.data);
    } catch (error) {
      this.failedLogWrites += 1;
      this.lastLogError = { at: new Date(this.now()).toISOString(), message: (error as Error).message };
      this.logger.error({ err: error, file: this.log.file }, 'could not write the question log');
    }
  }

  async questionLog(): Promise<QuestionLogView> {
    return { questions: [...this.log.log.questions], votes: this.log.log.votes };
  }

  health(): StoreHealth {
    return {
      failedLogWrites: this.failedLogWrites,
      ...(this.lastLogError ? { lastLogError: this.lastLogError } : {}),
    };
  }

  async snapshot(): Promise<StateSnapshot> {
    return {
      guilds: structuredClone(this.settings.data.guilds),
      questions: [...this.log.log.questions],
      votes: this.log.log.votes,
      usage: this.log.log.usage,
    };
  }

  async flush(): Promise<void> {
    await Promise.all([this.settings.flush(), this.log.flush()]);
  }

  async close(): Promise<void> {
    await this.flush();
    await this.lock.release();
  }
}
