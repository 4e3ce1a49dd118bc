// The loader the bot reloads with: the reload worker, or the main thread (logged) when the worker cannot start or breaks.
import { createLogger, type Logger } from '../logger.js';
import { InProcessKbLoader, type KbLoader, type SnapshotLoad } from './kb-loader.js';
import type { LoadedFile } from './load.js';
import { WorkerKbLoader } from './worker-kb-loader.js';

export class OffThreadKbLoader implements KbLoader {
  private current: KbLoader | undefined;
  private closed = false;

  /**
   * The worker starts with the first reload, so that a bot that never reloads never pays for it; that first
   * reload has the worker read every file once. `held` (what the main thread loaded itself at start-up) is not
   * sent back to it.
   */
  constructor(
    readonly dir: string,
    private readonly logger?: Logger,
    held: readonly LoadedFile[] = [],
    private readonly startWorker: () => KbLoader = () => new WorkerKbLoader(dir, held),
  ) {}

  get kind() {
    return this.current?.kind ?? 'worker';
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.current?.close();
  }

  async load(options: { buildIndex: boolean }): Promise<SnapshotLoad> {
    if (this.closed) throw new Error('the knowledge-base loader is closed');
    this.current ??= this.startWorker();
    if (this.current.kind === 'worker') {
      try {
        return await this.current.load(options);
      } catch (error) {
        if (this.closed) throw error;
        // Answers matter more than a smooth reload: carry on blocking the event loop while loading, and say so.
        (this.logger ?? createLogger('warn')).error(
          { err: error, kbDir: this.dir },
          'the knowledge-base reload worker failed; loading on the main thread from now on',
        );
        await this.current.close().catch(() => undefined);
        this.current = new InProcessKbLoader(this.dir);
      }
    }
    return this.current.load(options);
  }
}
