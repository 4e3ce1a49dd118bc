// The loader the bot uses: the reload worker, or the main thread (logged) when the worker cannot start or breaks.
import { createLogger, type Logger } from '../logger.js';
import { InProcessKbLoader, type KbLoader, type SnapshotLoad } from './kb-loader.js';
import { WorkerKbLoader } from './worker-kb-loader.js';

export class OffThreadKbLoader implements KbLoader {
  private current: KbLoader;

  constructor(
    readonly dir: string,
    private readonly logger?: Logger,
    startWorker: () => KbLoader = () => new WorkerKbLoader(dir),
  ) {
    this.current = startWorker();
  }

  get kind() {
    return this.current.kind;
  }

  async load(options: { buildIndex: boolean }): Promise<SnapshotLoad> {
    if (this.current.kind === 'worker') {
      try {
        return await this.current.load(options);
      } catch (error) {
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

  close(): Promise<void> {
    return this.current.close();
  }
}
