// The state-store contract, run against the lowdb store (files in a temp folder).
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { LowdbStateStore } from '../../src/state/lowdb-store.js';
import { openStateStore } from '../../src/state/open-state-store.js';
import type { StateStore } from '../../src/state/state-store.js';
import { silentLogger } from '../helpers/logger.js';
import { makeTempDir, removeTempDirs } from '../helpers/temp-dir.js';
import { stateStoreContract } from './contract.js';

const open: StateStore[] = [];
const files = new WeakMap<StateStore, string>();

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  await removeTempDirs();
});

async function openAt(file: string): Promise<StateStore> {
  const store = await LowdbStateStore.open(file, silentLogger());
  open.push(store);
  files.set(store, file);
  return store;
}

stateStoreContract('lowdb', {
  fresh: async () => openAt(path.join(await makeTempDir('cs-coach-state-'), 'state.json')),
  reopen: async (store) => {
    await store.close();
    return openAt(files.get(store)!);
  },
});

it('is the store the bot opens when STATE_URL is not set', async () => {
  const file = path.join(await makeTempDir('cs-coach-state-'), 'state.json');
  const store = await openStateStore({ STATE_FILE: file, STATE_URL: undefined }, silentLogger());
  open.push(store);
  expect(store.kind).toBe('lowdb');
});
