// The real process: `tsx src/main.ts` as an operator starts it, with its configuration in the environment,
// against FakeDiscord on 127.0.0.1; a bad configuration; and the console mode when there is no token.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { FakeDiscord } from './fake-discord/index.js';
import { discordLimitViolations } from './helpers/discord-limits.js';
import { command } from './helpers/interact.js';
import { catalog } from '../../src/i18n/catalog.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { warmUpQuestions } from '../../src/answer/warm-up.js';
import { startFlags } from '../../bench/start-flags.js';
import { FIXTURE_KB_DIR, REPO_ROOT } from './helpers/start-test-bot.js';

const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
/** Starting tsx and loading discord.js takes a few seconds, more when the suite's files run in parallel. */
const START_MS = 30_000;

/** Variables of the bot's configuration (src/config.ts), removed from the inherited environment. */
const CONFIG_VARS = /^(DISCORD_|KB_|STATE_FILE$|STATE_URL$|DAILY_TIP_|ADMIN_ROLE_ID$|LOG_LEVEL$|LANG$|LC_)/;

interface Running {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

function startMain(env: Record<string, string>, stdin?: string): Running {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name, value]) => value !== undefined && !CONFIG_VARS.test(name)),
  ) as Record<string, string>;
  // With npm start's Node flags: without them V8 interprets the engine's long patterns (seconds a first question).
  const child = spawn(TSX, [...startFlags(REPO_ROOT), 'src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...inherited, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
    // its own process group: tsx runs the bot in a child process, and stopChild must be able to end both
    detached: true,
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  if (stdin !== undefined) child.stdin.end(stdin);
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** The JSON log lines the process wrote to standard error. */
function logLines(stderr: string): Record<string, unknown>[] {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

async function stopChild(running: Running | undefined): Promise<void> {
  if (!running?.child.pid) return;
  try {
    process.kill(-running.child.pid, 'SIGKILL'); // the group of the process this test started
  } catch {
    return; // already gone
  }
  await running.exited;
}

describe('the bot process with a token', () => {
  let fake: FakeDiscord;
  let stateDir: string;
  let running: Running;

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    stateDir = await mkdtemp(path.join(tmpdir(), 'cs-coach-e2e-process-'));
    running = startMain({
      DISCORD_TOKEN: fake.token,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_GUILD_ID: fake.ids.guildId,
      KB_DIR: FIXTURE_KB_DIR,
      STATE_FILE: path.join(stateDir, 'state.json'),
      LOG_LEVEL: 'info',
    });
    await fake.waitForReady(START_MS);
  }, START_MS + 5000);

  afterAll(async () => {
    await stopChild(running);
    try {
      expect(discordLimitViolations(fake.requests)).toEqual([]);
    } finally {
      await fake.stop();
      await rm(stateDir, { recursive: true, force: true });
    }
  });

  it('logs in to Discord and says so in its log', async () => {
    await expect
      .poll(() => logLines(running.stderr()).find((l) => l.msg === 'connected to Discord'), {
        timeout: 10_000,
      })
      .toMatchObject({ level: 30, user: 'cs-coach', guilds: 1 });
  });

  it('registers its slash commands in the configured server', async () => {
    await expect
      .poll(
        () =>
          fake
            .registeredCommands(fake.ids.guildId)
            .map((c) => c.name)
            .sort(),
        { timeout: 10_000 },
      )
      .toEqual(COMMANDS.map((c) => c.data.name).sort());
  });

  it('warms its answer engine up on the knowledge base phrasings, and logs it', async () => {
    const loaded = await loadKnowledgeBase(FIXTURE_KB_DIR);
    if (!loaded.ok) throw new Error('the fixture knowledge base is invalid');
    // All of them on a quiet machine; on a loaded one the 5 s budget may stop it earlier.
    const asked = warmUpQuestions(loaded.kb).length;
    await expect
      .poll(() => logLines(running.stderr()).find((l) => l.msg === 'answer engine warmed up'), {
        timeout: 15_000,
      })
      .toMatchObject({ level: 30, questions: expect.any(Number) });
    const record = logLines(running.stderr()).find((l) => l.msg === 'answer engine warmed up');
    expect(record?.questions).toBeGreaterThan(0);
    expect(record?.questions).toBeLessThanOrEqual(asked);
  });

  it('answers /ask', async () => {
    const answer = await command(fake, {
      name: 'ask',
      options: { question: 'how many customers complain?' },
    });
    expect(answer.callback.type).toBe(4);
    expect(answer.embed.title).toBe(`📊 ${catalog('en').replies.kinds.statistic}`);
    expect(answer.embed.footer?.text.startsWith(`${catalog('en').replies.entry.source}: `)).toBe(true);
  });

  it('exits with code 0 within 5 seconds of SIGTERM, logging the shutdown', async () => {
    const sentAt = Date.now();
    running.child.kill('SIGTERM');
    const { code, at } = await running.exited;
    expect(code).toBe(0);
    expect(at - sentAt).toBeLessThan(5000);
    const messages = logLines(running.stderr()).map((l) => l.msg);
    expect(messages).toContain('shutting down');
    expect(messages).toContain('disconnected from Discord');
  });
});

describe('a bad configuration', () => {
  it(
    'exits with code 1 and names the invalid variable, in the operator’s language',
    async () => {
      const running = startMain({
        DISCORD_TOKEN: 'x'.repeat(40),
        DISCORD_GUILD_ID: 'abc',
        LANG: 'ru_RU.UTF-8',
        LC_ALL: '',
        LC_MESSAGES: '',
      });
      try {
        const { code } = await running.exited;
        expect(code).toBe(1);
        const words = catalog('ru').cli.config;
        expect(running.stderr()).toContain(words.cannotStart(words.invalid));
        expect(running.stderr()).toContain(
          `DISCORD_GUILD_ID: ${words.issue.discord_id({ code: 'discord_id' })}`,
        );
      } finally {
        await stopChild(running);
      }
    },
    START_MS,
  );
});

describe('a Discord that cannot be reached', () => {
  it(
    'exits with code 1 and says in one line that it cannot connect',
    async () => {
      const stateDir = await mkdtemp(path.join(tmpdir(), 'cs-coach-e2e-unreachable-'));
      // Port 9 (discard) on loopback: nothing listens there, so the connection is refused at once.
      const running = startMain({
        DISCORD_TOKEN: 'x'.repeat(40),
        DISCORD_API_URL: 'http://127.0.0.1:9/api',
        KB_DIR: FIXTURE_KB_DIR,
        STATE_FILE: path.join(stateDir, 'state.json'),
      });
      try {
        const { code } = await running.exited;
        expect(code).toBe(1);
        expect(running.stderr()).toContain(
          'cs-coach cannot connect to Discord: connect ECONNREFUSED 127.0.0.1:9',
        );
      } finally {
        await stopChild(running);
        await rm(stateDir, { recursive: true, force: true });
      }
    },
    START_MS,
  );
});

describe('the console mode (no token)', () => {
  it(
    'answers a piped /ask in Polish on standard output and exits with code 0',
    async () => {
      const stateDir = await mkdtemp(path.join(tmpdir(), 'cs-coach-e2e-console-'));
      const running = startMain(
        { KB_DIR: FIXTURE_KB_DIR, STATE_FILE: path.join(stateDir, 'state.json') },
        '/ask ile klientow narzeka?\n',
      );
      try {
        const { code } = await running.exited;
        expect(code).toBe(0);
        const out = running.stdout();
        expect(out).toContain('❓ ile klientow narzeka?');
        const loaded = await loadKnowledgeBase(FIXTURE_KB_DIR);
        const entry = loaded.ok ? loaded.kb.entry('stat-one-in-26') : undefined;
        const pl = catalog('pl').replies;
        expect(out).toContain(`📊 ${pl.kinds.statistic}`);
        expect(out).toContain(entry?.text.pl);
        expect(out).toContain(`— ${pl.entry.source}: `);
      } finally {
        await stopChild(running);
        await rm(stateDir, { recursive: true, force: true });
      }
    },
    START_MS,
  );
});
