// The lowdb state file: validated when read, written atomically (steno: temp file + rename), one write at a time.
import { copyFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { Logger } from '../logger.js';
import { emptyState, MAX_QUESTION_RECORDS, MAX_VOTES, stateSchema, type State } from './schema.js';

export class StateStore {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: Low<State>) {}

  /**
   * Opens the state file. A file that is not valid JSON or does not match the schema is kept aside
   * as "<file>.broken-<time>" (nothing is lost) and the bot starts from an empty state, saying so in the log.
   */
  static async open(file: string, logger: Logger): Promise<StateStore> {
    await mkdir(path.dirname(file), { recursive: true });
    const db = new Low<State>(new JSONFile<State>(file), emptyState());
    let problem: string | undefined;
    try {
      await db.read();
      const parsed = stateSchema.safeParse(db.data ?? {});
      if (parsed.success) db.data = parsed.data;
      else problem = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    } catch (error) {
      problem = `not valid JSON (${(error as Error).message})`;
    }
    if (problem) {
      const backup = `${file}.broken-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await copyFile(file, backup);
      logger.error(
        { file, backup, problem },
        'state file is invalid: kept it aside and started from an empty state',
      );
      db.data = emptyState();
    }
    return new StateStore(db);
  }

  get data(): Readonly<State> {
    return this.db.data;
  }

  /** Applies a change and writes the file; changes are applied and written one after another. */
  update(change: (state: State) => void): Promise<void> {
    const run = this.queue.then(async () => {
      change(this.db.data);
      prune(this.db.data);
      await this.db.write();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}

/** Keeps the records bounded: the newest questions and votes stay. */
function prune(state: State): void {
  if (state.questions.length > MAX_QUESTION_RECORDS)
    state.questions.splice(0, state.questions.length - MAX_QUESTION_RECORDS);
  if (state.votes.length > MAX_VOTES) state.votes.splice(0, state.votes.length - MAX_VOTES);
}
