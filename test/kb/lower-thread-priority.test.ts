// The reload worker runs below normal priority: the call lowers the calling thread's priority and no other thread's.
import { readlinkSync } from 'node:fs';
import { constants, getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { lowerThisThreadPriority } from '../../src/kb/lower-thread-priority.js';

/** A thread of this process that only reports its Linux thread id and then waits until it is terminated. */
async function otherThread(): Promise<{ tid: number; stop: () => Promise<number> }> {
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     parentPort.postMessage(Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop()));
     setInterval(() => {}, 1000);`,
    { eval: true },
  );
  const tid = await new Promise<number>((resolve) => worker.once('message', resolve));
  return { tid, stop: () => worker.terminate() };
}

const thisThreadId = () => Number(readlinkSync('/proc/thread-self').split('/').pop());

// Linux only, as the bot's hosts and CI are: elsewhere the call returns false and changes nothing.
describe('lowerThisThreadPriority (Linux keeps a nice value per thread)', () => {
  it("gives the calling thread the lower priority and leaves the process's other threads as they were", async () => {
    const other = await otherThread();
    try {
      const before = getPriority(other.tid);
      expect(lowerThisThreadPriority(constants.priority.PRIORITY_BELOW_NORMAL)).toBe(true);
      expect(getPriority(thisThreadId())).toBe(constants.priority.PRIORITY_BELOW_NORMAL);
      expect(getPriority(other.tid)).toBe(before);
    } finally {
      await other.stop();
    }
  });
});
