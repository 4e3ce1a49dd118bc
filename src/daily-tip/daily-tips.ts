// What command handlers may ask of the daily tip, whether a Discord connection posts it or the console cannot.
import type { Entry } from '../kb/schema.js';
import type { DailyTipStatus, EffectiveSchedule } from '../tips/daily-tip-status.js';
import type { DailyTipSchedule } from '../tips/schedule.js';

/** Why a post did not happen: a known reason, or what Discord said. */
export type PostFailure =
  | { code: 'no-schedule' }
  | { code: 'no-tips' }
  | { code: 'not-connected' }
  | { code: 'platform'; message: string };

export type PostOutcome = { posted: true; tipId: string } | { posted: false; failure: PostFailure };

/** Why the bot cannot post in a channel. */
export type ChannelProblem =
  | { code: 'not-visible' }
  | { code: 'not-text' }
  | { code: 'other-server' }
  | { code: 'missing-permissions'; permissions: string[] };

export interface DailyTips {
  /** False in the console: there is no channel to post in, and the handlers say so plainly. */
  readonly available: boolean;
  effectiveSchedule(guildId: string): Promise<EffectiveSchedule | undefined>;
  status(guildId: string): Promise<DailyTipStatus>;
  checkChannel(channelId: string, guildId: string): Promise<ChannelProblem | undefined>;
  setSchedule(guildId: string, schedule: DailyTipSchedule): Promise<void>;
  /** Pause or resume; false when the server has no schedule to pause. */
  setEnabled(guildId: string, enabled: boolean): Promise<boolean>;
  /** Posts a tip now; it does not count as the day's scheduled post. */
  postNow(guildId: string): Promise<PostOutcome>;
  /** The tip the next post will show, without using it up. */
  preview(guildId: string | undefined): Promise<Entry | undefined>;
}

/** A failure in English, as the log and the state's last error keep it (replies word it in the admin's language). */
export const ENGLISH_FAILURES = {
  'no-schedule': 'no schedule: use /daily-tip set first',
  'no-tips': 'the knowledge base has no tips',
  'not-connected': 'not connected to Discord; will retry at the next run',
} as const;
