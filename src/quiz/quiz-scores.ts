// Scores, streaks and leaderboards: pure functions over answer records, so the store only has to keep the records.
import type { AnswerRecord } from './quiz-round.js';
import { startOfWeek } from './week-start.js';

/** A right answer scores one point; a wrong one scores nothing and ends the streak. */
export const POINTS_PER_RIGHT_ANSWER = 1;

export interface MemberScore {
  memberId: string;
  points: number;
  right: number;
  answered: number;
  /** Right answers in a row up to the latest answer (0 after a wrong one). */
  streak: number;
  bestStreak: number;
}

/** Records in the order they were answered (by time, the store's order breaking ties). */
function inAnswerOrder(records: readonly AnswerRecord[]): AnswerRecord[] {
  return records
    .map((record, index) => ({ record, index, time: Date.parse(record.at) }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map((r) => r.record);
}

function scoresOf(records: readonly AnswerRecord[]): Map<string, MemberScore> {
  const scores = new Map<string, MemberScore>();
  for (const record of inAnswerOrder(records)) {
    const score = scores.get(record.memberId) ?? {
      memberId: record.memberId,
      points: 0,
      right: 0,
      answered: 0,
      streak: 0,
      bestStreak: 0,
    };
    score.answered++;
    if (record.right) {
      score.right++;
      score.points += POINTS_PER_RIGHT_ANSWER;
      score.streak++;
      score.bestStreak = Math.max(score.bestStreak, score.streak);
    } else {
      score.streak = 0;
    }
    scores.set(record.memberId, score);
  }
  return scores;
}

/** A member's score in a server over all time. */
export function memberScore(
  records: readonly AnswerRecord[],
  guildId: string,
  memberId: string,
): MemberScore {
  return (
    scoresOf(records.filter((r) => r.guildId === guildId && r.memberId === memberId)).get(memberId) ?? {
      memberId,
      points: 0,
      right: 0,
      answered: 0,
      streak: 0,
      bestStreak: 0,
    }
  );
}

export type LeaderboardPeriod = 'week' | 'all-time';

export interface LeaderboardQuery {
  guildId: string;
  period: LeaderboardPeriod;
  now: Date;
  /** The server's IANA time zone: its week starts on Monday at 00:00 there. */
  timeZone: string;
  limit?: number;
}

/**
 * A server's leaderboard: most points first, then fewer answers (the better hit rate), then member id, so the
 * order is stable. Points and answers count within the period; the streak is the member's current one.
 */
export function leaderboard(records: readonly AnswerRecord[], query: LeaderboardQuery): MemberScore[] {
  const inServer = records.filter(
    (r) => r.guildId === query.guildId && Date.parse(r.at) <= query.now.getTime(),
  );
  const since = query.period === 'week' ? startOfWeek(query.now, query.timeZone).getTime() : -Infinity;
  const current = scoresOf(inServer);
  const rows = [...scoresOf(inServer.filter((r) => Date.parse(r.at) >= since)).values()].map((row) => ({
    ...row,
    streak: current.get(row.memberId)?.streak ?? 0,
    bestStreak: current.get(row.memberId)?.bestStreak ?? 0,
  }));
  rows.sort((a, b) => b.points - a.points || a.answered - b.answered || a.memberId.localeCompare(b.memberId));
  return rows.slice(0, query.limit ?? rows.length);
}
