// Turns SVG into PNG on a worker thread. resvg's renderAsync draws on libuv's pool, but encoding the PNG (asPng) runs
// on the calling thread: under `npm run load` that was ~25 ms of the event loop per cold chart, in front of every
// other reply. Here the whole render and the encoding happen off the event loop, one chart at a time.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';

export interface RenderedPng {
  png: Buffer;
  width: number;
  height: number;
}

/**
 * The worker's code, as a string: a separate .ts file would need a TypeScript loader in the worker under tsx and
 * vitest, while plain CommonJS runs the same from src/ and from dist/.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { Resvg } = require(workerData.resvgPath);
parentPort.on('message', ({ id, svg }) => {
  try {
    const image = new Resvg(svg, workerData.options).render();
    const png = image.asPng();
    parentPort.postMessage({ id, png, width: image.width, height: image.height }, [png.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message ? error.message : error) });
  }
});
`;

interface Pending {
  resolve: (image: RenderedPng) => void;
  reject: (error: Error) => void;
}

type WorkerReply =
  { id: number; png: Uint8Array; width: number; height: number } | { id: number; error: string };

/** One worker thread and the renders it owes. */
interface Running {
  worker: Worker;
  pending: Map<number, Pending>;
}

export class PngWorker {
  private running: Running | undefined;
  private nextId = 0;

  constructor(private readonly options: ResvgRenderOptions) {}

  render(svg: string): Promise<RenderedPng> {
    const running = this.running ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      running.pending.set(id, { resolve, reject });
      running.worker.postMessage({ id, svg });
    });
  }

  /** Stops the worker; pending renders fail. */
  async close(): Promise<void> {
    const running = this.running;
    this.running = undefined;
    if (running) await running.worker.terminate();
  }

  private start(): Running {
    const resvgPath = createRequire(import.meta.url).resolve('@resvg/resvg-js');
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { resvgPath, options: this.options },
    });
    const running: Running = { worker, pending: new Map() };
    worker.on('message', (reply: WorkerReply) => {
      const waiting = running.pending.get(reply.id);
      running.pending.delete(reply.id);
      // Idle: the thread ends. resvg keeps ~2 MB of native memory per render until its thread goes (measured: 360
      // renders on one thread held 620 MB), and charts are cached, so cold renders come in rare bursts.
      if (running.pending.size === 0 && this.running === running) {
        this.running = undefined;
        void worker.terminate();
      }
      if (!waiting) return;
      if ('error' in reply) waiting.reject(new Error(`chart render failed: ${reply.error}`));
      else
        waiting.resolve({
          png: Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength),
          width: reply.width,
          height: reply.height,
        });
    });
    // A crashed worker fails what it had; the next render starts a new one.
    const fail = (error: Error) => {
      if (this.running === running) this.running = undefined;
      for (const waiting of running.pending.values()) waiting.reject(error);
      running.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`chart worker exited with code ${code}`)));
    this.running = running;
    return running;
  }
}
