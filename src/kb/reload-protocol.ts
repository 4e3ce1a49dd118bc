// The messages between the main thread and the reload worker, and how a load's new files are cut into chunks.
import type { IndexData } from '../answer/index/index-data.js';
import type { FileActivity, LoadedFile } from './load.js';
import type { KbProblem } from './problems.js';
import type { Entry, Topic } from './schema.js';

/**
 * Entries per message. The main thread deserializes a message in one go: 10,000 generated entries (30 MB) took
 * 0.8 s on the 2-core test machine, so they come in slices of about 10 ms each.
 */
export const ENTRIES_PER_CHUNK = 100;

export type ToWorker =
  | {
      type: 'load';
      dir: string;
      buildIndex: boolean;
      /** The content hash of each file the main thread already holds: those files are not sent again. */
      known: Record<string, string>;
    }
  | { type: 'chunk'; n: number };

/** Part of one file's content; a file's first chunk carries its topics. */
export interface FileChunk {
  file: string;
  topics: Topic[];
  entries: Entry[];
}

export type FromWorker =
  | { type: 'problems'; problems: KbProblem[] }
  | ({
      type: 'loaded';
      /** Every valid file in load order with its hash; the ones the main thread lacks follow as chunks. */
      files: { file: string; hash: string }[];
      chunks: number;
      /** The search index over all the files, when asked for; its typed arrays are transferred, not copied. */
      index?: IndexData;
      /** The names the entries use (see answer/names.ts), found with the index. */
      names?: string[];
    } & FileActivity)
  | ({ type: 'chunk'; n: number } & FileChunk)
  | { type: 'failed'; message: string };

/** The chunks that carry `files` to the main thread, in order. */
export function chunksOf(files: readonly LoadedFile[]): FileChunk[] {
  const chunks: FileChunk[] = [];
  for (const { file, topics, entries } of files) {
    chunks.push({ file, topics, entries: entries.slice(0, ENTRIES_PER_CHUNK) });
    for (let i = ENTRIES_PER_CHUNK; i < entries.length; i += ENTRIES_PER_CHUNK)
      chunks.push({ file, topics: [], entries: entries.slice(i, i + ENTRIES_PER_CHUNK) });
  }
  return chunks;
}
