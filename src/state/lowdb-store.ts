// The default state store for one process: settings and claims in the lowdb file, the question log beside it.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Logger } from '../logger.js';
import type { GuildDailyTip } from './daily-tip-state.js';
import { QuestionLogFile } from './question-log-file.js';
import { logLineSchema, voteSchema, type LogLine, type QuestionRecord, type StateSnapshot, type Vote } from './schema.js';
import { SettingsFileStore } from './settings-file.js';
import { StateFileLock } from './state-file-lock.js';
import { usableStateFile } from './state-file-path.js';
import {
  InvalidStateRecordError,
  type DailyPostClaim,
  type GuildDailyTipPatch,
  type QuestionLogView,
  type StateStore,
  type StoreHealth,
} from './state-store.js';

/** How long a claim that reached "sending" or "posted" is kept: longer than any catch-up window. */
export const SETTLED_CLAIM_MS = 3 * 24 * 3_600_000;

/** The log lives next to the state file: data/state.json → data/state.log.jsonl. */
export const logFileFor = (stateFile: string) =>
  path.join(path.dirname(stateFile), `${path.basename(stateFile).replace(/\.json$/, '')}.log.jsonl`);

const claimKey = (guildId: string, localDate: string) => `${guildId}/${localDate}`;

export class LowdbStateStore implements StateStore {
  readonly kind = 'lowdb';
  private failedLogWrites = 0;
  private lastLogError: StoreHealth['lastLogError'];

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
    return this.settings.update((next) => {
      const guild = (next.guilds[guildId] ??= {});
      const entry: Record<string, unknown> = (guild.dailyTip ??= {});
      for (const [field, value] of Object.entries(patch)) {
        if (value === null) delete entry[field];
        else if (value !== undefined) entry[field] = value;
      }
    });
  }

  claimDailyPost(guildId: string, localDate: string, ttlMs: number): Promise<DailyPostClaim | undefined> {
    return this.settings.update((next) => {
      const now = this.now();
      // Claims of past days are of no use once they would have expired in Redis too.
      for (const [key, claim] of Object.entries(next.claims)) if (claim.expiresAt <= now) delete next.claims[key];
      const key = claimKey(guildId, localDate);
      if (next.claims[key]) return undefined;
      const token = randomUUID();
      next.claims[key] = { token, phase: 'claimed', expiresAt: now + ttlMs };
      return { guildId, localDate, token };
    });
  }

  beginDailyPostSend(claim: DailyPostClaim): Promise<boolean> {
    return this.moveClaim(claim, 'claimed', 'sending');
  }

  async confirmDailyPost(claim: DailyPostClaim): Promise<void> {
    await this.moveClaim(claim, 'sending', 'posted');
  }

  async releaseDailyPost(claim: DailyPostClaim): Promise<void> {
    await this.settings.update((next) => {
      const key = claimKey(claim.guildId, claim.localDate);
      if (next.claims[key]?.token === claim.token) delete next.claims[key];
    });
  }

  private moveClaim(claim: DailyPostClaim, from: 'claimed' | 'sending', to: 'sending' | 'posted') {
    return this.settings.update((next) => {
      const now = this.now();
      const held = next.claims[claimKey(claim.guildId, claim.localDate)];
      if (!held || held.token !== claim.token || held.phase !== from || held.expiresAt <= now) return false;
      held.phase = to;
      held.expiresAt = now + SETTLED_CLAIM_MS;
      return true;
    });
  }

  recordQuestion(record: QuestionRecord): Promise<void> {
    return this.appendQuietly({ type: 'question', ...record });
  }

  async recordVote(vote: Vote): Promise<{ replaced: boolean }> {
    const parsed = voteSchema.safeParse(vote);
    if (!parsed.success) throw new InvalidStateRecordError(`vote refused: ${parsed.error.issues[0]?.message}`);
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
    return { failedLogWrites: this.failedLogWrites, ...(this.lastLogError ? { lastLogError: this.lastLogError } : {}) };
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
