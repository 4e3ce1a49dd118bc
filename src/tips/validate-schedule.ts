// Checks a schedule an admin typed, field by field, into problems with a code and the values a message needs;
// the reply words them in the admin's language (src/render/daily-tip-texts.ts).
import { LANGS, type Lang } from '../kb/schema.js';
import { daysProblem, dailyTipScheduleSchema, isValidTimeZone, type DailyTipSchedule } from './schedule.js';

export type ScheduleProblem =
  | { code: 'time'; input: string }
  | { code: 'time-zone'; input: string }
  | { code: 'days'; input: string }
  | { code: 'days-many-times'; input: string; times: number }
  | { code: 'days-never'; input: string }
  | { code: 'time-differs'; time: string; days: string; cronTime: string }
  | { code: 'channel' }
  | { code: 'language' };

export type ScheduleCandidate = Omit<DailyTipSchedule, 'language'> & { language: string };

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function validateSchedule(
  candidate: ScheduleCandidate,
): { ok: true; schedule: DailyTipSchedule } | { ok: false; problems: ScheduleProblem[] } {
  const problems: ScheduleProblem[] = [];
  if (!/^\d{17,20}$/.test(candidate.channelId)) problems.push({ code: 'channel' });
  if (!TIME_OF_DAY.test(candidate.time)) problems.push({ code: 'time', input: candidate.time });
  if (!isValidTimeZone(candidate.timeZone)) problems.push({ code: 'time-zone', input: candidate.timeZone });
  if (!(LANGS as readonly string[]).includes(candidate.language)) problems.push({ code: 'language' });
  const days = daysProblem(candidate.days);
  if (days) problems.push(days);
  else if (TIME_OF_DAY.test(candidate.time)) {
    const cronTime = cronTimeOf(candidate.days);
    if (cronTime && cronTime !== candidate.time)
      problems.push({ code: 'time-differs', time: candidate.time, days: candidate.days, cronTime });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    schedule: dailyTipScheduleSchema.parse({ ...candidate, language: candidate.language as Lang }),
  };
}

/** "HH:MM" of custom cron days ("30 8 * * 1" gives "08:30"); undefined for daily and weekdays. */
export function cronTimeOf(days: string): string | undefined {
  if (days === 'daily' || days === 'weekdays') return undefined;
  const [minute, hour] = days.trim().split(/\s+/).map(Number);
  if (minute === undefined || hour === undefined || !Number.isInteger(minute) || !Number.isInteger(hour))
    return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
