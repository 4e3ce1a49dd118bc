// Heap used by whatever a builder creates: heapUsed after minus before, with full collections when --expose-gc is on.
export const gcAvailable = typeof globalThis.gc === 'function';

function collect(): void {
  // Two passes so that objects freed by finalizers of the first are gone too.
  globalThis.gc?.();
  globalThis.gc?.();
}

export function heapDelta<T>(build: () => T): { value: T; bytes: number } {
  collect();
  const before = process.memoryUsage().heapUsed;
  const value = build();
  collect();
  const bytes = process.memoryUsage().heapUsed - before;
  return { value, bytes };
}
