import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { startFlags } from './bench/start-flags.js';

/**
 * The pure core's tests (answers, evaluation, rendering, charts, quizzes, messages): no timers, environment, sockets
 * or child processes, so their files share a worker process instead of starting one each (isolate: false). Starting a
 * fresh process and loading the engine for each of these ~150 files cost CI several minutes.
 */
const CORE = ['answer', 'eval', 'render', 'charts', 'quiz', 'i18n'].map((dir) => `test/${dir}/**/*.test.ts`);

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // The test processes run with the Node flags `npm start` runs with. Without `--no-regexp-tier-up` V8 interprets
    // the question readers' long patterns: the first Polish question took 6 s instead of 1 s, and an e2e /ask
    // timed out on a loaded host.
    execArgv: startFlags(path.dirname(fileURLToPath(import.meta.url))),
    projects: [
      { extends: true, test: { name: 'core', include: CORE, isolate: false } },
      // Everything else (the bot, the fake Discord, schedules, the state store, processes): one process per file.
      { extends: true, test: { name: 'adapters', include: ['test/**/*.test.ts'], exclude: CORE } },
    ],
  },
});
