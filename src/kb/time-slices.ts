// Long loops on the main thread that give the event loop back every few milliseconds, so interactions are answered.
import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Counts the time a loop has run since it last gave the event loop back. Checked between steps
 * (`if (slices.due) await slices.next()`), so that a step costs no await when its slice is not over.
 */
export class TimeSlices {
  private sliceStart = performance.now();

  constructor(private readonly sliceMs: number) {}

  /** Whether the current slice has run for `sliceMs`. */
  get due(): boolean {
    return performance.now() - this.sliceStart > this.sliceMs;
  }

  /** Lets timers and I/O (interactions) run, then starts a new slice. */
  async next(): Promise<void> {
    await nextTurn();
    this.sliceStart = performance.now();
  }
}
