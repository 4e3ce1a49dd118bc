// The per-user rate limit on commands and button clicks, with a friendly refusal in the user's language.
// rate-limiter-flexible rather than a hand-written counter: its RateLimiterMemory expires keys on its own (no growth
// with the number of users), and RateLimiterRedis has the same interface when several processes must share counts.
import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { localeToLang } from '../answer/answer-question.js';
import type { Config } from '../config.js';
import { catalog } from '../i18n/catalog.js';
import type { Reply } from '../render/reply.js';

export interface UserRateLimit {
  /** Counts one command of this user; a refusal reply when they are over the limit, undefined when allowed. */
  refusal(userId: string, locale: string | undefined): Promise<Reply | undefined>;
}

type RateLimitConfig = Pick<Config, 'RATE_LIMIT_COMMANDS' | 'RATE_LIMIT_WINDOW_SECONDS'>;

export function createUserRateLimit(
  config: RateLimitConfig,
  limiter: RateLimiterAbstract | undefined = config.RATE_LIMIT_COMMANDS > 0
    ? new RateLimiterMemory({
        points: config.RATE_LIMIT_COMMANDS,
        duration: config.RATE_LIMIT_WINDOW_SECONDS,
      })
    : undefined,
): UserRateLimit {
  return {
    async refusal(userId, locale) {
      if (!limiter) return undefined;
      try {
        await limiter.consume(userId);
        return undefined;
      } catch (rejection) {
        // consume rejects with a RateLimiterRes when over the limit, and with an Error when its store fails:
        // a store failure must not stop the bot from answering.
        if (!(rejection instanceof RateLimiterRes)) return undefined;
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        const lang = localeToLang(locale) ?? 'en';
        return {
          cards: [
            { title: '⏳', description: catalog(lang).refusals.rateLimited(seconds), tone: 'declined' },
          ],
          private: true,
        };
      }
    },
  };
}
