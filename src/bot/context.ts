// The one context object that reaches every handler, built whole before the first interaction.
import type { ChartCache } from '../charts/chart-cache.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { DailyTips } from '../daily-tip/daily-tips.js';
import type { KbHolder } from '../kb/kb-holder.js';
import type { Logger } from '../logger.js';
import type { OtherShards } from '../sharding/shard-link.js';
import type { StateStore } from '../state/state-store.js';

export interface BotContext {
  kb: KbHolder;
  store: StateStore;
  logger: Logger;
  clock: Clock;
  config: Config;
  random: () => number;
  /** Charts of statistics per entry and language, cleared whenever the knowledge base is swapped. */
  charts: ChartCache;
  /** Posts on Discord; in the console it says plainly that it is unavailable. */
  dailyTips: DailyTips;
  /** In a shard process, the other shards (reached through the shard manager); absent in one process. */
  otherShards?: OtherShards;
}

/** The context before the daily tips exist (they are built from it). */
export type BaseContext = Omit<BotContext, 'dailyTips'>;
