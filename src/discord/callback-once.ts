// Discord refuses a first response after the interaction's 3 seconds with 404 Unknown interaction (code 10062), and
// the refusal is final. This keeps a doomed callback from being sent twice: once Discord said 404 for an interaction,
// or once a callback was tried and the interaction is past its window, a further callback (a reply after a failed
// "thinking…", or discord.js's own retry after a reset connection or a 5xx) is refused here, without the network.
// It wraps the REST client's request function because that is the one place every try passes, retries included.
import { DefaultRestOptions, RESTJSONErrorCodes, SnowflakeUtil, type RESTOptions } from 'discord.js';

/** Discord's window for the first response to an interaction. */
export const INTERACTION_WINDOW_MS = 3000;

/**
 * How long an interaction's record is kept. A second callback of one interaction is discord.js retrying a request
 * (at most `retries` more tries of at most `timeout` each: 3 × 15 s with its defaults) or the router replying right
 * after a failed "thinking…", both well within 2 minutes. Forgetting later costs at most one request that Discord
 * answers 404 itself; keeping records for the token's 15 minutes held ~18,000 of them at 20 interactions a second.
 */
export const FORGET_AFTER_MS = 2 * 60_000;

/** At most this many interactions are remembered (past 83 a second for 2 minutes); the oldest go first. */
export const MAX_REMEMBERED = 10_000;

const CALLBACK = /\/interactions\/(\d{17,20})\/[^/]+\/callback(?:[?#]|$)/;

type MakeRequest = RESTOptions['makeRequest'];

export interface CallbackOnceOptions {
  /** The request function to guard (default: discord.js's own). */
  makeRequest?: MakeRequest;
  /** Our clock, compared with the interaction's snowflake time (Discord's clock). */
  now?: () => number;
}

export interface CallbackGuard {
  /** The guarded request function, for the REST client's `makeRequest`. */
  makeRequest: MakeRequest;
  /** How many interactions are remembered now. */
  remembered(): number;
}

/** What Discord answers for an interaction it no longer knows, given without asking it again. */
function unknownInteraction(): Response {
  return new Response(
    JSON.stringify({ message: 'Unknown interaction', code: RESTJSONErrorCodes.UnknownInteraction }),
    { status: 404, headers: { 'content-type': 'application/json' } },
  );
}

/** A request function that sends at most one callback per interaction once it is unknown or past its window. */
export function callbackOnce(options: CallbackOnceOptions = {}): MakeRequest {
  return createCallbackGuard(options).makeRequest;
}

export function createCallbackGuard(options: CallbackOnceOptions = {}): CallbackGuard {
  const send = options.makeRequest ?? DefaultRestOptions.makeRequest;
  const now = options.now ?? Date.now;
  /**
   * Interactions whose callback was tried, in the order first tried: 'unknown' once Discord answered 404. Keyed by
   * the id as a number: the matched string would be a slice of the URL and keep it, token included, alive.
   */
  const tried = new Map<bigint, 'tried' | 'unknown'>();
  let sweepTimer: NodeJS.Timeout | undefined;

  const age = (id: bigint, at: number) => at - SnowflakeUtil.timestampFrom(id);

  /** Drops records past their time, and the oldest while there is no room for `room` more. */
  function forgetOld(at: number, room = 0): void {
    for (const id of tried.keys()) {
      if (age(id, at) < FORGET_AFTER_MS && tried.size + room <= MAX_REMEMBERED) break;
      tried.delete(id);
    }
  }

  /** Forgets old records even when no callback comes (a quiet bot), without keeping the process alive. */
  function sweepLater(): void {
    if (sweepTimer !== undefined || tried.size === 0) return;
    sweepTimer = setTimeout(() => {
      sweepTimer = undefined;
      forgetOld(now());
      sweepLater();
    }, FORGET_AFTER_MS);
    sweepTimer.unref();
  }

  const makeRequest: MakeRequest = async (url, init) => {
    const match = CALLBACK.exec(url)?.[1];
    if (!match) return send(url, init);
    const id = BigInt(match);
    const at = now();
    const state = tried.get(id);
    const pastWindow = age(id, at) > INTERACTION_WINDOW_MS;
    if (state === 'unknown' || (state === 'tried' && pastWindow)) return unknownInteraction();
    if (!state) {
      forgetOld(at, 1);
      tried.set(id, 'tried');
      sweepLater();
    }
    const response = await send(url, init);
    if (response.status === 404 && tried.has(id)) tried.set(id, 'unknown');
    return response;
  };
  return { makeRequest, remembered: () => tried.size };
}
