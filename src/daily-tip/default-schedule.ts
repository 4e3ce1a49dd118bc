// The environment's default daily-tip schedule (one-team deployments), used where a server has set none.
import type { Config } from '../config.js';
import { parseDailyTipCron, type DailyTipSchedule } from '../tips/schedule.js';

export function defaultScheduleFromConfig(config: Config): DailyTipSchedule | undefined {
  if (!config.DAILY_TIP_CHANNEL_ID) return undefined;
  const { time, days } = parseDailyTipCron(config.DAILY_TIP_CRON);
  return {
    channelId: config.DAILY_TIP_CHANNEL_ID,
    time,
    days,
    timeZone: config.DAILY_TIP_TIMEZONE,
    language: config.DAILY_TIP_LANGUAGE,
    enabled: true,
  };
}
