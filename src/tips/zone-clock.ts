// Converts between instants and the wall-clock time of an IANA time zone, using only Intl.DateTimeFormat.

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time shown in `timeZone` at `instant` (throws a RangeError for an unknown zone). */
export function wallClockOf(instant: Date | number, timeZone: string): WallClock {
  const clock: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type in clock) clock[part.type as keyof WallClock] = Number(part.value);
  }
  return clock;
}

/** The wall clock of `instant` in `timeZone`, written as if it were a UTC time, in milliseconds. */
function wallClockMs(instantMs: number, timeZone: string): number {
  const c = wallClockOf(instantMs, timeZone);
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
}

/** How far `timeZone` is ahead of UTC at `instantMs`, in milliseconds. */
function offsetAt(instantMs: number, timeZone: string): number {
  return wallClockMs(instantMs, timeZone) - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant at which `timeZone`'s clocks show `wall` (seconds are taken as given, milliseconds as 0).
 * - A time shown twice (clocks go back): the first of the two instants.
 * - A time never shown (clocks jump forward): the first instant after it, i.e. the moment of the jump.
 */
export function instantOfWallClock(wall: WallClock, timeZone: string): Date {
  const target = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const offsets = new Set([
    offsetAt(target - DAY_MS, timeZone),
    offsetAt(target, timeZone),
    offsetAt(target + DAY_MS, timeZone),
  ]);
  const shown = [...offsets]
    .map((offset) => target - offset)
    .filter((instant) => wallClockMs(instant, timeZone) === target)
    .sort((a, b) => a - b);
  if (shown[0] !== undefined) return new Date(shown[0]);

  // In a gap: the clock reads before `target` at `low` and after it at `high`; find the jump between them.
  const sorted = [...offsets].sort((a, b) => a - b);
  let low = target - (sorted[sorted.length - 1] ?? 0) - HOUR_MS;
  let high = target - (sorted[0] ?? 0) + HOUR_MS;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (wallClockMs(middle, timeZone) >= target) high = middle;
    else low = middle;
  }
  return new Date(high);
}
