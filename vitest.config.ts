import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { startFlags } from './bench/start-flags.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // The test processes run with the Node flags `npm start` runs with. Without `--no-regexp-tier-up` V8 interprets
    // the question readers' long patterns: the first Polish question took 6 s instead of 1 s, and an e2e /ask
    // timed out on a loaded host.
    execArgv: startFlags(path.dirname(fileURLToPath(import.meta.url))),
  },
});
