// Keeps Discord's 3 seconds under a burst. Answers are computed on the one event loop, so when many interactions
// arrive at once the last ones start late, and the "defer after 1.5 s" timer of the router cannot fire while the
// loop is busy. Each command first lets the interactions already received start (one turn of the loop), then one
// that has already waited past the budget (by its snowflake's time) says "thinking…" before any work.

/** How long an interaction may have waited before it is deferred first; leaves room for the deferral itself. */
export const BACKLOG_BUDGET_MS = 1000;

/** One turn of the event loop: the interactions already received start, and pending I/O goes out. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Whether an interaction created at `createdTimestamp` (Discord's clock) has waited past the budget at `now` (ours).
 * A clock ahead of Discord's only defers more often: a "thinking…" first, never a lost answer.
 */
export function waitedPastBudget(
  createdTimestamp: number,
  now: number,
  budgetMs = BACKLOG_BUDGET_MS,
): boolean {
  return now - createdTimestamp > budgetMs;
}

/** The work's result when it is done within `deferAfterMs`, else 'slow' (the router then says "thinking…" first). */
export async function inTimeOrSlow<T>(work: Promise<T>, deferAfterMs: number): Promise<T | 'slow'> {
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<'slow'>((resolve) => (timer = setTimeout(() => resolve('slow'), deferAfterMs)));
  try {
    return await Promise.race([work, slow]);
  } finally {
    clearTimeout(timer);
  }
}
