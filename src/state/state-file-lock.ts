// One process per lowdb state file: a lock file holding the owner's pid; a lock left by a dead process is taken over.
import { randomUUID } from 'node:crypto';
import { open, readFile, unlink } from 'node:fs/promises';
import type { Logger } from '../logger.js';
import { StateStoreOpenError } from './state-store.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class StateFileLock {
  private constructor(
    readonly file: string,
    /** The lock file's whole content: the pid, and a token so that release never removes a lock taken over. */
    private readonly content: string,
  ) {}

  /** Takes `<state file>.lock`; refuses with a clear message while another live process holds it. */
  static async acquire(stateFile: string, logger: Logger): Promise<StateFileLock> {
    const file = `${stateFile}.lock`;
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const handle = await open(file, 'wx');
        const content = `${process.pid}\n${randomUUID()}\n`;
        await handle.writeFile(content);
        await handle.close();
        return new StateFileLock(file, content);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new StateStoreOpenError({ code: 'lock_create', file, reason: (error as Error).message });
        }
      }
      const owner = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10);
      // Our own pid in a leftover lock means a previous run in a container that reuses pids: not a live owner.
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new StateStoreOpenError({ code: 'in_use', file: stateFile, pid: owner });
      }
      logger.warn(
        { file, pid: Number.isNaN(owner) ? null : owner },
        'state lock left by a stopped process: taking it over',
      );
      await unlink(file).catch(() => undefined);
    }
    throw new StateStoreOpenError({ code: 'lock_contended', file });
  }

  async release(): Promise<void> {
    if ((await readFile(this.file, 'utf8').catch(() => '')) === this.content)
      await unlink(this.file).catch(() => undefined);
  }
}
