// Memory taken by whatever a builder creates: heapUsed and external (typed arrays live there) after minus before,
// with full collections when --expose-gc is on.
export const gcAvailable = typeof globalThis.gc === 'function';

function collect(): void {
  // Two passes so that objects freed by finalizers of the first are gone too.
  globalThis.gc?.();
  globalThis.gc?.();
}

export interface Built<T> {
  value: T;
  ms: number;
  cpuMs: number;
  heapBytes: number;
  externalBytes: number;
}

/** Builds once, timing it and measuring the memory that stays in use. */
export function measureBuild<T>(build: () => T): Built<T> {
  collect();
  const before = process.memoryUsage();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = build();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  collect();
  const after = process.memoryUsage();
  return {
    value,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    heapBytes: after.heapUsed - before.heapUsed,
    externalBytes: after.external - before.external,
  };
}
