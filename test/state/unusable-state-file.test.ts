// Start-up with a STATE_FILE that cannot be used: the real process prints one clear line and exits with code 1.
import { spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_KB_DIR, makeTempDir, REPO_ROOT, removeTempDirs } from '../helpers/temp-dir.js';

/** Starting tsx and loading the knowledge base takes a few seconds on a busy machine. */
const START_MS = 60_000;
const CONFIG_VARS = /^(DISCORD_|KB_|STATE_|DAILY_TIP_|ADMIN_ROLE_ID$|LOG_LEVEL$)/;
const NOBODY = 65534;

afterEach(removeTempDirs);

beforeAll(() => {
  if (process.getuid?.() !== 0) return;
  // Run as root, the permission cases start the bot as "nobody", who must be able to read the repository.
  const probe = spawnSync(
    process.execPath,
    ['-e', `require('fs').accessSync(${JSON.stringify(REPO_ROOT)} + '/src/main.ts')`],
    {
      uid: NOBODY,
      gid: NOBODY,
    },
  );
  if (probe.status !== 0)
    throw new Error(
      `run the tests from a folder other users may read: as root, they start the bot as "nobody" (uid ${NOBODY}) to test permissions, and it cannot read ${REPO_ROOT}`,
    );
});

interface Started {
  pid: number;
  output: () => { stdout: string; stderr: string };
  exited: Promise<number | null>;
  kill: () => void;
}

/** `node --import tsx src/main.ts` in console mode (no token), its standard input left open until killed. */
function startMain(
  stateFile: string,
  options: SpawnOptions = {},
  extraEnv: Record<string, string> = {},
): Started {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !CONFIG_VARS.test(name)),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...inherited, KB_DIR: FIXTURE_KB_DIR, STATE_FILE: stateFile, ...extraEnv },
    stdio: ['pipe', 'pipe', 'pipe'],
    ...options,
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return {
    pid: child.pid!,
    output: () => ({ stdout, stderr }),
    exited: new Promise((resolve) => child.once('exit', resolve)),
    kill: () => child.kill('SIGKILL'),
  };
}

async function expectOneLineAndExit1(started: Started, line: RegExp): Promise<void> {
  expect(await started.exited).toBe(1);
  const lines = started.output().stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(line);
}

describe('start-up with an unusable STATE_FILE', () => {
  it(
    "speaks the operator's language: the same folder at STATE_FILE in Polish (LANG=pl_PL.UTF-8)",
    async () => {
      const dir = path.join(await makeTempDir('cs-coach-state-'), 'state.json');
      await mkdir(dir);
      await expectOneLineAndExit1(
        startMain(dir, {}, { LC_ALL: '', LC_MESSAGES: '', LANG: 'pl_PL.UTF-8' }),
        /^cs-coach nie może wystartować: STATE_FILE .*state\.json to folder, a nie plik\. Ustaw STATE_FILE/,
      );
    },
    START_MS,
  );

  it(
    'a folder at STATE_FILE: one line saying it is a folder, exit code 1',
    async () => {
      const dir = path.join(await makeTempDir('cs-coach-state-'), 'state.json');
      await mkdir(dir);
      await expectOneLineAndExit1(
        startMain(dir),
        /^cs-coach cannot start: STATE_FILE .*state\.json is a folder, not a file\. Set STATE_FILE to a file/,
      );
    },
    START_MS,
  );

  it(
    'a folder the bot may not write: one line naming the folder and the error, exit code 1',
    async () => {
      const dir = await makeTempDir('cs-coach-state-');
      await chmod(dir, 0o555);
      // Root may write anywhere: the bot then runs as "nobody", as a service account would.
      const asNobody = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
      await expectOneLineAndExit1(
        startMain(path.join(dir, 'state.json'), asNobody),
        /^cs-coach cannot start: STATE_FILE .*state\.json: the folder .* is not writable \(EACCES/,
      );
    },
    START_MS,
  );

  it(
    'a state file the bot may not read or write: one line saying so, exit code 1',
    async () => {
      const dir = await makeTempDir('cs-coach-state-');
      await chmod(dir, 0o777);
      const file = path.join(dir, 'state.json');
      await writeFile(file, '{}');
      await chmod(file, 0o600);
      const asNobody = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
      if (!asNobody.uid) await chmod(file, 0o000);
      await expectOneLineAndExit1(
        startMain(file, asNobody),
        /^cs-coach cannot start: STATE_FILE .*state\.json cannot be read and written \(EACCES/,
      );
    },
    START_MS,
  );

  it(
    'a second process on the same state file: one line naming the first process, exit code 1',
    async () => {
      const file = path.join(await makeTempDir('cs-coach-state-'), 'state.json');
      const first = startMain(file);
      try {
        await expect
          .poll(() => first.output().stderr, { timeout: START_MS, interval: 100 })
          .toContain('console mode');
        await expectOneLineAndExit1(
          startMain(file),
          new RegExp(
            `^cs-coach cannot start: the state file .* is in use by another cs-coach process \\(pid ${first.pid}\\)`,
          ),
        );
      } finally {
        first.kill();
        await first.exited;
      }
    },
    START_MS,
  );
});
