// Reads a 5-field cron expression (minute hour day-of-month month day-of-week) into the values each field allows.
import type { DateParts } from './calendar-dates.js';

export interface CronFields {
  minutes: ReadonlySet<number>;
  hours: ReadonlySet<number>;
  daysOfMonth: ReadonlySet<number>;
  months: ReadonlySet<number>;
  /** 0 = Sunday ... 6 = Saturday (7 is read as Sunday). */
  daysOfWeek: ReadonlySet<number>;
}

export type CronReading = { ok: true; fields: CronFields } | { ok: false; message: string };

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
  /** The first value of `names` (jan = 1, sun = 0). */
  namesFrom?: number;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const FIELDS: readonly FieldSpec[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTH_NAMES, namesFrom: 1 },
  { name: 'day of week', min: 0, max: 7, names: DAY_NAMES, namesFrom: 0 },
];

const ITEM = /^(\*|[a-z0-9]+)(?:-([a-z0-9]+))?(?:\/(\d+))?$/i;

/**
 * Reads the plain cron vocabulary: numbers, `*`, ranges (1-5), lists (1,3,5), steps (*\/15, 0-30/10),
 * month and day names (jan, mon) and `?` for either day field. Seconds, nicknames (@daily) and the
 * L, W and # extensions are refused, so that the expression means the same here and in node-cron.
 */
export function readCronExpression(expression: string): CronReading {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5 || parts[0] === '') {
    return fail(
      expression,
      `has ${parts[0] === '' ? 0 : parts.length} fields; write 5: minute hour day-of-month month day-of-week, e.g. "0 9 * * 1-5"`,
    );
  }
  const sets: Set<number>[] = [];
  for (const [index, spec] of FIELDS.entries()) {
    const read = readField(parts[index] ?? '', spec);
    if (typeof read === 'string') return fail(expression, read);
    sets.push(read);
  }
  const [minutes, hours, daysOfMonth, months, daysOfWeek] = sets as [
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
    Set<number>,
  ];
  if (daysOfWeek.delete(7)) daysOfWeek.add(0);
  return { ok: true, fields: { minutes, hours, daysOfMonth, months, daysOfWeek } };
}

/**
 * Whether the day fields allow a date. Like node-cron, the day of month, the month and the day of week
 * must all match (classic Vixie cron would accept either day field when both are restricted).
 */
export function cronAllowsDay(fields: CronFields, date: DateParts, weekday: number): boolean {
  return fields.months.has(date.month) && fields.daysOfMonth.has(date.day) && fields.daysOfWeek.has(weekday);
}

/** Whether the day fields allow at least one real date (not, say, 31 February). */
export function cronAllowsSomeDay(fields: CronFields): boolean {
  // 28 years hold every combination of leap year, date and day of the week.
  const start = Date.UTC(2001, 0, 1);
  for (let day = 0; day < 28 * 366; day++) {
    const date = new Date(start + day * 86_400_000);
    const parts = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    if (cronAllowsDay(fields, parts, date.getUTCDay())) return true;
  }
  return false;
}

function fail(expression: string, problem: string): CronReading {
  return { ok: false, message: `cron expression "${expression}" ${problem}` };
}

/** The values a field allows, or a sentence saying what is wrong with it. */
function readField(text: string, spec: FieldSpec): Set<number> | string {
  const isDayField = spec.name.startsWith('day');
  const values = new Set<number>();
  for (const item of (isDayField && text === '?' ? '*' : text).split(',')) {
    const match = ITEM.exec(item);
    if (!match) {
      return `has a ${spec.name} "${text}" that cron cannot read: use numbers, ranges (1-5), lists (1,3,5) or steps (*/15)${spec.names ? ` or names (${spec.names[1]})` : ''}; L, W and # are not supported`;
    }
    const [, first = '', last, stepText] = match;
    const step = stepText === undefined ? 1 : Number(stepText);
    if (step < 1) return `has a step of 0 in the ${spec.name} "${text}"`;
    let from: number | string;
    let to: number | string;
    if (first === '*') {
      if (last !== undefined) return `has a ${spec.name} "${text}" with a range starting at "*"`;
      from = spec.min;
      to = spec.name === 'day of week' ? 6 : spec.max;
    } else {
      if (last === undefined && stepText !== undefined) {
        return `has a ${spec.name} "${text}": write a step on a range or "*", e.g. "*/${stepText}" or "${first}-${spec.max}/${stepText}"`;
      }
      from = valueOf(first, spec);
      to = last === undefined ? from : valueOf(last, spec);
      if (typeof from === 'string') return from;
      if (typeof to === 'string') return to;
      if (from > to)
        return `has a ${spec.name} range "${item}" that runs backwards; write it from low to high`;
    }
    for (let value = from; value <= to; value += step) values.add(value);
  }
  return values;
}

function valueOf(token: string, spec: FieldSpec): number | string {
  if (/^\d+$/.test(token)) {
    const value = Number(token);
    if (value < spec.min || value > spec.max) {
      return `has ${spec.name} ${value}, outside ${spec.min}-${spec.max}`;
    }
    return value;
  }
  const named = spec.names?.indexOf(token.toLowerCase()) ?? -1;
  if (named === -1) {
    const example = spec.names ? ` or a name such as "${spec.names[1]}"` : '';
    return `has a ${spec.name} "${token}" that is not a number${example} (L, W and # are not supported)`;
  }
  return named + (spec.namesFrom ?? 0);
}
