// `npm run test:redis`: the state-store contract against a real redis-server that the global setup starts and stops.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { startFlags } from './bench/start-flags.js';

export default defineConfig({
  test: {
    include: ['test/redis/**/*.redis-test.ts'],
    globalSetup: ['test/redis/redis-server.global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // As vitest.config.ts: the Node flags `npm start` runs with.
    execArgv: startFlags(path.dirname(fileURLToPath(import.meta.url))),
    // The files share one Redis and empty it before each test: one file at a time.
    fileParallelism: false,
  },
});
