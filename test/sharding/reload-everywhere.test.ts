// /kb reload with shards: the manager's coordinator asks every shard process (each with its own knowledge base)
// to reload and gathers each result; here the processes' IPC channels are in-memory queues carrying copies.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KbHolder } from '../../src/kb/kb-holder.js';
import {
  ReloadCoordinator,
  SHARD_ANSWER_TIMEOUT_MS,
  type ShardHandle,
} from '../../src/sharding/reload-coordinator.js';
import type { ReloadMessage } from '../../src/sharding/reload-messages.js';
import { ShardLink } from '../../src/sharding/shard-link.js';
import { changeKbFile } from '../../src/kb-admin/change-kb-file.js';
import { systemClock } from '../../src/clock.js';
import { tipEntry, topic, writeKbFile, writeKbFolder } from '../helpers/kb-files.js';
import { silentLogger } from '../helpers/logger.js';
import { removeTempDirs } from '../helpers/temp-dir.js';

const links: ShardLink[] = [];
const holders: KbHolder[] = [];
afterEach(async () => {
  links.splice(0).forEach((l) => l.close());
  await Promise.all(holders.splice(0).map((h) => h.close()));
  vi.useRealTimers();
  await removeTempDirs();
});

const kbOf = (n: number) => ({
  topics: [topic('service')],
  entries: Array.from({ length: n }, (_, i) => tipEntry(`tip-${i}`, ['service'])),
});

/** A knowledge-base folder and a holder loaded from it, as one shard process has. */
async function shardKb(entries: number): Promise<{ dir: string; kb: KbHolder }> {
  const dir = await writeKbFolder({ 'kb.json': kbOf(entries) });
  const loaded = await KbHolder.load(dir, { offThread: false });
  if (!loaded.ok) throw new Error('test knowledge base is invalid');
  holders.push(loaded.holder);
  return { dir, kb: loaded.holder };
}

/** The manager and `kbs.length` shard processes, linked by in-memory IPC (asynchronous, messages copied). */
function cluster(kbs: KbHolder[], deaf: number[] = []) {
  const toShard = new Map<number, (message: unknown) => void>();
  const handles: ShardHandle[] = kbs.map((_, id) => ({
    id,
    send: async (message: ReloadMessage) => {
      if (!deaf.includes(id)) setImmediate(() => toShard.get(id)?.(structuredClone(message)));
    },
  }));
  const coordinator = new ReloadCoordinator(() => handles, silentLogger());
  for (const [id, kb] of kbs.entries()) {
    const channel = {
      send: (message: ReloadMessage) =>
        setImmediate(() => coordinator.handle(handles[id]!, structuredClone(message))),
      onMessage: (listener: (message: unknown) => void) => {
        toShard.set(id, listener);
        return () => void toShard.delete(id);
      },
      close: () => undefined,
    };
    links.push(new ShardLink(id, channel, kb, silentLogger()));
  }
  return { coordinator, handles };
}

describe('reloading the knowledge base on every shard', () => {
  it('reloads the other shards when one asks, and reports each one’s entry count', async () => {
    const shards = await Promise.all([shardKb(1), shardKb(1), shardKb(1)]);
    cluster(shards.map((s) => s.kb));
    await writeKbFile(shards[1]!.dir, 'kb.json', kbOf(2));
    await writeKbFile(shards[2]!.dir, 'kb.json', kbOf(3));

    const results = await links[0]!.reloadOthers();

    expect(results).toEqual([
      { shardId: 1, outcome: 'reloaded', entries: 2 },
      { shardId: 2, outcome: 'reloaded', entries: 3 },
    ]);
    expect(shards.map((s) => s.kb.current().kb.entries.length)).toEqual([1, 2, 3]);
  });

  it('reports a shard that kept its old knowledge base, with the first problem', async () => {
    const shards = await Promise.all([shardKb(1), shardKb(1)]);
    const { coordinator } = cluster(shards.map((s) => s.kb));
    await writeKbFile(shards[1]!.dir, 'kb.json', '{ "entries": [ broken');

    const [zero, one] = await coordinator.reloadAll();

    expect(zero).toEqual({ shardId: 0, outcome: 'reloaded', entries: 1 });
    expect(one).toMatchObject({ shardId: 1, outcome: 'kept', problems: 1 });
    expect(one?.outcome === 'kept' && one.firstProblem).toMatchObject({
      file: 'kb.json',
      code: 'invalid_json',
    });
    expect(shards[1]!.kb.current().kb.entries).toHaveLength(1);
  });

  it('reports a shard that cannot be reached, or does not answer in time, without waiting for ever', async () => {
    const shards = await Promise.all([shardKb(1), shardKb(1), shardKb(1)]);
    const { coordinator, handles } = cluster(
      shards.map((s) => s.kb),
      [2],
    );
    handles[1]!.send = () => Promise.reject(new Error('shard 1 is not running'));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

    const pending = coordinator.reloadAll(0);
    await vi.advanceTimersByTimeAsync(SHARD_ANSWER_TIMEOUT_MS);

    expect(await pending).toEqual([
      { shardId: 1, outcome: 'no-answer' },
      { shardId: 2, outcome: 'no-answer' },
    ]);
  });

  it('reloads the other shards after an admin’s edit saved on one of them (all read one folder)', async () => {
    const dir = await writeKbFolder({ 'kb.json': kbOf(1) });
    const kbs = await Promise.all(
      [0, 1].map(async () => {
        const loaded = await KbHolder.load(dir, { offThread: false });
        if (!loaded.ok) throw new Error('test knowledge base is invalid');
        holders.push(loaded.holder);
        return loaded.holder;
      }),
    );
    cluster(kbs);
    const logger = silentLogger();

    const saved = await changeKbFile(
      { kb: kbs[0]!, logger, clock: systemClock, otherShards: links[0]! },
      {
        file: 'kb.json',
        by: 'admin',
        action: 'add',
        entryId: 'tip-new',
        apply: (content) => {
          content.entries!.push(tipEntry('tip-new', ['service']));
          return true;
        },
      },
    );

    expect(saved.ok).toBe(true);
    await expect.poll(() => kbs[1]!.current().kb.entry('tip-new')?.id, { timeout: 15_000 }).toBe('tip-new');
  });

  it('leaves discord.js’s own messages and malformed ones alone', async () => {
    const shards = await Promise.all([shardKb(1)]);
    const { coordinator, handles } = cluster(shards.map((s) => s.kb));
    const sent: unknown[] = [];
    handles[0]!.send = async (message) => void sent.push(message);

    coordinator.handle(handles[0]!, { _ready: true });
    coordinator.handle(handles[0]!, { type: 'cs-coach:reload-others' });
    coordinator.handle(handles[0]!, 'cs-coach:reload-others');
    await new Promise((resolve) => setImmediate(resolve));

    expect(sent).toEqual([]);
  });
});
