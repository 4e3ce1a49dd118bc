// `npm run test:redis`: the state-store contract against a real redis-server that the global setup starts and stops.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/redis/**/*.redis-test.ts'],
    globalSetup: ['test/redis/redis-server.global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // The files share one Redis and empty it before each test: one file at a time.
    fileParallelism: false,
  },
});
