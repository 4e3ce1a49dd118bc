// The ids a quiz puts in its buttons: a round id and opaque option ids, their shapes (checked at the router's edge)
// and how a new round id is made.
import { z } from 'zod';
import { randomIndex, type RandomSource } from '../tips/shuffle.js';

/** An option id as startRound makes it: eight lower-case letters or digits, saying nothing about the option. */
export const quizOptionIdSchema = z.string().regex(/^[a-z0-9]{8}$/);
/** A round id as newRoundId makes it. */
export const quizRoundIdSchema = z.string().regex(/^[a-z0-9]{10,24}$/);

/**
 * A new round id: the start time in base 36 (so ids of a restarted process never repeat earlier ones, even with a
 * seeded random source) and eight random characters (so two processes starting rounds at once do not collide).
 */
export function newRoundId(now: Date, random: RandomSource): string {
  let tail = '';
  for (let i = 0; i < 8; i++) tail += randomIndex(36, random).toString(36);
  return `${now.getTime().toString(36)}${tail}`;
}
