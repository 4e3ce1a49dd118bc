// `npm start`: runs the compiled bot (dist/), compiling first when dist/ is missing or older than the sources,
// so that production runs JavaScript without a TypeScript loader and a fresh clone still starts with one command.
/* global console, process */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const entry = path.join(root, 'dist', 'src', 'main.js');

/** The newest modification time of the .ts files under the given folders. */
function newestSource(dirs) {
  let newest = 0;
  const visit = (dir) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, item.name);
      if (item.isDirectory()) visit(full);
      else if (item.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of dirs) visit(path.join(root, dir));
  return Math.max(newest, statSync(path.join(root, 'tsconfig.json')).mtimeMs);
}

if (!existsSync(entry) || statSync(entry).mtimeMs < newestSource(['src', 'commands'])) {
  console.error('cs-coach: compiling the TypeScript sources into dist/ (once after each change)…');
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
await import(pathToFileURL(entry).href);
