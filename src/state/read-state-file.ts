// Reads the lowdb state and its question log without opening them for writing (reports while the bot may run).
import { readFile } from 'node:fs/promises';
import { logFileFor } from './lowdb-store.js';
import { parseLogText } from './question-log-file.js';
import { QuestionLog } from './question-log.js';
import type { StateSnapshot } from './schema.js';
import { loadSettings } from './settings-file.js';

export async function readStateFile(
  file: string,
): Promise<{ ok: true; state: StateSnapshot } | { ok: false; message: string }> {
  // A bot that only answered questions has written the log and no settings yet.
  const logText = await readFile(logFileFor(file), 'utf8').catch(() => undefined);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    if (logText === undefined)
      return { ok: false, message: `${file} does not exist yet (the bot has not recorded anything).` };
    raw = '{}';
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { ok: false, message: `${file} is not valid JSON: ${(error as Error).message}` };
  }
  const settings = loadSettings(json);
  if (settings.whole) return { ok: false, message: `${file} is invalid: ${settings.problems.join('; ')}` };
  // A version-1 file not yet opened by the new bot still holds its log inside.
  const log = settings.legacyLog.length > 0 ? new QuestionLog() : parseLogText(logText ?? '').log;
  for (const line of settings.legacyLog) log.apply(line);
  return {
    ok: true,
    state: {
      guilds: settings.data.guilds,
      questions: [...log.questions],
      votes: log.votes,
      usage: log.usage,
    },
  };
}
