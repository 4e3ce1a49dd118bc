// Taking a reloaded knowledge base in on the main thread: the snapshot built in slices is the one built at once,
// and the building gives the event loop back between slices.
import { describe, expect, it } from 'vitest';
import { knowledgeBaseInSlices } from '../../src/kb/knowledge-base-in-slices.js';
import { knowledgeBaseOf } from '../../src/kb/load.js';
import type { ParsedFile } from '../../src/kb/parse-file.js';
import { minimalEntry, minimalStatistic, minimalTopic } from '../fixtures/kb-fixtures.js';

const files: ParsedFile[] = [
  { file: 'a-topics.json', topics: [minimalTopic('complaints'), minimalTopic('churn')], entries: [] },
  { file: 'b.json', topics: [], entries: [minimalEntry('tip-b1'), minimalStatistic('stat-b2', 'churn')] },
  { file: 'c.json', topics: [minimalTopic('quotes')], entries: [minimalEntry('tip-c1', 'quotes')] },
];

/** Whether a callback queued for the next turn of the event loop ran before `work` finished. */
async function gaveEventLoopBack(work: () => Promise<unknown>): Promise<boolean> {
  let ran = false;
  const running = work();
  setImmediate(() => (ran = true));
  await running;
  return ran;
}

describe('knowledgeBaseInSlices', () => {
  it('builds the same snapshot as building it at once: entries and topics in file order, look-ups by id', async () => {
    const sliced = await knowledgeBaseInSlices(files, -1);
    const whole = knowledgeBaseOf(files);
    expect(sliced.entries).toEqual(whole.entries);
    expect(sliced.topics).toEqual(whole.topics);
    expect(sliced.entries.map((e) => e.id)).toEqual(['tip-b1', 'stat-b2', 'tip-c1']);
    for (const entry of whole.entries) expect(sliced.entry(entry.id)).toBe(entry);
    expect(sliced.entry('missing')).toBeUndefined();
    expect(sliced.topicCounts()).toEqual(whole.topicCounts());
  });

  it('gives the event loop back when a slice has run its time', async () => {
    expect(await gaveEventLoopBack(() => knowledgeBaseInSlices(files, -1))).toBe(true);
  });

  it('does not wait for the event loop while its slice lasts', async () => {
    expect(await gaveEventLoopBack(() => knowledgeBaseInSlices(files, Infinity))).toBe(false);
  });
});
