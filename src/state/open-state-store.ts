// Picks the state store from the configuration: Redis when STATE_URL is set, else lowdb in STATE_FILE.
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { LowdbStateStore } from './lowdb-store.js';
import type { StateStore } from './state-store.js';

/** Throws StateStoreOpenError, whose message is the one line to show, when the store cannot be used. */
export async function openStateStore(
  config: Pick<Config, 'STATE_FILE' | 'STATE_URL'>,
  logger: Logger,
): Promise<StateStore> {
  if (!config.STATE_URL) return LowdbStateStore.open(config.STATE_FILE, logger);
  // Loaded only when used: a one-process bot does not pay for the Redis client at start-up.
  const { RedisStateStore } = await import('./redis-store.js');
  return RedisStateStore.open(config.STATE_URL, logger);
}
