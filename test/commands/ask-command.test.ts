// /ask and its buttons against the state: the answer never waits for the question log, votes are checked first.
import { afterEach, expect, it } from 'vitest';
import { ask } from '../../commands/ask.js';
import type { CommandRequest } from '../../src/bot/command.js';
import type { StateStore } from '../../src/state/state-store.js';
import { makeContext, fixtureKb } from '../helpers/make-context.js';
import { removeTempDirs } from '../helpers/temp-dir.js';

afterEach(removeTempDirs);

const user = { id: '300000000000000002', isAdmin: false, locale: 'en-US' };
const askRequest = (question: string): CommandRequest => ({
  command: 'ask',
  options: { question },
  user,
  guildId: '100000000000000001',
});

/** The real store, except that writing a question never finishes (a disk that hangs). */
function withHangingLog(store: StateStore): StateStore {
  return new Proxy(store, {
    get: (target, name, receiver) =>
      name === 'recordQuestion'
        ? () => new Promise<void>(() => undefined)
        : Reflect.get(target, name, receiver),
  });
}

it('answers while the question log cannot be written at all', async () => {
  const { ctx } = await makeContext({ kb: await fixtureKb() });
  const hanging = { ...ctx, store: withHangingLog(ctx.store) };

  const reply = await ask.execute(askRequest('how many unhappy customers complain?'), hanging);

  // The statistic is the answer, sure or unsure (a rich description then carries the unsure note).
  expect(JSON.stringify(reply.cards[0]?.description)).toMatch(/one in 26/);
});

it('stores a vote for an entry of the knowledge base, and refuses one for an entry it does not have', async () => {
  const { ctx } = await makeContext({ kb: await fixtureKb() });
  const entryId = ctx.kb.current().kb.entries[0]!.id;
  const click = (id: string) => ask.button!({ args: ['vote', id, 'up'], user }, ctx);

  const refused = await click('made-up-entry');
  await click(entryId);

  expect(refused.content).toBe('This entry is no longer in the knowledge base.');
  expect((await ctx.store.questionLog()).votes.map((v) => v.entryId)).toEqual([entryId]);
});
