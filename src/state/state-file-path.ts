// Checks at start-up that STATE_FILE can be used, and follows a symlink so that writes go to its target.
import { constants } from 'node:fs';
import { access, lstat, mkdir, readlink, stat } from 'node:fs/promises';
import path from 'node:path';
import { StateStoreOpenError } from './state-store.js';

const reason = (error: unknown) => {
  const e = error as NodeJS.ErrnoException;
  return e.code ? `${e.code}: ${e.message.replace(/^\w+: /, '').replace(/,.*$/, '')}` : String(error);
};

/** The file that writes must replace: the symlink's target (steno's rename would replace the link itself). */
async function followSymlinks(file: string): Promise<string> {
  let current = path.resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    let info;
    try {
      info = await lstat(current);
    } catch {
      return current;
    }
    if (!info.isSymbolicLink()) return current;
    current = path.resolve(path.dirname(current), await readlink(current));
  }
  throw new StateStoreOpenError({ code: 'symlink_loop', file });
}

/**
 * Resolves STATE_FILE to the file to write, creating its folder; throws StateStoreOpenError with one line that
 * says what is wrong and what to do when the file cannot be read and written.
 */
export async function usableStateFile(file: string): Promise<string> {
  const target = await followSymlinks(file);
  const shown = target === path.resolve(file) ? file : `${file} (→ ${target})`;
  const dir = path.dirname(target);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new StateStoreOpenError({ code: 'cannot_create_folder', file: shown, dir, reason: reason(error) });
  }
  const info = await stat(target).catch(() => undefined);
  if (info?.isDirectory()) throw new StateStoreOpenError({ code: 'is_folder', file: shown });
  try {
    await access(dir, constants.W_OK);
  } catch (error) {
    throw new StateStoreOpenError({ code: 'folder_not_writable', file: shown, dir, reason: reason(error) });
  }
  if (info) {
    try {
      await access(target, constants.R_OK | constants.W_OK);
    } catch (error) {
      throw new StateStoreOpenError({ code: 'not_read_write', file: shown, reason: reason(error) });
    }
  }
  return target;
}
