// Reads the state file without opening it for writing (for offline reports while the bot may run).
import { readFile } from 'node:fs/promises';
import { stateSchema, type State } from './schema.js';

export async function readStateFile(
  file: string,
): Promise<{ ok: true; state: State } | { ok: false; message: string }> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    return { ok: false, message: `${file} does not exist yet (the bot has not recorded anything).` };
  }
  try {
    const parsed = stateSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return { ok: true, state: parsed.data };
    return {
      ok: false,
      message: `${file} is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    };
  } catch (error) {
    return { ok: false, message: `${file} is not valid JSON: ${(error as Error).message}` };
  }
}
