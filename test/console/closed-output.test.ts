// The real console process whose reader goes away (`npm start | head -1`): it ends quietly, with no EPIPE crash.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, removeKbFolders, validKbFiles, writeKbFolder } from '../fixtures/kb-fixtures.js';

/** Starting tsx takes a few seconds, more when the suite's files run in parallel. */
const START_MS = 30_000;
/** Variables of the bot's configuration (src/config.ts), removed from the inherited environment. */
const CONFIG_VARS = /^(DISCORD_|KB_|STATE_FILE$|STATE_URL$|DAILY_TIP_|ADMIN_ROLE_ID$|LOG_LEVEL$)/;

afterAll(removeKbFolders);

describe('the console when its standard output is closed by the reader', () => {
  it(
    'stops reading and exits with code 0 without an unhandled EPIPE',
    async () => {
      const kbDir = await writeKbFolder(validKbFiles());
      const stateDir = await writeKbFolder({});
      const inherited = Object.fromEntries(
        Object.entries(process.env).filter(([name]) => !CONFIG_VARS.test(name)),
      );
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: REPO_ROOT,
        env: { ...inherited, KB_DIR: kbDir, STATE_FILE: path.join(stateDir, 'state.json') },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      try {
        child.stdin.write('/ask how to listen to a customer\n');
        // Like `head -1`: read the first reply, then close the pipe's reading end.
        const first = await new Promise<string>((resolve) =>
          child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8'))),
        );
        child.stdout.destroy();
        // Further replies now have nowhere to go; standard input is left open, as a slow writer would.
        child.stdin.write('/ask how to listen to a customer\n/ask listen\n/help\n');

        expect(first.length).toBeGreaterThan(0);
        expect(await exited).toBe(0);
        expect(stderr).not.toMatch(/EPIPE|Unhandled/);
      } finally {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    },
    START_MS,
  );
});
