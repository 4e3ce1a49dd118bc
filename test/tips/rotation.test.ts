// The tip rotation: every tip once per round, surviving reloads of the knowledge base, never a tip twice in a row.
import { describe, expect, it } from 'vitest';
import {
  newTipRotation,
  nextTip,
  peekNextTip,
  tipRotationStateSchema,
  type TipRotationState,
} from '../../src/tips/rotation.js';
import { shuffled } from '../../src/tips/shuffle.js';
import { seededRandom } from './seeded-random.js';

const tips = (count: number) => Array.from({ length: count }, (_, i) => `tip-${i + 1}`);

/** Shows `count` tips in a row, returning them and the final state. */
function show(
  count: number,
  ids: readonly string[],
  random: () => number,
  from: TipRotationState = newTipRotation(),
): { shown: string[]; state: TipRotationState } {
  const shown: string[] = [];
  let state = from;
  for (let i = 0; i < count; i++) {
    const pick = nextTip(state, ids, random);
    if (pick.tipId === null) throw new Error('no tip');
    shown.push(pick.tipId);
    state = pick.state;
  }
  return { shown, state };
}

describe('a round', () => {
  it('shows every tip once before any repeats', () => {
    const ids = tips(20);
    const { shown } = show(20, ids, seededRandom(1));
    expect([...shown].sort()).toEqual([...ids].sort());
  });

  it('shows the tips in a shuffled order, not the knowledge-base order', () => {
    const ids = tips(20);
    expect(show(20, ids, seededRandom(2)).shown).not.toEqual(ids);
  });

  it('keeps its order and position in the state, so a restart carries on where it stopped', () => {
    const ids = tips(10);
    const random = seededRandom(3);
    const before = show(4, ids, random);
    const saved = tipRotationStateSchema.parse(JSON.parse(JSON.stringify(before.state)));
    const after = show(6, ids, random, saved);
    expect([...before.shown, ...after.shown].sort()).toEqual([...ids].sort());
    expect(saved).toMatchObject({ position: 4, round: 1, lastTipId: before.shown[3] });
  });

  it('is numbered: the second round is round 2', () => {
    const ids = tips(3);
    expect([show(3, ids, seededRandom(4)).state.round, show(4, ids, seededRandom(4)).state.round]).toEqual([
      1, 2,
    ]);
  });

  it('does not change the state it is given', () => {
    const state = show(2, tips(5), seededRandom(5)).state;
    const copy = structuredClone(state);
    nextTip(state, [...tips(5), 'tip-new'], seededRandom(6));
    expect(state).toEqual(copy);
  });
});

describe('a reload of the knowledge base mid-round', () => {
  it('lets a new tip join the rest of the current round', () => {
    const ids = tips(6);
    const random = seededRandom(7);
    const before = show(3, ids, random);
    const after = show(4, [...ids, 'tip-new'], random, before.state);
    expect([...before.shown, ...after.shown].sort()).toEqual([...ids, 'tip-new'].sort());
  });

  it('takes a removed tip out of the round', () => {
    const ids = tips(6);
    const random = seededRandom(8);
    const before = show(2, ids, random);
    const remaining = ids.filter((id) => !before.shown.includes(id));
    const removed = remaining[0] ?? '';
    const after = show(
      3,
      ids.filter((id) => id !== removed),
      random,
      before.state,
    );
    expect(after.shown).not.toContain(removed);
    expect([...before.shown, ...after.shown].sort()).toEqual(ids.filter((id) => id !== removed).sort());
    expect(after.state.round).toBe(1);
  });

  it('adds and removes tips at once and still shows each remaining tip once in the round', () => {
    const random = seededRandom(9);
    const before = show(5, tips(10), random);
    const reloaded = [...tips(10).filter((id) => id !== 'tip-2' && id !== 'tip-9'), 'tip-11', 'tip-12'];
    const rest = reloaded.filter((id) => !before.shown.includes(id));
    const after = show(rest.length, reloaded, random, before.state);
    expect([...after.shown].sort()).toEqual([...rest].sort());
    expect(after.state.round).toBe(1);
  });

  it('puts new tips at random places among the tips not yet shown', () => {
    const firstPlaces = new Set<number>();
    for (let seed = 0; seed < 50; seed++) {
      const random = seededRandom(seed);
      const before = show(2, tips(6), random);
      const after = show(5, [...tips(6), 'tip-new'], random, before.state);
      firstPlaces.add(after.shown.indexOf('tip-new'));
    }
    expect([...firstPlaces].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('starts a new round when the last unshown tips were removed', () => {
    const random = seededRandom(10);
    const before = show(3, tips(4), random);
    const shownOnly = before.shown;
    const pick = nextTip(before.state, shownOnly, random);
    expect(pick.state.round).toBe(2);
    expect(shownOnly).toContain(pick.tipId);
  });
});

describe('never the same tip twice in a row', () => {
  it.each([2, 3, 7])('holds across 1000 rounds of %i tips, each round a full set', (count) => {
    const ids = tips(count);
    const { shown, state } = show(1000 * count, ids, seededRandom(count));
    for (let i = 1; i < shown.length; i++) expect(shown[i]).not.toBe(shown[i - 1]);
    for (let round = 0; round < 1000; round++) {
      expect(shown.slice(round * count, (round + 1) * count).sort()).toEqual(ids);
    }
    expect(state.round).toBe(1000);
  });

  it('holds even with a random source that always returns 0', () => {
    const { shown } = show(300, tips(3), () => 0);
    for (let i = 1; i < shown.length; i++) expect(shown[i]).not.toBe(shown[i - 1]);
  });

  it('holds when the last tip shown is removed and added back', () => {
    const random = () => 0;
    const before = show(2, tips(3), random);
    const last = before.state.lastTipId ?? '';
    const reloadedWithout = peekNextTip(
      before.state,
      tips(3).filter((id) => id !== last),
      random,
    ).state;
    expect(reloadedWithout.order).not.toContain(last);
    const pick = nextTip(reloadedWithout, tips(3), random);
    expect(pick.tipId).not.toBe(last);
  });

  it('cannot be kept with a single tip, which is shown every day', () => {
    expect(show(3, ['only-tip'], seededRandom(11)).shown).toEqual(['only-tip', 'only-tip', 'only-tip']);
  });
});

describe('previews and edge cases', () => {
  it('peekNextTip names the tip nextTip will show, without advancing', () => {
    const random = seededRandom(12);
    const { state } = show(3, tips(3), random);
    const peek = peekNextTip(state, tips(3), random);
    expect(peek.state.position).toBe(0);
    expect(nextTip(peek.state, tips(3), random).tipId).toBe(peek.tipId);
  });

  it('gives no tip, and keeps the state, when the knowledge base has no tips', () => {
    const { state } = show(2, tips(3), seededRandom(13));
    const pick = nextTip(state, [], seededRandom(14));
    expect(pick.tipId).toBeNull();
    expect(pick.state).toMatchObject({ order: [], position: 0, lastTipId: state.lastTipId });
  });

  it('shows a duplicated tip id only once per round', () => {
    const { shown } = show(2, ['a', 'b', 'a'], seededRandom(15));
    expect([...shown].sort()).toEqual(['a', 'b']);
  });

  it('rejects a saved state whose position is past the end of its order', () => {
    const result = tipRotationStateSchema.safeParse({ order: ['a'], position: 2, round: 1 });
    expect(result.error?.issues[0]?.message).toBe('position cannot be past the end of the order');
  });
});

describe('the Fisher-Yates shuffle', () => {
  it('makes every order of three items about equally likely', () => {
    const random = seededRandom(16);
    const counts = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const order = shuffled(['a', 'b', 'c'], random).join('');
      counts.set(order, (counts.get(order) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const count of counts.values()) expect(count).toBeGreaterThan(850);
  });
});
