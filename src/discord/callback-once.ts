// Discord refuses a first response after the interaction's 3 seconds with 404 Unknown interaction (code 10062), and
// the refusal is final. This keeps a doomed callback from being sent twice: once Discord said 404 for an interaction,
// or once a callback was tried and the interaction is past its window, a further callback (a reply after a failed
// "thinking…", or discord.js's own retry after a reset connection or a 5xx) is refused here, without the network.
// It wraps the REST client's request function because that is the one place every try passes, retries included.
import { DefaultRestOptions, RESTJSONErrorCodes, SnowflakeUtil, type RESTOptions } from 'discord.js';

/** Discord's window for the first response to an interaction. */
export const INTERACTION_WINDOW_MS = 3000;

/** Interaction tokens live 15 minutes; after that an interaction's record is of no use. */
const FORGET_AFTER_MS = 15 * 60_000;

const CALLBACK = /\/interactions\/(\d{17,20})\/[^/]+\/callback(?:[?#]|$)/;

type MakeRequest = RESTOptions['makeRequest'];

export interface CallbackOnceOptions {
  /** The request function to guard (default: discord.js's own). */
  makeRequest?: MakeRequest;
  /** Our clock, compared with the interaction's snowflake time (Discord's clock). */
  now?: () => number;
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
  const send = options.makeRequest ?? DefaultRestOptions.makeRequest;
  const now = options.now ?? Date.now;
  /** Interactions whose callback was tried, in the order first tried: 'unknown' once Discord answered 404. */
  const tried = new Map<string, 'tried' | 'unknown'>();

  function forgetOld(at: number): void {
    for (const id of tried.keys()) {
      if (at - SnowflakeUtil.timestampFrom(id) < FORGET_AFTER_MS) break;
      tried.delete(id);
    }
  }

  return async (url, init) => {
    const id = CALLBACK.exec(url)?.[1];
    if (!id) return send(url, init);
    const at = now();
    forgetOld(at);
    const state = tried.get(id);
    const pastWindow = at - SnowflakeUtil.timestampFrom(id) > INTERACTION_WINDOW_MS;
    if (state === 'unknown' || (state === 'tried' && pastWindow)) return unknownInteraction();
    if (!state) tried.set(id, 'tried');
    const response = await send(url, init);
    if (response.status === 404) tried.set(id, 'unknown');
    return response;
  };
}
