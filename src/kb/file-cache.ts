// Remembers each knowledge-base file's parsed and validated content, so that a reload reads and parses only what changed.
import { decodeKbFile } from './read-kb-file.js';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseKbFile } from './parse-file.js';

export type ParseOutcome = ReturnType<typeof parseKbFile>;

interface CachedFile {
  size: number;
  mtimeMs: number;
  /** Wall-clock time just before the file was last stat'ed. */
  checkedAt: number;
  hash: string;
  outcome: ParseOutcome;
}

/** One file as the last read left it: its content hash and what parsing it gave. */
export interface FileState {
  file: string;
  hash: string;
  outcome: ParseOutcome;
}

export type FileRead = FileState | { file: string; error: Error };

export interface FilesRead {
  files: FileRead[];
  /** Files whose content was read from disk (changed size or time, new, or edited too recently to trust them). */
  reread: string[];
  /** Files parsed and validated again because their content changed (a subset of reread). */
  reparsed: string[];
}

/**
 * A file edited within this window of the previous look may have kept its size and time although its content
 * changed (file times are as coarse as 2 s on some file systems, a kernel tick on others): such a file is read
 * and hashed again instead of trusted, as git does with "racily clean" files.
 */
const RACY_WINDOW_MS = 2000;

export class KbFileCache {
  private readonly byPath = new Map<string, CachedFile>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Reads `names` of `dir`, reusing what is remembered for files that did not change; forgets the others. */
  async read(dir: string, names: readonly string[]): Promise<FilesRead> {
    const result: FilesRead = { files: [], reread: [], reparsed: [] };
    const seen = new Set<string>();
    for (const file of names) {
      const full = path.join(dir, file);
      seen.add(full);
      const read = await this.readOne(full, file, result);
      result.files.push(read);
    }
    for (const full of this.byPath.keys()) if (!seen.has(full)) this.byPath.delete(full);
    return result;
  }

  private async readOne(full: string, file: string, result: FilesRead): Promise<FileRead> {
    const checkedAt = this.now();
    try {
      const stats = await stat(full);
      const cached = this.byPath.get(full);
      const sameStats = cached && cached.size === stats.size && cached.mtimeMs === stats.mtimeMs;
      if (cached && sameStats && stats.mtimeMs < cached.checkedAt - RACY_WINDOW_MS) {
        cached.checkedAt = checkedAt;
        return { file, hash: cached.hash, outcome: cached.outcome };
      }
      const raw = await readFile(full);
      result.reread.push(file);
      const hash = createHash('sha1').update(raw).digest('hex');
      let outcome = cached?.hash === hash ? cached.outcome : undefined;
      if (!outcome) {
        const decoded = decodeKbFile(raw);
        outcome = decoded.ok ? parseKbFile(file, decoded.text) : { problems: [{ file, ...decoded.issue }] };
        result.reparsed.push(file);
      }
      this.byPath.set(full, { size: stats.size, mtimeMs: stats.mtimeMs, checkedAt, hash, outcome });
      return { file, hash, outcome };
    } catch (error) {
      this.byPath.delete(full);
      return { file, error: error as Error };
    }
  }
}
