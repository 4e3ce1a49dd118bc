// The Node flags `npm start` runs with (package.json's start script), so that benches measure the process operators run.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function startFlags(root: string): string[] {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  return pkg.scripts.start.match(/--[\w-]+(?:=\S+)?/g) ?? [];
}
