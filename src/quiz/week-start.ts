// The instant a server's week begins: Monday 00:00 on the server's clock, across daylight-saving changes.
import { instantOfWallClock, wallClockOf } from '../tips/zone-clock.js';

const DAY_MS = 86_400_000;

export function startOfWeek(now: Date, timeZone: string): Date {
  const wall = wallClockOf(now, timeZone);
  const today = Date.UTC(wall.year, wall.month - 1, wall.day);
  const daysSinceMonday = (new Date(today).getUTCDay() + 6) % 7;
  const monday = new Date(today - daysSinceMonday * DAY_MS);
  return instantOfWallClock(
    {
      year: monday.getUTCFullYear(),
      month: monday.getUTCMonth() + 1,
      day: monday.getUTCDate(),
      hour: 0,
      minute: 0,
      second: 0,
    },
    timeZone,
  );
}
