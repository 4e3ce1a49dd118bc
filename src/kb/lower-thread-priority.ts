// Lowers the calling thread's scheduling priority, so that background work leaves the CPU to the thread that answers.
import { readlinkSync } from 'node:fs';
import { constants, setPriority } from 'node:os';

/**
 * Gives the calling thread the nice value `priority` (default 10, "below normal"); false where that is not possible.
 * Linux keeps a nice value per thread, and `setpriority` given a thread id changes that thread alone; Node has no
 * call for a worker's own thread, so the id is read from /proc/thread-self (`<pid>/task/<tid>`). Elsewhere (no
 * /proc, or not permitted) the thread keeps its priority and nothing else changes.
 */
export function lowerThisThreadPriority(
  priority: number = constants.priority.PRIORITY_BELOW_NORMAL,
): boolean {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, priority);
    return true;
  } catch {
    return false;
  }
}
