// Builds a knowledge-base snapshot on the main thread in short slices, so that taking in a reload never stalls the bot.
import { KnowledgeBase } from './knowledge-base.js';
import type { ParsedFile } from './parse-file.js';
import type { Entry } from './schema.js';
import { TimeSlices } from './time-slices.js';

/**
 * The same snapshot as `knowledgeBaseOf(files)`. Filling the look-up by id of 10,000 entries took 16-40 ms in one go
 * on the 2-core test machine (the longest block of a one-file reload with it), so it gives the event loop back
 * whenever it has run for `sliceMs`.
 */
export async function knowledgeBaseInSlices(
  files: readonly ParsedFile[],
  sliceMs = 4,
): Promise<KnowledgeBase> {
  const slices = new TimeSlices(sliceMs);
  const topics = files.flatMap((f) => f.topics);
  const entries: Entry[] = [];
  const entriesById = new Map<string, Entry>();
  for (const file of files) {
    for (const entry of file.entries) {
      entries.push(entry);
      entriesById.set(entry.id, entry);
      if (slices.due) await slices.next();
    }
  }
  return new KnowledgeBase(topics, entries, entriesById);
}
