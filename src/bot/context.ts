// The one context object that reaches every handler: knowledge base, state, logger, clock, configuration.
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { DailyTipService } from '../daily-tip/daily-tip-service.js';
import type { KbHolder } from '../kb/kb-holder.js';
import type { Logger } from '../logger.js';
import type { StateStore } from '../state/state-store.js';

export interface BotContext {
  kb: KbHolder;
  store: StateStore;
  logger: Logger;
  clock: Clock;
  config: Config;
  random: () => number;
  /** Present when connected to Discord (the console has no channels to post in). */
  dailyTips?: DailyTipService;
}
