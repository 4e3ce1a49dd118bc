// The instant a server's week begins: Monday 00:00 on the server's clock, across daylight-saving changes.
// Luxon (the schedule's time library) rather than hand-written wall-clock arithmetic: its ISO weeks start on Monday
// and it resolves a local midnight that a daylight-saving change skips or repeats.
import { DateTime } from 'luxon';

export function startOfWeek(now: Date, timeZone: string): Date {
  return DateTime.fromJSDate(now, { zone: timeZone }).startOf('week').toJSDate();
}
