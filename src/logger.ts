// Structured logs (pino) to standard error, so standard output stays for replies in console mode.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'cs-coach' } }, pino.destination(2));
}
