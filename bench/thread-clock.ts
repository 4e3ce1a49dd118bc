// The main thread's time on a CPU and waiting for one, so a bench can tell its own work from a busy machine's.
import { closeSync, openSync, readSync } from 'node:fs';

export interface ThreadTimes {
  /** Milliseconds the thread has run on a CPU. */
  onCpuMs: number;
  /** Milliseconds the thread was ready to run but waited for a CPU (other processes had them). */
  waitingMs: number;
}

/**
 * Reads Linux's per-thread scheduler statistics (/proc/thread-self/schedstat: nanoseconds on a CPU, nanoseconds
 * waiting on a run queue), opened once by the thread that creates it. `read()` returns undefined where the file is
 * missing (not Linux, or a kernel without schedstats), so figures that need it are left out.
 */
export class ThreadClock {
  private readonly fd: number | undefined;
  private readonly buffer = Buffer.alloc(128);

  constructor() {
    try {
      this.fd = openSync('/proc/thread-self/schedstat', 'r');
    } catch {
      this.fd = undefined;
    }
  }

  read(): ThreadTimes | undefined {
    if (this.fd === undefined) return undefined;
    const length = readSync(this.fd, this.buffer, 0, this.buffer.length, 0);
    const [onCpu, waiting] = this.buffer.toString('latin1', 0, length).split(' ').map(Number);
    if (!Number.isFinite(onCpu) || !Number.isFinite(waiting)) return undefined;
    return { onCpuMs: (onCpu as number) / 1e6, waitingMs: (waiting as number) / 1e6 };
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
  }
}
