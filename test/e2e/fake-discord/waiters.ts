// Promise-based "wait until something matching shows up" with timeouts that
// are always cleared (no stray timers) and can all be cancelled on stop().

interface Waiter<T> {
  predicate: (item: T) => boolean;
  resolve: (item: T) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class Waiters<T> {
  private readonly waiters = new Set<Waiter<T>>();

  /**
   * Resolves with the first item for which `predicate` holds: among `existing`
   * first, otherwise the next one passed to `notify`. Rejects after timeoutMs
   * with an error built by `describeTimeout`.
   */
  wait(
    predicate: (item: T) => boolean,
    timeoutMs: number,
    describeTimeout: () => string,
    existing: Iterable<T> = [],
  ): Promise<T> {
    for (const item of existing) {
      if (predicate(item)) return Promise.resolve(item);
    }
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter<T> = {
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          reject(new Error(`FakeDiscord: timed out after ${timeoutMs} ms: ${describeTimeout()}`));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  notify(item: T): void {
    for (const waiter of [...this.waiters]) {
      let matched: boolean;
      try {
        matched = waiter.predicate(item);
      } catch (error) {
        this.settle(waiter);
        waiter.reject(error instanceof Error ? error : new Error(String(error)));
        continue;
      }
      if (matched) {
        this.settle(waiter);
        waiter.resolve(item);
      }
    }
  }

  cancelAll(reason: string): void {
    for (const waiter of [...this.waiters]) {
      this.settle(waiter);
      waiter.reject(new Error(`FakeDiscord: ${reason}`));
    }
  }

  private settle(waiter: Waiter<T>): void {
    clearTimeout(waiter.timer);
    this.waiters.delete(waiter);
  }
}
