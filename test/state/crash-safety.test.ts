// Crash safety: a process writing to the lowdb store is killed with SIGKILL at random moments, again and again;
// after every kill the state reads valid and holds every write the store had confirmed.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { logFileFor, LowdbStateStore } from '../../src/state/lowdb-store.js';
import { parseLogText } from '../../src/state/question-log-file.js';
import { loadSettings } from '../../src/state/settings-file.js';
import { StateStoreOpenError } from '../../src/state/state-store.js';
import { silentLogger } from '../helpers/logger.js';
import { seededRandom } from '../helpers/random.js';
import { makeTempDir, REPO_ROOT, removeTempDirs } from '../helpers/temp-dir.js';

const KILLS = 16;
const WRITER = path.join(REPO_ROOT, 'test', 'state', 'fixtures', 'crash-writer.ts');

let writerBundle = '';
beforeAll(async () => {
  // One bundle for all runs: starting it takes a fraction of what loading the TypeScript sources does.
  writerBundle = path.join(await makeTempDir('cs-coach-writer-'), 'crash-writer.cjs');
  await build({
    entryPoints: [WRITER],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: writerBundle,
    logLevel: 'error',
  });
});
afterAll(removeTempDirs);

interface Confirmed {
  settings: Map<string, string>;
  votes: string[];
  questions: string[];
}

/** Starts the writer, lets it write for `writeMs` after it is ready, kills it, and returns what it confirmed. */
async function writeThenKill(
  file: string,
  run: number,
  writeMs: number,
  whileRunning?: (pid: number) => Promise<void>,
) {
  const child = spawn(process.execPath, [writerBundle, file, String(run)], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const confirmed: Confirmed = { settings: new Map(), votes: [], questions: [] };
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let buffer = '';
  await new Promise<void>((resolve, reject) => {
    child.once('exit', () => reject(new Error('the writer ended before it was killed')));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, a, b] = line.split(' ');
        if (kind === 'ready') resolve();
        if (kind === 'S') confirmed.settings.set(a!, b!);
        if (kind === 'V') confirmed.votes.push(a!);
        if (kind === 'Q') confirmed.questions.push(a!);
      }
    });
  });
  await whileRunning?.(child.pid!);
  await new Promise((resolve) => setTimeout(resolve, writeMs));
  child.kill('SIGKILL');
  await exited;
  return confirmed;
}

it(`the state survives ${KILLS} SIGKILLs at random moments while writing, holding every confirmed write`, async () => {
  const file = path.join(await makeTempDir('cs-coach-crash-'), 'state.json');
  const random = seededRandom(20261130);
  let totalConfirmed = 0;
  for (let run = 0; run < KILLS; run++) {
    const confirmed = await writeThenKill(
      file,
      run,
      5 + Math.floor(random() * 120),
      // While one process holds the file, a second one is refused with a message naming the first.
      run === 0
        ? async (pid) => {
            const refused = await LowdbStateStore.open(file, silentLogger()).catch((e: unknown) => e);
            expect(refused).toBeInstanceOf(StateStoreOpenError);
            expect((refused as StateStoreOpenError).problem).toMatchObject({ code: 'in_use', pid });
          }
        : undefined,
    );
    totalConfirmed += confirmed.votes.length;

    // The files on disk, read strictly: the settings file whole and valid, the log with at most a torn last line.
    const settings = loadSettings(JSON.parse(await readFile(file, 'utf8')));
    expect(settings.problems).toEqual([]);
    const log = parseLogText(await readFile(logFileFor(file), 'utf8').catch(() => ''));
    expect(log.bad.filter((bad) => bad.line < log.lines)).toEqual([]);

    // Every confirmed write is there (a later, unconfirmed one may be there too), after the stale lock is taken over.
    const store = await LowdbStateStore.open(file, silentLogger());
    for (const [guildId, value] of confirmed.settings) {
      const stored = (await store.guildDailyTip(guildId))?.lastTipId ?? '';
      expect(
        stored.startsWith(`${run}-`) && Number(stored.split('-')[1]) >= Number(value.split('-')[1]),
      ).toBe(true);
    }
    const { votes, questions } = await store.questionLog();
    const voteIds = new Set(votes.map((v) => v.entryId));
    expect(confirmed.votes.filter((id) => !voteIds.has(id))).toEqual([]);
    const questionTexts = new Set(questions.map((q) => q.question));
    expect(confirmed.questions.filter((q) => !questionTexts.has(q))).toEqual([]);
    await store.close();
  }
  // The kills fell while writes were going on, not before the first one.
  expect(totalConfirmed).toBeGreaterThan(KILLS * 5);
  // About 5 s on an idle 2-core machine; a generous limit for a busy one (this is not a speed test).
}, 120_000);
