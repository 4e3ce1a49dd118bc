// The tests run the engine in the process `npm start` runs: the same V8 flags, read from package.json.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startFlags } from '../../bench/start-flags.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('the test processes', () => {
  it('run with every Node flag of npm start, the compiled regular expressions included', () => {
    const flags = startFlags(root);
    expect(flags).toContain('--no-regexp-tier-up');
    for (const flag of flags) expect(process.execArgv).toContain(flag);
  });
});
