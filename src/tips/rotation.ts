// The daily-tip rotation: every tip once per round in a shuffled order, kept in the state, never one tip twice in a row.
import { z } from 'zod';
import { randomIndex, shuffled, swap, type RandomSource } from './shuffle.js';

export const tipRotationStateSchema = z
  .object({
    /** This round's order of tip ids. */
    order: z.array(z.string().min(1, 'a tip id must not be empty')),
    /** How many tips of `order` this round has shown; the next tip is order[position]. */
    position: z.number().int().min(0, 'position cannot be negative'),
    /** The tip shown last, across rounds, so that a new round never starts with it. */
    lastTipId: z.string().optional(),
    /** The number of the current round: 1 for the first, 0 before any tip was shown. */
    round: z.number().int().min(0, 'round cannot be negative'),
  })
  .strict()
  .refine((state) => state.position <= state.order.length, {
    path: ['position'],
    error: 'position cannot be past the end of the order',
  });

export type TipRotationState = z.infer<typeof tipRotationStateSchema>;

export interface TipPick {
  /** The tip to show, or null when there are no tips at all. */
  tipId: string | null;
  state: TipRotationState;
}

/** The rotation of a server that never had a tip. */
export function newTipRotation(): TipRotationState {
  return { order: [], position: 0, round: 0 };
}

/**
 * Picks the tip to show now and advances the rotation. First it brings the state up to date with the
 * knowledge base (`currentTipIds`): removed tips leave the round, new tips join its not-yet-shown part at
 * random places. When the round is over, a new one starts in a fresh shuffled order whose first tip is not
 * the last one shown. A single tip necessarily repeats. Does not change `state`.
 */
export function nextTip(
  state: TipRotationState,
  currentTipIds: readonly string[],
  random: RandomSource,
): TipPick {
  const ready = readyRotation(state, currentTipIds, random);
  const tipId = ready.order[ready.position];
  if (tipId === undefined) return { tipId: null, state: ready };
  return { tipId, state: { ...ready, position: ready.position + 1, lastTipId: tipId } };
}

/**
 * The tip nextTip would show, without advancing. `state` comes back reconciled (and reshuffled when the
 * round was over); save it and the following nextTip shows this same tip for the same tips.
 */
export function peekNextTip(
  state: TipRotationState,
  currentTipIds: readonly string[],
  random: RandomSource,
): TipPick {
  const ready = readyRotation(state, currentTipIds, random);
  return { tipId: ready.order[ready.position] ?? null, state: ready };
}

/** The state reconciled with the current tips, with a round under way and its next tip not the last shown. */
function readyRotation(
  state: TipRotationState,
  currentTipIds: readonly string[],
  random: RandomSource,
): TipRotationState {
  const current = new Set(currentTipIds);
  const seen = new Set<string>();
  const keep = (id: string) => {
    if (!current.has(id) || seen.has(id)) return false;
    seen.add(id);
    return true;
  };
  const position = Math.min(state.position, state.order.length);
  const shown = state.order.slice(0, position).filter(keep);
  const toShow = state.order.slice(position).filter(keep);
  const added = [...current].filter((id) => !seen.has(id));
  const base = { ...(state.lastTipId === undefined ? {} : { lastTipId: state.lastTipId }) };

  if (toShow.length === 0 && added.length === 0) {
    if (shown.length === 0) return { ...base, order: [], position: 0, round: state.round };
    // The round is over: start a new one.
    const order = shuffled(shown, random);
    avoidRepeat(order, 0, state.lastTipId, random);
    return { ...base, order, position: 0, round: state.round + 1 };
  }

  for (const id of added) toShow.splice(randomIndex(toShow.length + 1, random), 0, id);
  const order = [...shown, ...toShow];
  avoidRepeat(order, shown.length, state.lastTipId, random);
  const round = state.round === 0 ? 1 : state.round;
  return { ...base, order, position: shown.length, round };
}

/** If order[position] is the last tip shown, swaps it with a random later tip (when there is one). */
function avoidRepeat(
  order: string[],
  position: number,
  lastTipId: string | undefined,
  random: RandomSource,
): void {
  const later = order.length - position - 1;
  if (order[position] === lastTipId && later > 0)
    swap(order, position, position + 1 + randomIndex(later, random));
}
