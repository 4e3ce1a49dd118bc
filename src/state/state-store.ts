// The one interface every state store implements (lowdb for one process, Redis for several): what the bot keeps.
import type { GuildDailyTip } from './daily-tip-state.js';
import type { QuizStore } from './quiz-store.js';
import type { QuestionRecord, StateSnapshot, Vote } from './schema.js';

/** How long a claim that reached "sending" or "posted" is kept: longer than any catch-up window. */
export const SETTLED_CLAIM_MS = 3 * 24 * 3_600_000;

/** A change to a server's daily-tip state: a value sets the field, null removes it, an absent key leaves it. */
export type GuildDailyTipPatch = { [K in keyof GuildDailyTip]?: GuildDailyTip[K] | null };

/** The right to post one server's daily tip for one local date, held by whoever claimed it. */
export interface DailyPostClaim {
  guildId: string;
  localDate: string;
  /** Unique to this claim: only its holder can move it on or release it. */
  token: string;
}

/** How the question log's writes are doing, for admins (a failed log write never fails an answer). */
export interface StoreHealth {
  failedLogWrites: number;
  lastLogError?: { at: string; message: string };
}

export interface QuestionLogView {
  questions: readonly QuestionRecord[];
  votes: readonly Vote[];
}

export interface StateStore extends QuizStore {
  readonly kind: 'lowdb' | 'redis';

  /** A server's daily-tip schedule, rotation, last post and last error (validated; undefined when none). */
  guildDailyTip(guildId: string): Promise<GuildDailyTip | undefined>;
  /** The servers that have a schedule of their own. */
  guildsWithDailyTipSchedule(): Promise<string[]>;
  /** Saved when it resolves; when it rejects nothing changed, in memory or in the store. */
  patchGuildDailyTip(guildId: string, patch: GuildDailyTipPatch): Promise<void>;

  /**
   * Claims the daily post of a server for a local date, atomically across every process sharing the store.
   * Undefined when someone else holds it (claiming, sending or done). A claim never moved on to "sending"
   * expires after `ttlMs`, so a sender that died before sending is taken over by the next try.
   */
  claimDailyPost(guildId: string, localDate: string, ttlMs: number): Promise<DailyPostClaim | undefined>;
  /**
   * Marks the claim as sending, just before the request goes to Discord; from then on it no longer expires
   * (a send whose outcome is unknown is not repeated). False when the claim was lost (expired and taken).
   * `patch` (e.g. the date of the post) is saved with it.
   */
  beginDailyPostSend(claim: DailyPostClaim, patch?: GuildDailyTipPatch): Promise<boolean>;
  /** The post went out. */
  confirmDailyPost(claim: DailyPostClaim): Promise<void>;
  /** The post surely did not go out (Discord refused it): anyone may claim it again; `patch` is saved with it. */
  releaseDailyPost(claim: DailyPostClaim, patch?: GuildDailyTipPatch): Promise<void>;

  /** Keeps a question; resolves once written or failed, never rejects (a failure is logged and counted). */
  recordQuestion(record: QuestionRecord): Promise<void>;
  /** One vote per user per entry, the newest wins. Saved when it resolves; rejects (changing nothing) when not. */
  recordVote(vote: Vote): Promise<{ replaced: boolean }>;
  /** Counts a command's use; never rejects. */
  countUsage(command: string): Promise<void>;
  /** The kept questions (oldest first) and votes, bounded by MAX_QUESTION_RECORDS and MAX_VOTES. */
  questionLog(): Promise<QuestionLogView>;
  health(): StoreHealth;

  /** Everything the store holds, as plain data. */
  snapshot(): Promise<StateSnapshot>;
  /** Resolves when every write started before the call has finished (or failed). */
  flush(): Promise<void>;
  /** Flushes and lets go of the store (the lock file, the connection). */
  close(): Promise<void>;
}

/** Why the store cannot be used, as a code with its parameters; the catalog words it in the operator's language. */
export type StateOpenProblem =
  | { code: 'symlink_loop'; file: string }
  | { code: 'cannot_create_folder'; file: string; dir: string; reason: string }
  | { code: 'is_folder'; file: string }
  | { code: 'folder_not_writable'; file: string; dir: string; reason: string }
  | { code: 'not_read_write'; file: string; reason: string }
  | { code: 'lock_create'; file: string; reason: string }
  | { code: 'in_use'; file: string; pid: number }
  | { code: 'lock_contended'; file: string }
  | { code: 'redis_unreachable'; url: string; reason: string };

/** The store cannot be used at all (a folder at STATE_FILE, no permission, Redis unreachable): `problem` says why. */
export class StateStoreOpenError extends Error {
  override readonly name = 'StateStoreOpenError';
  constructor(readonly problem: StateOpenProblem) {
    super(`${problem.code}: ${JSON.stringify(problem)}`);
  }
}

/** A vote or setting that does not pass validation is refused with this error, naming the field. */
export class InvalidStateRecordError extends Error {
  override readonly name = 'InvalidStateRecordError';
}
