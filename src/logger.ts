// Structured logs (pino) to standard error, so standard output stays for replies in console mode.
// Errors are serialized without secrets: discord.js puts the request URL (an interaction or webhook token, valid
// for 15 minutes) and the whole request body (a user's message) on its DiscordAPIError and HTTPError.
import { pino, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

/** Token-bearing path segments of Discord's REST routes: /interactions/<id>/<token>, /webhooks/<id>/<token>. */
const TOKEN_IN_PATH = /\/(interactions|webhooks)\/(\d+)\/[^/?#]+/g;

function withoutTokens(text: string): string {
  return text.replace(TOKEN_IN_PATH, '/$1/$2/[token]');
}

/** pino's error serializer, minus request bodies and with tokens cut out of URLs (also in causes). */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  delete serialized.requestBody;
  for (const [key, value] of Object.entries(serialized)) {
    if (typeof value === 'string') serialized[key] = withoutTokens(value);
  }
  if (error.cause !== undefined) serialized.cause = serializeError(error.cause);
  return serialized;
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    base: { app: 'cs-coach' },
    serializers: { err: serializeError, error: serializeError },
  };
}

export function createLogger(level: string): Logger {
  return pino(loggerOptions(level), pino.destination(2));
}
