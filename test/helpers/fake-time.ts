// Fake time for schedule tests: vitest's fake timers (node-cron 4 runs on setTimeout and new Date), advanced
// step by step, letting the real file writes of the state store finish after each step.
import { vi } from 'vitest';
import type { StateStore } from '../../src/state/state-store.js';

const HOUR = 3_600_000;

/** Fakes timers and Date only; file system callbacks, setImmediate and nextTick stay real. */
export function useFakeTime(at: string | Date): void {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    now: new Date(at),
  });
}

/**
 * Waits (in real time) until the store's queued writes and whatever they unblock have finished: it waits for the
 * store's writes until the state stops changing.
 */
export async function settle(store: StateStore): Promise<void> {
  let before = JSON.stringify(await store.snapshot());
  let stable = 0;
  for (let round = 0; stable < 2 && round < 100; round++) {
    await store.flush();
    await new Promise((resolve) => setImmediate(resolve));
    const after = JSON.stringify(await store.snapshot());
    stable = after === before ? stable + 1 : 0;
    before = after;
  }
}

export const DAY = 24 * HOUR;

export interface Steps {
  /** Length of a step; an hour by default. */
  stepMs?: number;
  /** Steps end at this instant plus whole steps (whole UTC hours by default, where minute-0 cron jobs fire). */
  anchor?: string | Date;
}

/**
 * Moves fake time forward to `target` step by step, settling the store after each step, so that every post is
 * written before the clock moves on. Cron jobs fire at their own instants inside a step either way.
 */
export async function advanceTo(
  target: string | Date,
  store: StateStore | (() => StateStore),
  { stepMs = HOUR, anchor = new Date(0) }: Steps = {},
): Promise<void> {
  const end = new Date(target).getTime();
  const base = new Date(anchor).getTime();
  const storeNow = typeof store === 'function' ? store : () => store;
  for (let now = Date.now(); now < end; now = Date.now()) {
    const next = Math.min(end, base + (Math.floor((now - base) / stepMs) + 1) * stepMs);
    await vi.advanceTimersByTimeAsync(next - now);
    await settle(storeNow());
  }
}
