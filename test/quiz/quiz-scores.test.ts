// Scores, streaks and the weekly and all-time leaderboards, over answer records with fake time.
import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../src/quiz/quiz-round.js';
import { leaderboard, memberScore } from '../../src/quiz/quiz-scores.js';
import { startOfWeek } from '../../src/quiz/week-start.js';

let round = 0;
function answer(memberId: string, right: boolean, at: string, guildId = 'g1'): AnswerRecord {
  round++;
  return { guildId, memberId, roundId: `r${round}`, entryId: 'stat-86', right, at };
}

describe('a member’s score', () => {
  it('counts a point per right answer and the right answers in a row', () => {
    const records = [
      answer('ann', true, '2026-11-30T09:00:00Z'),
      answer('ann', true, '2026-11-30T09:01:00Z'),
      answer('ann', true, '2026-11-30T09:02:00Z'),
    ];
    expect(memberScore(records, 'g1', 'ann')).toEqual({
      memberId: 'ann',
      points: 3,
      right: 3,
      answered: 3,
      streak: 3,
      bestStreak: 3,
    });
  });

  it('resets the streak on a wrong answer but keeps the best one', () => {
    const records = [
      answer('ann', true, '2026-11-30T09:00:00Z'),
      answer('ann', true, '2026-11-30T09:01:00Z'),
      answer('ann', false, '2026-11-30T09:02:00Z'),
      answer('ann', true, '2026-11-30T09:03:00Z'),
    ];
    expect(memberScore(records, 'g1', 'ann')).toMatchObject({
      points: 3,
      answered: 4,
      streak: 1,
      bestStreak: 2,
    });
  });

  it('orders answers by time, whatever order the store returns them in', () => {
    const records = [
      answer('ann', false, '2026-11-30T09:05:00Z'),
      answer('ann', true, '2026-11-30T09:00:00Z'),
    ];
    expect(memberScore(records, 'g1', 'ann').streak).toBe(0);
  });

  it('counts only the member’s answers in this server, and is zero for a newcomer', () => {
    const records = [
      answer('ann', true, '2026-11-30T09:00:00Z', 'g2'),
      answer('bob', true, '2026-11-30T09:00:00Z'),
    ];
    expect(memberScore(records, 'g1', 'ann')).toMatchObject({ points: 0, answered: 0, streak: 0 });
  });
});

describe('the week of a server', () => {
  it('starts on Monday at 00:00 on the server’s clock (Warsaw in winter is UTC+1)', () => {
    expect(startOfWeek(new Date('2026-12-02T12:00:00Z'), 'Europe/Warsaw').toISOString()).toBe(
      '2026-11-29T23:00:00.000Z',
    );
  });

  it('is still last week late on Sunday evening, and a new week just after midnight', () => {
    expect(startOfWeek(new Date('2026-11-29T22:59:00Z'), 'Europe/Warsaw').toISOString()).toBe(
      '2026-11-22T23:00:00.000Z',
    );
    expect(startOfWeek(new Date('2026-11-29T23:00:00Z'), 'Europe/Warsaw').toISOString()).toBe(
      '2026-11-29T23:00:00.000Z',
    );
  });

  it('follows daylight saving: the week after clocks go forward starts at 22:00 UTC', () => {
    expect(startOfWeek(new Date('2026-04-01T12:00:00Z'), 'Europe/Warsaw').toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    );
    expect(startOfWeek(new Date('2026-04-01T12:00:00Z'), 'America/New_York').toISOString()).toBe(
      '2026-03-30T04:00:00.000Z',
    );
  });
});

describe('the leaderboard', () => {
  const now = new Date('2026-12-02T12:00:00Z'); // a Wednesday
  const records = [
    answer('ann', true, '2026-11-25T10:00:00Z'), // last week
    answer('ann', true, '2026-11-26T10:00:00Z'), // last week
    answer('bob', true, '2026-11-29T22:30:00Z'), // Sunday 23:30 in Warsaw: last week
    answer('bob', true, '2026-11-29T23:30:00Z'), // Monday 00:30 in Warsaw: this week
    answer('bob', true, '2026-12-01T10:00:00Z'),
    answer('cid', true, '2026-12-01T11:00:00Z'),
    answer('cid', false, '2026-12-01T11:05:00Z'),
    answer('cid', true, '2026-12-01T11:10:00Z'),
    answer('dan', true, '2026-12-01T12:00:00Z', 'other-server'),
    answer('eve', true, '2026-12-03T12:00:00Z'), // after "now": not counted yet
  ];
  const board = (period: 'week' | 'all-time', limit?: number) =>
    leaderboard(records, { guildId: 'g1', period, now, timeZone: 'Europe/Warsaw', limit });

  it('counts this week from Monday 00:00 in the server’s zone, most points first, fewer answers breaking ties', () => {
    expect(board('week').map((r) => [r.memberId, r.points, r.answered])).toEqual([
      ['bob', 2, 2],
      ['cid', 2, 3],
    ]);
  });

  it('counts all time, with each member’s current streak', () => {
    expect(board('all-time').map((r) => [r.memberId, r.points, r.streak])).toEqual([
      ['bob', 3, 3],
      ['ann', 2, 2],
      ['cid', 2, 1],
    ]);
  });

  it('shows the current streak on the weekly board even when it began last week', () => {
    expect(board('week').find((r) => r.memberId === 'bob')?.streak).toBe(3);
  });

  it('cuts to the top rows when asked', () => {
    expect(board('all-time', 1).map((r) => r.memberId)).toEqual(['bob']);
  });
});
