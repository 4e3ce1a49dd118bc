// Runs the real bot as `npm start` does (node with its flags --import tsx src/main.ts) in a child process and reads its pino log from stderr.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { LogRecord } from './logger.js';
import { startFlags } from '../../bench/start-flags.js';
import { REPO_ROOT } from './temp-dir.js';

/** Variables of this process's environment that would change how the bot starts; the child never inherits them. */
const BOT_VARIABLES =
  /^(DISCORD_|DAILY_TIP_|KB_|STATE_FILE$|STATE_URL$|LOG_LEVEL$|ADMIN_ROLE_ID$|SHARD_COUNT$|SHARDS$|SHARDING_MANAGER$)/;

export class BotProcess {
  /** Every JSON line of stderr, parsed. */
  readonly records: LogRecord[] = [];
  /** Everything written to stderr, for failure messages. */
  stderr = '';
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly exited: Promise<number | null>;
  private readonly listeners = new Set<() => void>();

  constructor(env: Record<string, string>) {
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !BOT_VARIABLES.test(name)),
    );
    this.child = spawn(process.execPath, [...startFlags(REPO_ROOT), '--import', 'tsx', 'src/main.ts'], {
      cwd: REPO_ROOT,
      env: { ...inherited, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.exited = new Promise((resolve, reject) => {
      this.child.on('error', reject);
      this.child.on('exit', (code) => resolve(code));
    });
    let partial = '';
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      this.stderr += chunk;
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('{')) continue;
        this.records.push(JSON.parse(line) as LogRecord);
        for (const listener of this.listeners) listener();
      }
    });
    this.child.stdout.resume();
  }

  /**
   * Resolves with the first log record (already written or to come) that matches; rejects after `timeoutMs`.
   * The default is generous: a reload builds the index in a worker, which took over 15 s when the suite's files ran
   * side by side on a 2-core machine already loaded by other jobs (load average 12-14).
   */
  waitForLog(match: (record: LogRecord) => boolean, timeoutMs = 45_000): Promise<LogRecord> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.records.find(match);
        if (!found) return;
        cleanup();
        resolve(found);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no matching log line within ${timeoutMs} ms; stderr:\n${this.stderr}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      void this.exited.then(() => {
        if (!this.listeners.has(check)) return;
        cleanup();
        reject(new Error(`the bot exited before a matching log line; stderr:\n${this.stderr}`));
      });
      check();
    });
  }

  /** The id of the bot's process (node itself runs src/main.ts, so signals reach the bot directly). */
  get pid(): number {
    return this.child.pid!;
  }

  /** Sends a signal to the bot's process. */
  signal(name: NodeJS.Signals): void {
    this.child.kill(name);
  }

  /** Ends standard input (the console's end of input) and resolves with the exit code. */
  closeInput(): Promise<number | null> {
    this.child.stdin.end();
    return this.exited;
  }

  /** Kills the bot if it still runs (cleanup after a failed test). */
  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}
