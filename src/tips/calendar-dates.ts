// Calendar dates written "YYYY-MM-DD", with no time zone: reading, writing, adding days, the day of the week.

/** A day on a team's local calendar, e.g. "2026-03-29". Compares correctly as a string. */
export type LocalDate = string;

export interface DateParts {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Reads "YYYY-MM-DD"; throws a RangeError for anything that is not a real date. */
export function parseLocalDate(localDate: LocalDate): DateParts {
  const match = LOCAL_DATE.exec(localDate);
  if (match) {
    const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
    if (formatLocalDate(parts) === localDate && new Date(utcMidnight(parts)).getUTCDate() === parts.day) {
      return parts;
    }
  }
  throw new RangeError(`"${localDate}" is not a date written "YYYY-MM-DD", e.g. "2026-03-29"`);
}

export function formatLocalDate({ year, month, day }: DateParts): LocalDate {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The date `days` days after (or before, when negative) `localDate`. */
export function addDays(localDate: LocalDate, days: number): LocalDate {
  const date = new Date(utcMidnight(parseLocalDate(localDate)) + days * DAY_MS);
  return formatLocalDate({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

/** 0 = Sunday, 1 = Monday, ... 6 = Saturday. */
export function dayOfWeek(localDate: LocalDate): number {
  return new Date(utcMidnight(parseLocalDate(localDate))).getUTCDay();
}

function utcMidnight({ year, month, day }: DateParts): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getTime();
}
