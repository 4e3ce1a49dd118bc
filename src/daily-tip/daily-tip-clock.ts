// The daily tip's one clock: a node-cron job per schedule at its post time, and one periodic safety check for all
// servers. Both only ask for a run; whether a run posts is the core's exactly-once decision, never the clock's.
import cron, { type ScheduledTask } from 'node-cron';
import { cronExpressionFor, type DailyTipSchedule } from '../tips/schedule.js';

/**
 * The safety check runs every half hour (UTC): it catches a tick node-cron lost (a busy process, a post time in a
 * DST gap, the first of two repeated 02:30s, which node-cron fires at the second) and retries failures. Half-hour
 * steps meet every zone's whole and half-hour post times; more often costs timers for little.
 */
const SAFETY_CHECK_CRON = '*/30 * * * *';

export class DailyTipClock {
  private readonly jobs = new Map<string, ScheduledTask>();
  private safetyCheck: ScheduledTask | undefined;

  constructor(
    /** Asks for one run of a server (serialized and decided by the service). */
    private readonly run: (guildId: string) => void,
    /** The servers the safety check looks at. */
    private readonly guildIds: () => string[],
  ) {}

  start(): void {
    this.safetyCheck ??= cron.schedule(SAFETY_CHECK_CRON, () => this.guildIds().forEach(this.run), {
      timezone: 'Etc/UTC',
      name: 'daily-tip-safety-check',
    });
  }

  /** (Re)places the server's job; no schedule or a paused one leaves it without a job. */
  schedule(guildId: string, schedule: DailyTipSchedule | undefined): void {
    this.jobs.get(guildId)?.destroy();
    this.jobs.delete(guildId);
    if (!schedule?.enabled) return;
    const job = cron.schedule(cronExpressionFor(schedule), () => this.run(guildId), {
      timezone: schedule.timeZone,
      name: `daily-tip:${guildId}`,
    });
    this.jobs.set(guildId, job);
  }

  stop(): void {
    this.safetyCheck?.destroy();
    this.safetyCheck = undefined;
    for (const job of this.jobs.values()) job.destroy();
    this.jobs.clear();
  }
}
