// Picks the state store from the configuration: Redis when STATE_URL is set, else lowdb in STATE_FILE.
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { LowdbStateStore } from './lowdb-store.js';
import { RedisStateStore } from './redis-store.js';
import type { StateStore } from './state-store.js';

/** Throws StateStoreOpenError, whose message is the one line to show, when the store cannot be used. */
export function openStateStore(
  config: Pick<Config, 'STATE_FILE' | 'STATE_URL'>,
  logger: Logger,
): Promise<StateStore> {
  return config.STATE_URL
    ? RedisStateStore.open(config.STATE_URL, logger)
    : LowdbStateStore.open(config.STATE_FILE, logger);
}
