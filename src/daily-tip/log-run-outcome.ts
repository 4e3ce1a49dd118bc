// Logs what a scheduled daily-tip run came to (which process posted, or why not), for operators and the shard tests;
// the frequent "not yet" checks of the safety clock stay silent.
import type { Logger } from '../logger.js';
import type { RunOutcome } from './daily-tip-service.js';

export function logRunOutcome(logger: Logger, guildId: string): (outcome: RunOutcome) => void {
  return (outcome) => {
    if ('skipped' in outcome && outcome.skipped === 'not-yet') return;
    logger.debug({ guildId, ...outcome }, 'daily tip run');
  };
}
