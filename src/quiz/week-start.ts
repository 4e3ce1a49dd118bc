// The instant a server's week begins: Monday 00:00 on the server's clock, across daylight-saving changes.
import { DateTime } from 'luxon';

export function startOfWeek(now: Date, timeZone: string): Date {
  // Luxon's ISO week starts on Monday; startOf('week') keeps the zone, so a DST change inside the week does not shift midnight.
  return DateTime.fromJSDate(now, { zone: timeZone }).startOf('week').toJSDate();
}
