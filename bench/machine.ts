// Names the runtime and machine the numbers were taken on, and the versions of the compared libraries.
import { readFileSync } from 'node:fs';
import os from 'node:os';

export function machineLine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  const load = os.loadavg()[0]?.toFixed(2) ?? '?';
  return `Node ${process.version}, ${os.platform()} ${os.arch()}, ${model}, ${cpus.length} cores (1-min load ${load} at start)`;
}

export function packageVersion(name: string): string {
  const pkg = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version?: string };
  return pkg.version ?? '?';
}
