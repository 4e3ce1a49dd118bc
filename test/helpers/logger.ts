// Loggers for tests: real pino loggers, silent or writing their JSON lines into an array the test can read.
import { pino, type Logger } from 'pino';

/** One parsed pino line: level (30 info, 40 warn, 50 error), msg, and the logged fields. */
export type LogRecord = Record<string, unknown> & { level: number; msg: string };

export const LEVEL = { debug: 20, info: 30, warn: 40, error: 50 } as const;

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

/** A pino logger whose lines land, parsed, in `records` (synchronously, as they are written). */
export function capturingLogger(level = 'debug'): { logger: Logger; records: LogRecord[] } {
  const records: LogRecord[] = [];
  const logger = pino(
    { level },
    { write: (line: string) => void records.push(JSON.parse(line) as LogRecord) },
  );
  return { logger, records };
}
